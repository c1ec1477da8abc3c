// What survives a reload, in this browser's IndexedDB (idb-keyval): the reader's documents (their
// bytes, title, whether that is still their file's name, and visibility), their dimension files, and whether the default corpus is hidden.
import { createStore, del, entries, get, set } from 'idb-keyval';

const documents = createStore('stance-documents', 'documents');
const settings = createStore('stance-settings', 'settings');

// IndexedDB may be unavailable (private windows, some file:// setups): the page then still works,
// it just forgets on reload.
async function quietly(action, fallback) {
  try {
    return await action();
  } catch {
    return fallback;
  }
}

export const loadDocuments = () =>
  quietly(async () => (await entries(documents)).map(([, doc]) => doc).sort((a, b) => a.added - b.added), []);

export const saveDocument = ({ id, title, titledByName, path, bytes, hidden, added }) =>
  quietly(() => set(id, { id, title, titledByName, path, bytes, hidden, added }, documents));

export const deleteDocument = (id) => quietly(() => del(id, documents));

export const loadSetting = (key, fallback) => quietly(async () => (await get(key, settings)) ?? fallback, fallback);

export const saveSetting = (key, value) => quietly(() => set(key, value, settings));
