/**
 * Word lists for the synthetic benchmark corpus. The Indonesian list mixes the
 * handbook's own vocabulary (so Pagefind's Indonesian stemmer has real work to do)
 * with common function words; the English list mirrors it for the English pages.
 * Nothing here is meant to be read: it only has to look like the real text to the
 * Markdown compiler, the HTML writer and the search indexer.
 */

/** Indonesian content words (nouns, verbs, adjectives) in the handbook's domain. */
export const ID_CONTENT = [
  'pemerintah', 'daerah', 'warga', 'masyarakat', 'komitmen', 'anggaran', 'forum', 'data', 'layanan', 'publik',
  'transparansi', 'partisipasi', 'akuntabilitas', 'rencana', 'aksi', 'kabupaten', 'kota', 'provinsi', 'desa', 'kecamatan',
  'bupati', 'wali', 'gubernur', 'dinas', 'badan', 'perencanaan', 'pembangunan', 'informasi', 'keterbukaan', 'pengaduan',
  'kanal', 'laporan', 'pemantauan', 'evaluasi', 'tonggak', 'capaian', 'kegiatan', 'program', 'kebijakan', 'peraturan',
  'keputusan', 'musyawarah', 'organisasi', 'sipil', 'mitra', 'kemitraan', 'lembaga', 'independen', 'penilaian', 'mekanisme',
  'pelaporan', 'sekretariat', 'tim', 'inti', 'rapat', 'pertemuan', 'undangan', 'notulen', 'jadwal', 'tenggat',
  'pengadaan', 'barang', 'jasa', 'kontrak', 'sekolah', 'puskesmas', 'kesehatan', 'pendidikan', 'jalan', 'air',
  'bersih', 'sampah', 'lingkungan', 'perempuan', 'pemuda', 'disabilitas', 'kelompok', 'rentan', 'inklusi', 'teknologi',
  'aplikasi', 'portal', 'situs', 'dokumen', 'templat', 'daftar', 'periksa', 'kesiapan', 'keberlanjutan', 'anggota',
  'keanggotaan', 'pendaftaran', 'surat', 'dukungan', 'kepala', 'sekda', 'bappeda', 'diskominfo', 'inspektorat', 'dprd',
  'menyusun', 'membangun', 'melaksanakan', 'memantau', 'melaporkan', 'mengundang', 'membahas', 'menyepakati', 'menetapkan', 'menerbitkan',
  'mengumpulkan', 'menganalisis', 'memilih', 'memperbaiki', 'mengukur', 'membuka', 'menjawab', 'mendengar', 'mencatat', 'mengirim',
  'jelas', 'nyata', 'terbuka', 'penting', 'utama', 'baru', 'lama', 'kecil', 'besar', 'cepat',
  'tahunan', 'bulanan', 'lokal', 'nasional', 'bersama', 'resmi', 'mudah', 'lengkap', 'singkat', 'rutin',
] as const;

/** Indonesian function words, drawn more often than content words. */
export const ID_FUNCTION = ['yang', 'dan', 'di', 'untuk', 'dengan', 'dari', 'ini', 'itu', 'akan', 'dapat', 'pada', 'dalam', 'oleh', 'agar', 'juga', 'setiap', 'para', 'atau', 'sudah', 'belum', 'harus', 'bisa', 'lebih', 'tidak'] as const;

/** English content words, the same domain as the Indonesian list. */
export const EN_CONTENT = [
  'government', 'region', 'citizens', 'community', 'commitment', 'budget', 'forum', 'data', 'service', 'public',
  'transparency', 'participation', 'accountability', 'plan', 'action', 'regency', 'city', 'province', 'village', 'district',
  'regent', 'mayor', 'governor', 'office', 'agency', 'planning', 'development', 'information', 'openness', 'complaint',
  'channel', 'report', 'monitoring', 'evaluation', 'milestone', 'result', 'activity', 'programme', 'policy', 'regulation',
  'decision', 'deliberation', 'organisation', 'civil', 'partner', 'partnership', 'body', 'independent', 'assessment', 'mechanism',
  'reporting', 'secretariat', 'team', 'core', 'meeting', 'session', 'invitation', 'minutes', 'schedule', 'deadline',
  'procurement', 'goods', 'services', 'contract', 'school', 'clinic', 'health', 'education', 'road', 'water',
  'clean', 'waste', 'environment', 'women', 'youth', 'disability', 'group', 'vulnerable', 'inclusion', 'technology',
  'application', 'portal', 'website', 'document', 'template', 'list', 'check', 'readiness', 'sustainability', 'member',
  'membership', 'registration', 'letter', 'support', 'head', 'secretary', 'planners', 'communications', 'inspectorate', 'council',
  'write', 'build', 'carry', 'monitor', 'report', 'invite', 'discuss', 'agree', 'set', 'publish',
  'collect', 'analyse', 'choose', 'improve', 'measure', 'open', 'answer', 'listen', 'record', 'send',
  'clear', 'real', 'open', 'important', 'main', 'new', 'old', 'small', 'large', 'quick',
  'annual', 'monthly', 'local', 'national', 'joint', 'official', 'easy', 'complete', 'short', 'regular',
] as const;

/** English function words. */
export const EN_FUNCTION = ['the', 'and', 'in', 'for', 'with', 'from', 'this', 'that', 'will', 'can', 'on', 'within', 'by', 'so', 'also', 'every', 'all', 'or', 'already', 'not yet', 'must', 'may', 'more', 'not'] as const;

/** Words that appear in many pages of both languages; the benchmark searches for them. */
export const SEARCH_QUERIES: Record<'id' | 'en', string[]> = {
  id: ['anggaran', 'forum warga', 'pengaduan', 'tonggak capaian', 'keterbukaan informasi', 'sekolah'],
  en: ['budget', 'citizens forum', 'complaint', 'milestone', 'openness information', 'school'],
};
