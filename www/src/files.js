// Turns what the reader drops, picks or pastes into documents: {title, path, bytes}. Files are read
// as raw bytes (the engine detects the encoding and reads md/html/docx itself); PDFs are turned
// into text here with pdf.js, which is loaded only when a PDF arrives.
import { loadPdfjs } from './platform.js';
import { problemText, t } from './i18n.js';

export const MAX_MEGABYTES = 25;
const READABLE = /\.(txt|text|md|markdown|html?|xhtml|docx|pdf)$/i;

/** A file the page cannot read; `problem` words it (a function, so a change of language re-words it). */
export class FileProblem extends Error {
  constructor(name, problem) {
    const wording = () => t('fileProblem', { name, problem: problem() });
    super(wording());
    this.wording = wording;
  }
}

/** Files from a drop, including the contents of dropped folders. */
export async function droppedFiles(dataTransfer) {
  const entries = [...dataTransfer.items].map((item) => item.webkitGetAsEntry?.()).filter(Boolean);
  if (!entries.length) return [...dataTransfer.files].map((file) => ({ file, path: file.name }));
  const found = [];
  await Promise.all(entries.map((entry) => walk(entry, found)));
  return found;
}

async function walk(entry, found) {
  if (entry.isFile) {
    const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
    found.push({ file, path: entry.fullPath.replace(/^\//, '') });
    return;
  }
  const reader = entry.createReader();
  for (;;) {
    const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) return;
    await Promise.all(batch.map((child) => walk(child, found)));
  }
}

/** Picked files (also from a folder picker, which gives webkitRelativePath). */
export const pickedFiles = (fileList) => [...fileList].map((file) => ({ file, path: file.webkitRelativePath || file.name }));

/** Whether a picked/dropped file is worth reading; folders carry many files that are not. */
export const isReadable = ({ path }) => READABLE.test(path);

/**
 * Reads one file into a document, or throws a FileProblem naming it by its path, as the engine's
 * messages do: in a folder, two files may share a name.
 */
export async function readFile({ file, path }) {
  const name = file.name;
  // The engine's own wording: the page only answers before reading the file.
  if (file.size === 0) throw new FileProblem(path, () => problemText('empty'));
  if (file.size > MAX_MEGABYTES * 1024 * 1024) {
    throw new FileProblem(path, () => t('tooLarge', { size: (file.size / 1048576).toFixed(1), limit: MAX_MEGABYTES }));
  }
  const bytes = await file.arrayBuffer();
  // A PDF is read as one whatever its name says (the engine reads no PDF).
  const isPdf = /\.pdf$/i.test(name) || new TextDecoder().decode(bytes.slice(0, 5)) === '%PDF-';
  // Titled by its name until the engine finds the file's own title (an HTML page's).
  if (isPdf) return { title: stem(name), titledByName: true, path, bytes: await pdfText(path, bytes) };
  return { title: stem(name), titledByName: true, path, bytes };
}

export const textDocument = (title, text) => ({ title, path: `${title}.txt`, bytes: new TextEncoder().encode(text).buffer });

const stem = (name) => name.replace(/\.[^.]+$/, '') || name;

// PDF text through pdf.js, which is loaded on the first PDF; its CMaps let it read Chinese PDFs
// that use predefined CJK encodings.
async function pdfText(name, bytes) {
  const { pdfjs, options } = await loadPdfjs();
  const loading = pdfjs.getDocument({ ...options, data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true });
  let pdf;
  try {
    pdf = await loading.promise;
  } catch (error) {
    // pdf.js words its errors in English; the two a reader can act on are said in their language.
    const key = { PasswordException: 'pdfPassword', InvalidPDFException: 'pdfInvalid' }[error.name];
    throw new FileProblem(name, () => (key ? t(key) : error.message));
  }
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const { items } = await (await pdf.getPage(number)).getTextContent();
    pages.push(items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join(''));
  }
  await loading.destroy();
  const text = pages.join('\n\n');
  if (!text.trim()) throw new FileProblem(name, () => t('noText'));
  return new TextEncoder().encode(text).buffer;
}
