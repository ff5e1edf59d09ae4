'use strict';
// net.isIP/isIPv4/isIPv6, BlockList and SocketAddress.
const assert = require('assert');
const net = require('net');

const table = [
  ['127.0.0.1', 4], ['0.0.0.0', 4], ['255.255.255.255', 4], ['256.0.0.1', 0], ['01.0.0.1', 0],
  ['1.2.3', 0], ['::', 6], ['::1', 6], ['1::', 6], [':1', 0], ['1:', 0], [':::', 0],
  ['1::2::3', 0], ['::ffff:127.0.0.1', 6], ['1:2:3:4:5:6:7:8', 6], ['1:2:3:4:5:6:7:8:9', 0],
  ['1:2:3:4:5:6:7::', 6], ['1:2:3:4:5:6:1.2.3.4', 6], ['1:2:3:4:5:6::1.2.3.4', 0],
  ['fe80::1%eth0', 6], ['fe80::1%', 0], ['12345::', 0], ['localhost', 0], ['', 0],
  [undefined, 0], [null, 0], [4, 0],
];
for (const [input, want] of table) {
  assert.strictEqual(net.isIP(input), want, `isIP(${input})`);
  assert.strictEqual(net.isIPv4(input), want === 4, `isIPv4(${input})`);
  assert.strictEqual(net.isIPv6(input), want === 6, `isIPv6(${input})`);
}

const bl = new net.BlockList();
bl.addAddress('1.2.3.4');
bl.addRange('10.0.0.1', '10.0.0.10');
bl.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
assert.strictEqual(bl.check('1.2.3.4'), true);
assert.strictEqual(bl.check('1.2.3.5'), false);
assert.strictEqual(bl.check('10.0.0.5'), true);
assert.strictEqual(bl.check('::ffff:10.0.0.5', 'ipv6'), true);
assert.strictEqual(bl.check('8592:757c:efae:4e45::f', 'ipv6'), true);
assert.strictEqual(bl.check('8592:757c:efae:4e46::f', 'ipv6'), false);
assert.deepStrictEqual(bl.rules, [
  'Address: IPv4 1.2.3.4',
  'Subnet: IPv6 8592:757c:efae:4e45::/64',
  'Range: IPv4 10.0.0.1-10.0.0.10',
]);
assert.strictEqual(net.BlockList.isBlockList(bl), true);
assert.throws(() => bl.addSubnet('1.2.3.0', 33), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => bl.addAddress('nope'), { code: 'ERR_INVALID_ADDRESS' });

const sa = new net.SocketAddress({ address: '::1', family: 'ipv6', port: 8080 });
assert.deepStrictEqual(sa.toJSON(), { address: '::1', port: 8080, family: 'ipv6', flowlabel: 0 });
assert.strictEqual(net.SocketAddress.isSocketAddress(sa), true);
assert.deepStrictEqual(net.SocketAddress.parse('1.2.3.4:8080').toJSON(),
  { address: '1.2.3.4', port: 8080, family: 'ipv4', flowlabel: 0 });
assert.strictEqual(net.SocketAddress.parse('1.2.3.4:80').port, 0); // the http default port reads as none
assert.throws(() => new net.SocketAddress({ family: 'ipx' }), { code: 'ERR_INVALID_ARG_VALUE' });

assert.strictEqual(net.getDefaultAutoSelectFamily(), true);
net.setDefaultAutoSelectFamily(false);
assert.strictEqual(net.getDefaultAutoSelectFamily(), false);
assert.strictEqual(typeof net.getDefaultAutoSelectFamilyAttemptTimeout(), 'number');
