// A written post → the Post node's parts: its name without "Quyền", title, seats, province, scope, and whether
// the text places it (an unplaced post joins no province's succession).
import { describePost } from '../../src/graph/build-graph';

test.each([
  ['Bí thư Tỉnh ủy Lạng Sơn', { name: 'Bí thư Tỉnh ủy Lạng Sơn', title: 'Bí thư', seats: 'one', province: 'Lạng Sơn', scope: 'provincial', placed: true, acting: false }],
  ['Bí thư Tỉnh ủy', { seats: 'one', province: null, scope: 'provincial', placed: false }],
  ['Giám đốc Sở Kế hoạch và Đầu tư', { seats: 'one', province: null, scope: 'provincial', placed: false }],
  ['Giám đốc Sở Kế hoạch và Đầu tư tỉnh Yên Bái', { seats: 'one', province: 'Yên Bái', placed: true }],
  ['Phó Chủ tịch UBND tỉnh Hà Tĩnh', { seats: 'many', province: 'Hà Tĩnh', placed: true }],
  ['Ủy viên Ban Chấp hành Trung ương Đảng', { seats: 'many', province: null, scope: 'national', placed: true }],
  ['Bí thư Huyện ủy Lộc Bình', { seats: 'one', scope: 'local', placed: true }],
  ['Bí thư Huyện ủy', { scope: 'local', placed: false }],
  ['Quyền Chủ tịch UBND tỉnh Bắc Kạn', { name: 'Chủ tịch UBND tỉnh Bắc Kạn', acting: true, seats: 'one', placed: true }],
  // one of the Secretariat's members: a post many hold at once, though "Bí thư" is a single seat elsewhere
  ['Bí thư Trung ương Đảng', { seats: 'many', scope: 'national', placed: true }],
])('describePost(%s)', (written, expected) => {
  expect(describePost(written)).toMatchObject(expected);
});
