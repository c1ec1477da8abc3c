// Interface strings in English and Chinese. The language follows the browser unless the reader
// picks one; elements with data-i18n="key" get their text from here.
import problemWordings from '../../data/problems.tsv';
const STRINGS = {
  en: {
    title: 'Stance',
    pageTitle: 'Stance — where documents stand on Internet governance',
    lede: 'Where documents stand on cyberspace governance, scored in your browser. Nothing you analyse leaves this page.',
    plain: '{text}',
    labelled: '{label}: {text}',
    loadingEngine: 'Loading the engine…',
    analysing: 'Analysing {done} of {total}…',
    cancel: 'Cancel',
    cancelled: 'Analysis cancelled; {count} documents are charted.',
    cancelledOne: 'Analysis cancelled; 1 document is charted.',
    cancelledWithLeft: 'Analysis cancelled; {count} charted, {left} not analysed yet (they will be with the next document you add, or on reload).',
    analysed: '{count} documents analysed.',
    analysedOne: '1 document analysed.',
    analysedWithProblems: '{count} documents analysed. Problems: {problems}',
    analysedWithProblemsOne: '1 document analysed. Problems: {problems}',
    failed: 'Something went wrong: {message}',
    documents: 'Documents',
    yourDocuments: 'your documents',
    addDocuments: 'Add documents',
    addHint: 'Drop files or folders here (txt, md, html, docx, pdf), or',
    chooseFiles: 'choose files',
    chooseFolder: 'choose a folder',
    pasteLabel: 'Or paste text',
    pasteTitle: 'Its title (optional)',
    pasteAdd: 'Add pasted text',
    pastedDefault: 'Pasted text',
    pasteBox: 'The text box',
    privacy: 'Your documents stay on this machine: they are read and scored in this page and kept in this browser only.',
    hideCorpus: 'Hide the default corpus',
    show: 'Show',
    rename: 'Rename',
    remove: 'Remove',
    corpus: 'default corpus',
    corpusHidden: 'default corpus, hidden',
    nothingShown: 'No document is shown: the default corpus is hidden and none of your own is shown. Add documents, or untick “Hide the default corpus”.',
    noDocuments: 'No document has been analysed yet.',
    notScored: 'not scored yet',
    characters: '{count} chars',
    dimensions: 'Dimensions',
    cues: 'Cue words',
    loadDimension: 'Load a dimension file',
    exportDimension: 'Export',
    resetDimensions: 'Reset to built-in dimensions',
    weight: 'Weight',
    term: 'Term',
    writtenAs: 'Counted as written',
    timesHere: 'Times here',
    timesElsewhere: 'In the others',
    pole: 'Pole',
    mapTitle: 'Position map',
    mapReading: 'Each point is a document, its whiskers the 90% intervals. Left: {leftX}, right: {rightX}; down: {leftY}, up: {rightY}.',
    mapUnplaced: 'Not placed (insufficient evidence on a plotted dimension): {names}',
    // What goes between two sentences: a space in English, nothing after Chinese punctuation.
    sentenceGap: ' ',
    mapNeedsTwo: 'Choose two dimensions to draw the position map.',
    rankingTitle: 'Ranking: {dimension}',
    rankingReading: 'Documents from most {left} (left) to most {right} (right); the whisker is the 90% interval. Overlapping whiskers mean the difference is uncertain.',
    heatmapTitle: 'How far apart the documents are',
    heatmapReading: 'Each cell is the distance between two documents over the plotted dimensions, from 0 (the same place) to 2 (opposite poles); darker means further apart.',
    heatmapNumbersInTable: 'The cells are too small for their numbers: point at a cell, or open the table below.',
    heatmapPartial: '* Over fewer dimensions: one of the two has too little evidence on the others. —: no dimension in common.',
    keynessTitle: 'Key terms',
    keynessReading: 'Terms that are unusually frequent in one document compared with the others. A term counts every form of an English word and both Chinese scripts; the table lists the forms as written.',
    evidenceTitle: 'Evidence: {document}',
    evidenceReading: 'The sentences that moved the score, cue words highlighted; negated, attributed and criticised cues are marked apart.',
    evidenceFor: 'Evidence for',
    evidenceSentences: 'Evidence sentences',
    contributionsTitle: 'Contributions of cue words',
    contributionsReading: 'How much each cue word pushed the score: left bars toward {left}, right bars toward {right}.',
    notAvailable: 'Not available in this version of the engine.',
    keynessNeedsTwo: 'Key terms compare two or more documents.',
    keynessNone: 'No document uses a term markedly more often than the others do.',
    unknownChart: 'There is no chart called “{chart}”. The charts are: {known}.',
    insufficient: 'insufficient evidence',
    showTable: 'Table',
    document: 'Document',
    score: 'Score',
    interval: '90% interval',
    wideInterval: 'a wide interval, as the score rests on {count} sentences',
    wideIntervalOne: 'a wide interval, as the score rests on one sentence',
    hits: 'Cue hits',
    contribution: 'Contribution',
    status: 'Status',
    distance: 'Distance',
    removedText: 'Show removed boilerplate and notes',
    noRemovals: 'Nothing was removed from this document.',
    readAsAuthor: 'The heading names its author, {authors}: sentences in which {authors} speaks are read as the author’s own.',
    listJoin: ' and ',
    chinaNotAuthor: 'China (中国, 中方, 以中国为首…), which speaks for the author when a document names none, is read as another actor.',
    readAsAuthors: 'The heading names its authors, {authors}: sentences in which one of them speaks are read as the authors’ own.',
    'author:united states': 'the United States',
    'author:china': 'China',
    'author:russia': 'Russia',
    removedKind: 'What',
    removedTimes: 'Times',
    removedExcerpt: 'Text',
    'removed:footnote_marker': 'Footnote marker',
    'removed:footnote_body': 'Footnote or page note',
    'removed:navigation': 'Site menu or page details',
    'removed:page_header': 'Running page header',
    'removed:duplicate': 'Paragraph shown twice (first copy)',
    'removed:code': 'Code block (Markdown)',
    'removed:link_address': 'Link address or brackets (Markdown)',
    'removed:image': 'Image (Markdown)',
    'removed:block_marker': 'Quote, list or table marker (Markdown)',
    legendNegated: 'negated',
    legendAttributed: 'attributed to others',
    legendCriticised: 'criticised',
    legendCue: 'cue word',
    legendEndorsed: 'endorsed',
    otherVoices: 'Other voices: {count} sentences with attributed, negated or criticised cue words (not counted as the author\'s own)',
    otherVoicesOne: 'Other voices: 1 sentence with attributed, negated or criticised cue words (not counted as the author\'s own)',
    noOtherVoices: 'No cue word here is attributed to others, negated or criticised.',
    noEvidence: 'No cue word of this dimension counts in this document.',
    otherVoicesNone: 'Other voices: none',
    legendLeftPole: 'sentence for the left-hand pole',
    legendRightPole: 'sentence for the right-hand pole',
    export: 'Export',
    exportScores: 'Scores',
    exportReports: 'Reports: evidence, hits, key terms',
    exportSession: 'Session',
    importSession: 'Import a session',
    share: 'Copy link to this view',
    copied: 'Link copied.',
    copiedWithoutOwn: 'Link copied. It opens the default corpus: your documents and dimension files stay in this browser and are never put in a link.',
    embed: 'Embed',
    embedTitle: 'Embed this chart',
    embedIframe: 'Any page (iframe):',
    embedElement: 'Pages that allow scripts (custom element):',
    embedCorpusNote: 'Embeds show the default corpus. Both fit their width to the column; the custom element also fits its height to the chart, while the iframe keeps the height written in its snippet (change it there if your column is narrow).',
    embedTheme: 'Colours:',
    themeLight: 'Light (for most blogs)',
    themeDark: 'Dark',
    themeAuto: 'Follow the reader’s light or dark mode',
    copySnippet: 'Copy',
    snippetCopied: 'Copied.',
    snippetSelected: 'Selected: copy it with your device’s Copy command.',
    embedFrameTitle: 'Stance: {chart}',
    madeWith: 'Made with Stance',
    close: 'Close',
    dismissAll: 'Dismiss all',
    offline: 'Download for offline use',
    addYours: 'Add your documents',
    offlineNote: 'One HTML file with everything inside: it works without a network, on your own documents.',
    language: '中文',
    languageLabel: '中文: switch the interface to Chinese',
    progressLabel: 'Analysis progress',
    sessionImported: 'Session imported: {count} documents.',
    sessionImportedOne: 'Session imported: 1 document.',
    sessionImportedWithProblems: 'Session imported: {count} documents. Problems: {problems}',
    sessionImportedWithProblemsOne: 'Session imported: 1 document. Problems: {problems}',
    sessionImportedAlready: 'Session imported: {count} new documents ({already} already here).',
    sessionImportedAlreadyOne: 'Session imported: 1 new document ({already} already here).',
    sessionImportedAlreadyWithProblems: 'Session imported: {count} new documents ({already} already here). Problems: {problems}',
    sessionImportedAlreadyWithProblemsOne: 'Session imported: 1 new document ({already} already here). Problems: {problems}',
    sessionRefused: '{name} was not imported (see the problem below); nothing changed.',
    fileProblem: '{name}: {problem}',
    fileLineProblem: '{name}, line {line}: {problem}',
    dimensionRefused: '{name} was not loaded (see the problem below); the dimensions are as they were.',
    tooLarge: 'the file is {size} MB; the page reads files up to {limit} MB',
    noText: 'no text was found in it',
    pdfPassword: 'the PDF is protected by a password; open it, save a copy without one, and add that',
    pdfInvalid: 'not a readable PDF (the file may be damaged or cut short)',
    removed: 'Removed “{title}”; {count} documents analysed.',
    undo: 'Undo',
    restored: 'Brought back “{title}”; {count} documents analysed.',
    removeAll: 'Remove all your documents',
    removeAllConfirm: 'Remove all {count} of your documents from this page and this browser’s storage? Only adding the files again brings them back.',
    removedAll: 'Removed {removed} documents of yours; {count} documents analysed.',
    removedOne: 'Removed “{title}”; 1 document analysed.',
    pasteEmpty: 'there is no text to add',
    dimensionReplaced: '{name}: dimension `{id}` replaces the one from {earlier} (of two dimension files with one id, the later is used)',
    dimensionReplacesBuiltIn: '{name}: dimension `{id}` replaces the built-in one with that id, in its place; “Reset to built-in dimensions” brings the built-in one back',
    workerRestarted: 'the engine was restarted before it finished with this file; add it again',
    workerStopped: 'the analysis worker stopped unexpectedly; reload the page',
    engineNotLoaded: 'the analysis engine could not be loaded ({reason}); reload the page, or use the offline file',
    engineBroken: 'the engine ran out of memory on it (its text expands to far more than the file holds) and was restarted; other documents are not affected',
    tooManyForHeatmap: 'The heatmap is drawn for up to {limit} documents; {count} are shown. Hide some (the corpus, or your own) to see it.',
    unknownDimensions: 'Not on this page, so not drawn: the dimensions {ids}.',
    unknownDimensionsAll: 'Not on this page: the dimensions {ids}; all dimensions are drawn instead.',
    noRelevant: 'no cue words of any dimension were found, so it cannot be placed',
    sessionNotJson: 'this is not a Stance session file (it is not JSON text)',
    sessionNotStance: 'this is not a Stance session file (it has no “stance-session” format and document list)',
    sessionDamagedDocument: 'the session is damaged: its document “{title}” cannot be read back',
    sessionDamagedDimension: 'the session is damaged: its dimension file “{name}” has no content',
    sessionUnreadable: 'this session file could not be read',
    skipNote: 'not a file type the page reads (txt, md, html, docx, pdf)',
    skippedFiles: '{count} files were left out, not of a type the page reads (txt, md, html, docx, pdf): {names}',
    skipToCharts: 'Skip to the charts',
    about: 'Negative scores lean toward state sovereignty / the UN, positive toward multistakeholder governance / ICANN. A score is computed only where a document has enough cue words, in more than one sentence.',
  },
  zh: {
    title: 'Stance 立场',
    pageTitle: 'Stance 立场 — 文件在互联网治理上的立场',
    lede: '在浏览器中评估文件在网络空间治理上的立场。你分析的任何内容都不会离开本页。',
    labelled: '{label}：{text}',
    loadingEngine: '正在加载引擎…',
    analysing: '正在分析第 {done} / {total} 份…',
    cancel: '取消',
    cancelled: '已取消分析；图中有 {count} 份文件。',
    cancelledWithLeft: '已取消分析；图中有 {count} 份，{left} 份尚未分析（添加下一份文件或重新加载时会分析）。',
    analysed: '已分析 {count} 份文件。',
    analysedWithProblems: '已分析 {count} 份文件。问题：{problems}',
    failed: '出错了：{message}',
    documents: '文件',
    yourDocuments: '你的文件',
    addDocuments: '添加文件',
    addHint: '把文件或文件夹拖到这里（txt、md、html、docx、pdf），或',
    chooseFiles: '选择文件',
    chooseFolder: '选择文件夹',
    pasteLabel: '或粘贴文本',
    pasteTitle: '标题（可选）',
    pasteAdd: '添加粘贴的文本',
    pastedDefault: '粘贴的文本',
    pasteBox: '文本框',
    privacy: '你的文件只留在本机：在本页中读取和评分，只保存在本浏览器里。',
    hideCorpus: '隐藏默认语料',
    show: '显示',
    rename: '重命名',
    remove: '删除',
    corpus: '默认语料',
    corpusHidden: '默认语料，已隐藏',
    nothingShown: '没有显示任何文件：默认语料已隐藏，也没有显示您自己的文件。请添加文件，或取消勾选“隐藏默认语料”。',
    noDocuments: '尚未分析任何文件。',
    notScored: '尚未评分',
    characters: '{count} 字',
    dimensions: '维度',
    cues: '提示词',
    loadDimension: '载入维度文件',
    exportDimension: '导出',
    resetDimensions: '恢复内置维度',
    weight: '权重',
    term: '词语',
    writtenAs: '原文写法',
    timesHere: '本文次数',
    timesElsewhere: '其他文件次数',
    pole: '极',
    mapTitle: '立场图',
    mapReading: '每个点是一份文件，须线是 90% 区间。左为{leftX}，右为{rightX}；下为{leftY}，上为{rightY}。',
    mapUnplaced: '未能定位（在所绘维度上证据不足）：{names}',
    sentenceGap: '',
    mapNeedsTwo: '请选择两个维度来绘制立场图。',
    rankingTitle: '排序：{dimension}',
    rankingReading: '文件从最偏{left}（左）到最偏{right}（右）排列；须线是 90% 区间。须线重叠表示差异不确定。',
    heatmapTitle: '文件之间的距离',
    heatmapReading: '每格是两份文件在所绘维度上的距离，从 0（位置相同）到 2（两极相对）；颜色越深，相距越远。',
    heatmapNumbersInTable: '格子太小，放不下数字：把指针停在格子上，或打开下面的表格。',
    heatmapPartial: '* 只在部分维度上计算：两份文件之一在其他维度上证据不足。—：没有共同的维度。',
    keynessTitle: '关键词',
    keynessReading: '与其他文件相比，在某份文件中特别常见的词。繁简写法与英文词形合并计数；表格列出原文写法。',
    evidenceTitle: '证据：{document}',
    evidenceReading: '影响分数的句子，提示词已高亮；被否定、转述他人和批评的提示词另作标记。',
    evidenceFor: '查看证据',
    evidenceSentences: '证据句子',
    contributionsTitle: '提示词的贡献',
    contributionsReading: '每个提示词把分数推向哪一边：向左为{left}，向右为{right}。',
    notAvailable: '此版本的引擎尚未提供。',
    keynessNeedsTwo: '关键词需要比较两份或更多文件。',
    keynessNone: '没有哪份文件明显比其他文件更常使用某个词。',
    unknownChart: '没有名为“{chart}”的图表。可用的图表：{known}。',
    insufficient: '证据不足',
    showTable: '表格',
    document: '文件',
    score: '分数',
    interval: '90% 区间',
    wideInterval: '得分只依据 {count} 个句子，故区间较宽',
    wideIntervalOne: '得分只依据 1 个句子，故区间较宽',
    hits: '提示词命中',
    contribution: '贡献',
    status: '状态',
    distance: '距离',
    removedText: '显示被移除的套话和注释',
    noRemovals: '此文件没有被移除的内容。',
    readAsAuthor: '标题表明作者为{authors}：{authors}所说的话算作作者本人的立场。',
    listJoin: '、',
    chinaNotAuthor: '文件未表明作者时，“中国”“中方”“以中国为首…”算作作者本人；这里则算作另一方。',
    readAsAuthors: '标题表明作者为{authors}：其中任何一方所说的话都算作作者本人的立场。',
    'author:united states': '美国',
    'author:china': '中国',
    'author:russia': '俄罗斯',
    removedKind: '类别',
    removedTimes: '次数',
    removedExcerpt: '文本',
    'removed:footnote_marker': '脚注标记',
    'removed:footnote_body': '脚注或页下注',
    'removed:navigation': '网站菜单或页面信息',
    'removed:page_header': '页眉',
    'removed:duplicate': '重复出现的段落（第一份）',
    'removed:code': '代码块（Markdown）',
    'removed:link_address': '链接地址或方括号（Markdown）',
    'removed:image': '图片（Markdown）',
    'removed:block_marker': '引用、列表或表格标记（Markdown）',
    legendNegated: '被否定',
    legendAttributed: '转述他人',
    legendCriticised: '被批评',
    legendCue: '提示词',
    legendEndorsed: '被强调支持',
    otherVoices: '其他声音：{count} 个含转述、否定或批评提示词的句子（不计入作者本人立场）',
    noOtherVoices: '没有转述他人、被否定或被批评的提示词。',
    noEvidence: '此文件中没有计入本维度的提示词。',
    otherVoicesNone: '其他声音：无',
    legendLeftPole: '支持左侧一端的句子',
    legendRightPole: '支持右侧一端的句子',
    export: '导出',
    exportScores: '分数',
    exportReports: '报告：证据、命中、关键词',
    exportSession: '会话',
    importSession: '导入会话',
    share: '复制本视图的链接',
    copied: '链接已复制。',
    copiedWithoutOwn: '链接已复制。链接只打开默认语料：你的文件和维度文件只保存在本浏览器中，从不放进链接。',
    embed: '嵌入',
    embedTitle: '嵌入此图',
    embedIframe: '任何网页（iframe）：',
    embedElement: '允许脚本的网页（自定义元素）：',
    embedCorpusNote: '嵌入图显示默认语料。两种嵌入都随栏宽调整宽度；自定义元素还会随图表调整高度，iframe 则保持代码中写定的高度（栏较窄时可在代码中修改）。',
    embedTheme: '配色：',
    themeLight: '浅色（适合大多数博客）',
    themeDark: '深色',
    themeAuto: '跟随读者的浅色或深色模式',
    copySnippet: '复制',
    snippetCopied: '已复制。',
    snippetSelected: '已选中：请用设备的“复制”命令复制。',
    embedFrameTitle: 'Stance：{chart}',
    madeWith: '用 Stance 制作',
    close: '关闭',
    dismissAll: '全部关闭',
    offline: '下载离线版',
    addYours: '添加你的文件',
    offlineNote: '一个包含一切的 HTML 文件：无需网络即可分析你自己的文件。',
    language: 'English',
    languageLabel: 'English：将界面切换为英文',
    progressLabel: '分析进度',
    sessionImported: '已导入会话：{count} 份文件。',
    sessionImportedWithProblems: '已导入会话：{count} 份文件。问题：{problems}',
    sessionImportedAlready: '已导入会话：{count} 份新文件；{already} 份已在此处。',
    sessionImportedAlreadyWithProblems: '已导入会话：{count} 份新文件；{already} 份已在此处。问题：{problems}',
    sessionRefused: '未导入 {name}（问题见下）；一切保持不变。',
    fileProblem: '{name}：{problem}',
    fileLineProblem: '{name} 第 {line} 行：{problem}',
    dimensionRefused: '未载入 {name}（问题见下）；维度保持不变。',
    tooLarge: '文件有 {size} MB；本页最多读取 {limit} MB',
    noText: '其中没有找到文本',
    pdfPassword: '此 PDF 有密码保护；请打开后另存一份无密码的副本再添加',
    pdfInvalid: '这不是可读取的 PDF（文件可能已损坏或不完整）',
    removed: '已移除“{title}”；已分析 {count} 份文件。',
    undo: '撤销',
    restored: '已恢复“{title}”；已分析 {count} 份文件。',
    removeAll: '移除你的全部文件',
    removeAllConfirm: '从本页和本浏览器的存储中移除你的全部 {count} 份文件？只有重新添加这些文件才能恢复。',
    removedAll: '已移除你的 {removed} 份文件；已分析 {count} 份文件。',
    pasteEmpty: '没有可添加的文字',
    dimensionReplaced: '{name}：维度 `{id}` 取代了 {earlier} 中的同一维度（两个维度文件的 id 相同时，使用后一个）',
    dimensionReplacesBuiltIn: '{name}：维度 `{id}` 在原位置取代了同 id 的内置维度；“恢复内置维度”可恢复内置维度',
    workerRestarted: '引擎在处理完此文件之前重新启动；请重新添加',
    workerStopped: '分析进程意外停止；请重新载入页面',
    engineNotLoaded: '无法载入分析引擎（{reason}）；请重新载入页面，或使用离线文件',
    engineBroken: '引擎处理它时内存不足（其文本展开后远大于文件本身），已重新启动；其他文件不受影响',
    tooManyForHeatmap: '热图最多绘制 {limit} 份文件；当前显示 {count} 份。隐藏部分文件（语料或自己的文件）即可查看。',
    unknownDimensions: '本页没有这些维度，未绘制：{ids}。',
    unknownDimensionsAll: '本页没有这些维度：{ids}；已改为绘制全部维度。',
    noRelevant: '没有找到任何维度的提示词，无法定位',
    sessionNotJson: '这不是 Stance 会话文件（不是 JSON 文本）',
    sessionNotStance: '这不是 Stance 会话文件（没有“stance-session”格式和文件列表）',
    sessionDamagedDocument: '会话文件已损坏：其中的文件“{title}”无法读回',
    sessionDamagedDimension: '会话文件已损坏：其中的维度文件“{name}”没有内容',
    sessionUnreadable: '无法读取此会话文件',
    skipNote: '本页不读取此类文件（支持 txt、md、html、docx、pdf）',
    skippedFiles: '有 {count} 个文件未读取，本页不读取这些类型（支持 txt、md、html、docx、pdf）：{names}',
    skipToCharts: '跳到图表',
    about: '负分偏向国家主权 / 联合国，正分偏向多利益相关方治理 / ICANN。只有提示词足够多、且分布在不止一个句子中的文件才会得到分数。',
  },
};

let language = pickLanguage();

// What the engine found wrong with a file, as data/problems.tsv words it (the Rust core reads the
// same file for its English): code → { en, zh }.
const PROBLEMS = Object.fromEntries(
  problemWordings
    .split(/\r?\n/)
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [code, en, zh] = line.split('\t');
      return [code, { en, zh }];
    }),
);

/** The problem `code` of data/problems.tsv in the interface language, `values` filled in. */
export function problemText(code, values = {}) {
  return PROBLEMS[code]?.[language].replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/**
 * An error from the engine in the interface language: its `details` (file, line, problem code
 * and values) worded by data/problems.tsv; the worker's own, by their `key`. Other errors keep
 * their message.
 */
export function engineMessage(error) {
  if (error?.key) return t(error.key, { reason: error.message });
  const { file, line, problem: { code, ...values } = {} } = error?.details ?? {};
  const problem = problemText(code, values);
  if (problem === undefined) return String(error?.message ?? error);
  return line === undefined ? t('fileProblem', { name: file, problem }) : t('fileLineProblem', { name: file, line, problem });
}

function pickLanguage() {
  const saved = new URLSearchParams(location.search).get('lang') ?? safeStorage('stance-lang');
  if (saved === 'en' || saved === 'zh') return saved;
  return (navigator.languages ?? [navigator.language]).some((tag) => /^zh\b/i.test(tag)) ? 'zh' : 'en';
}

function safeStorage(key, value) {
  try {
    if (value === undefined) return localStorage.getItem(key);
    localStorage.setItem(key, value);
  } catch {
    return null;
  }
}

export const currentLanguage = () => language;

/**
 * The string `key` with `vars` filled in; a count of 1 takes the `…One` string where there is one.
 * A value that is a function is called, so text kept to be redrawn is worded in today's language.
 */
export function t(key, vars = {}) {
  const one = vars.count === 1 ? STRINGS[language][`${key}One`] : undefined;
  const template = one ?? STRINGS[language][key] ?? STRINGS.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => String((typeof vars[name] === 'function' ? vars[name]() : vars[name]) ?? ''));
}

export function setLanguage(next) {
  language = next;
  safeStorage('stance-lang', next);
  applyStaticText();
}

/** Fills every element marked data-i18n (text) or data-i18n-label (aria-label). */
export function applyStaticText(root = document) {
  document.documentElement.lang = language === 'zh' ? 'zh-Hans' : 'en';
  document.title = t('pageTitle');
  for (const element of root.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  for (const element of root.querySelectorAll('[data-i18n-label]')) element.setAttribute('aria-label', t(element.dataset.i18nLabel));
  for (const element of root.querySelectorAll('[data-i18n-placeholder]')) element.placeholder = t(element.dataset.i18nPlaceholder);
}

// Short pole names for the built-in dimensions; a loaded dimension file (even one that replaces a
// built-in dimension by its id) uses the text of its `negative` / `positive` fields up to the first
// colon.
const POLES = {
  sovereignty_multistakeholder: { en: ['state sovereignty', 'multistakeholder'], zh: ['国家主权', '多利益相关方'] },
  un_icann: { en: ['UN-centric', 'ICANN-centric'], zh: ['以联合国为中心', '以 ICANN 为中心'] },
};

/** {left, right, title} for a dimension, in the interface language. */
export function dimensionNames(dimension) {
  const known = dimension.fromFile ? undefined : POLES[dimension.id]?.[language];
  const [left, right] = known ?? [dimension.negative, dimension.positive].map((text) => String(text).split(/[:：]/)[0].trim());
  return { left, right, title: `${left} ↔ ${right}` };
}
