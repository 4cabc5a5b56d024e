// The viewer's vocabulary: per-label colour and shape (the legend), Vietnamese names of labels,
// relationship types, properties and bases. Data only.

export const STYLE = {
  Person: { color: '#c0392b', shape: 'dot', vi: 'Người' },
  Reading: { color: '#e8a39b', shape: 'dot', vi: 'Tên như bài báo đọc' },
  Post: { color: '#d97b13', shape: 'box', vi: 'Chức vụ' },
  Body: { color: '#2e6da4', shape: 'ellipse', vi: 'Cơ quan' },
  Province: { color: '#138d90', shape: 'star', vi: 'Tỉnh' },
  Meeting: { color: '#23984f', shape: 'diamond', vi: 'Hội nghị' },
  Resolution: { color: '#8e44ad', shape: 'square', vi: 'Nghị quyết' },
  Document: { color: '#7f6a4d', shape: 'hexagon', vi: 'Văn bản' },
  Article: { color: '#7b8793', shape: 'triangle', vi: 'Bài báo' },
  Tenure: { color: '#b8860b', shape: 'triangleDown', vi: 'Giai đoạn giữ chức' },
  Conflict: { color: '#e0245e', shape: 'star', vi: 'Mâu thuẫn' },
};
export const styleOf = (label) => STYLE[label] || { color: '#999999', shape: 'dot', vi: label };

export const REL_VI = {
  HELD_POST: 'giữ chức',
  TOOK_POST: 'nhận chức',
  LEFT_POST: 'rời chức',
  CHAIRED: 'chủ trì',
  SPOKE_AT: 'phát biểu tại',
  APPROVED: 'thông qua',
  HELD_BY: 'tổ chức bởi',
  OF_BODY: 'thuộc',
  IN_PROVINCE: 'thuộc tỉnh',
  REPORTS: 'đưa tin',
  MENTIONS: 'nhắc đến',
  CITES: 'dẫn',
  ISSUED_BY: 'ban hành bởi',
  ABOUT: 'viết về',
  HAS_TENURE: 'giữ chức trong',
  OF_POST: 'của chức vụ',
  SUCCEEDED_BY: 'người kế nhiệm',
  INVOLVES: 'liên quan',
  SAME_PERSON: 'cùng một người với',
  READ_AS: 'là',
  READS: 'đọc tên',
};
export const relVi = (type) => REL_VI[type] || type;

export const PROP_VI = {
  name: 'Tên', title: 'Tiêu đề', province: 'Tỉnh', pageDate: 'Ngày đăng', date: 'Ngày', datePrecision: 'Độ chính xác',
  provinces: 'Các tỉnh', reading: 'Theo tên đọc', kind: 'Loại', body: 'Cơ quan', ordinal: 'Lần thứ', term: 'Nhiệm kỳ', extended: 'Mở rộng', special: 'Chuyên đề',
  seats: 'Số người giữ', placed: 'Rõ tỉnh', scope: 'Cấp', authors: 'Tác giả', number: 'Số', type: 'Loại văn bản',
  issuer: 'Cơ quan ban hành', from: 'Từ', to: 'Đến', fromPrecision: 'Độ chính xác (từ)', toPrecision: 'Độ chính xác (đến)',
  fromBasis: 'Căn cứ (từ)', toBasis: 'Căn cứ (đến)', firstSeen: 'Thấy lần đầu', lastSeen: 'Thấy lần cuối', acting: 'Quyền (tạm giữ)',
  concurrent: 'Kiêm nhiệm', terms: 'Nhiệm kỳ', replaces: 'Thay', endedBy: 'Kết thúc do', post: 'Chức vụ', message: 'Nội dung',
  article: 'Bài báo', sentence: 'Câu trích', rule: 'Quy tắc', former: 'Đã thôi (nguyên)', gapDays: 'Khoảng trống (ngày)',
  gapFrom: 'Trống từ', gapTo: 'Trống đến', basis: 'Căn cứ', order: 'Thứ tự', contentHash: 'Mã nội dung', key: 'Khóa',
  messageVi: 'Nội dung', endReason: 'Lý do kết thúc', endSource: 'Căn cứ pháp lý', across: 'Qua thay đổi địa giới',
  reasons: 'Lý do là một người', posts: 'Chức vụ nêu', articles: 'Bài báo', sentences: 'Câu trích',
  tieReason: 'Gắn với chức vụ khác', tiePost: 'Chức vụ khác nêu trong bài', tieSentence: 'Câu trích (chức vụ khác)',
  rejected: 'Đã bị bác bỏ', rejectReason: 'Lý do bác bỏ', renamedFrom: 'Tên theo bài báo', renameReason: 'Lý do đổi tên',
};
/** Properties shown elsewhere (evidence lists) or of no use to a reader. */
export const HIDDEN_PROPS = new Set(['key', 'search', 'spanStart', 'spanEnd', 'evidenceArticles', 'evidenceSentences', 'evidenceDates', 'evidenceRules', 'postKey', 'person',
  'message', 'nameKey', 'identityDue', 'tenuresDue', 'tieTo', 'tieRule', 'tieRules', 'rejectedBy', 'curatedBy', 'correctedBy', 'rejectedFacts', 'originalSearch']);

export const BASIS_VI = {
  stated: 'bài báo nêu rõ',
  seen: 'ngày thấy trong bài',
  before: 'không muộn hơn ngày này',
  open: 'đang giữ',
};
export const VALUE_VI = {
  seats: { one: 'một người', many: 'nhiều người' },
  scope: { provincial: 'tỉnh', national: 'trung ương', local: 'huyện, thành phố' },
  datePrecision: { day: 'ngày', month: 'tháng', year: 'năm', open: 'chưa kết thúc' },
  endReason: { 'province merged': 'tỉnh sáp nhập', 'province renamed': 'tỉnh đổi tên', 'district level abolished': 'bỏ cấp huyện' },
  reasons: { transfer: 'bài báo nêu việc điều động từ chức này sang chức kia', former: 'bài báo nêu chức cũ (“nguyên …”)', appositive: 'bài báo nêu cả hai chức trong một lần nhắc tên', renamed: 'tỉnh đổi tên: cùng một nơi' },
  kind: { overlap: 'hai người cùng giữ một ghế', 'replaces-mismatch': 'người được thay không khớp' },
};
VALUE_VI.tieReason = VALUE_VI.reasons;
VALUE_VI.across = VALUE_VI.endReason;

/** 2021-07-14 → 14/07/2021; 2021-07 → 07/2021. */
export function viDate(d) {
  if (!d || typeof d !== 'string') return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(d);
  if (!m) return d;
  return [m[3], m[2], m[1]].filter(Boolean).join('/');
}

export function viValue(prop, v) {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'boolean') return v ? 'có' : 'không';
  if (Array.isArray(v)) return v.map((x) => viValue(prop, x)).join(', ');
  if (/Basis$/.test(prop) || prop === 'basis') return BASIS_VI[v] || String(v);
  const table = VALUE_VI[prop] || (/Precision$/.test(prop) ? VALUE_VI.datePrecision : null);
  if (table && table[v]) return table[v];
  if (typeof v === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(v)) return viDate(v);
  return String(v);
}
