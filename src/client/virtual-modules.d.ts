/** The boot script's minified code (src/client/boot.ts), made by src/integrations/client-bundles.ts. */
declare module 'virtual:pedoman/boot-script' {
  const code: string;
  export default code;
}
