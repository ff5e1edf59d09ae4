'use strict';
// util.MIMEType and util.MIMEParams: parsing, serialising, setters and errors.
const assert = require('assert');
const { MIMEType, MIMEParams } = require('util');

function mimeError(fn, message) {
  assert.throws(fn, (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.code, 'ERR_INVALID_MIME_SYNTAX');
    assert.strictEqual(err.message, message);
    return true;
  });
}

// Parsing: case folding, whitespace, quoting, repeated and malformed parameters.
{
  const m = new MIMEType(' \tText/HTML ; Charset="UTF-8" ; q="a\\"b" ; bad ; x= ; charset=other;e="open');
  assert.strictEqual(m.type, 'text');
  assert.strictEqual(m.subtype, 'html');
  assert.strictEqual(m.essence, 'text/html');
  assert.strictEqual(m.params.get('charset'), 'UTF-8');
  assert.strictEqual(m.params.get('q'), 'a"b');
  assert.strictEqual(m.params.get('e'), 'open');
  assert.strictEqual(m.params.has('bad'), false);
  assert.strictEqual(m.params.has('x'), false);
  assert.strictEqual(String(m), 'text/html;charset=UTF-8;q="a\\"b";e=open');
  assert.strictEqual(JSON.stringify(m), '"text/html;charset=UTF-8;q=\\"a\\\\\\"b\\";e=open"');
  assert.strictEqual(m.toJSON(), m.toString());
  assert.strictEqual(m.params, m.params);
}
assert.strictEqual(`${new MIMEType('a/b;x="";y=" v ";z=\u00ff')}`, 'a/b;x="";y=" v ";z="\u00ff"');
assert.strictEqual(`${new MIMEType('a/b;x=\u0100;y=1')}`, 'a/b;y=1');
assert.strictEqual(`${new MIMEType({ toString() { return 'x/y'; } })}`, 'x/y');

// Parse errors.
mimeError(() => new MIMEType(''), 'The MIME syntax for a type in "" is invalid');
mimeError(() => new MIMEType('text'), 'The MIME syntax for a type in "text" is invalid');
mimeError(() => new MIMEType('te xt'), 'The MIME syntax for a type in "te xt" is invalid at 2');
mimeError(() => new MIMEType('  te,xt/plain'), 'The MIME syntax for a type in "  te,xt/plain" is invalid at 2');
mimeError(() => new MIMEType('text/'), 'The MIME syntax for a subtype in "text/" is invalid');
mimeError(() => new MIMEType('/plain'), 'The MIME syntax for a type in "/plain" is invalid');
mimeError(() => new MIMEType('text/pl,ain'), 'The MIME syntax for a subtype in "text/pl,ain" is invalid at 2');
mimeError(() => new MIMEType(), 'The MIME syntax for a type in "undefined" is invalid');
assert.throws(() => new MIMEType(Symbol('s')), TypeError);
assert.throws(() => MIMEType('a/b'), TypeError);

// Setters validate and lower-case.
{
  const m = new MIMEType('text/plain;a=1');
  m.type = 'APPLICATION';
  m.subtype = 'JSON';
  assert.strictEqual(m.essence, 'application/json');
  assert.strictEqual(`${m}`, 'application/json;a=1');
  mimeError(() => { m.type = ''; }, 'The MIME syntax for a type in "" is invalid');
  mimeError(() => { m.type = 'a/b'; }, 'The MIME syntax for a type in "a/b" is invalid at 1');
  mimeError(() => { m.type = ' text'; }, 'The MIME syntax for a type in " text" is invalid at 0');
  mimeError(() => { m.subtype = 'x;y'; }, 'The MIME syntax for a subtype in "x;y" is invalid at 1');
  mimeError(() => { m.subtype = 'x '; }, 'The MIME syntax for a subtype in "x " is invalid at 1');
  assert.strictEqual(m.essence, 'application/json');
  const essence = Object.getOwnPropertyDescriptor(MIMEType.prototype, 'essence');
  assert.strictEqual(essence.set, undefined);
  assert.strictEqual(essence.enumerable, false);
  assert.strictEqual(Object.getOwnPropertyDescriptor(MIMEType.prototype, 'params').set, undefined);
  assert.deepStrictEqual(Object.keys(m), []);
}

// MIMEParams.
{
  const p = new MIMEType('a/b;X=1;y=2').params;
  assert.ok(p instanceof MIMEParams);
  assert.strictEqual(p.get('x'), '1');
  assert.strictEqual(p.get('X'), '1');
  assert.strictEqual(p.get('missing'), null);
  assert.strictEqual(p.has('Y'), true);
  p.set('Z', 'with space');
  p.set('x', 'changed');
  assert.deepStrictEqual([...p], [['x', 'changed'], ['y', '2'], ['z', 'with space']]);
  assert.deepStrictEqual([...p.keys()], ['x', 'y', 'z']);
  assert.deepStrictEqual([...p.values()], ['changed', '2', 'with space']);
  assert.deepStrictEqual([...p.entries()], [...p]);
  assert.strictEqual(p[Symbol.iterator], p.entries);
  assert.strictEqual(Object.prototype.toString.call(p.entries()), '[object Generator]');
  assert.strictEqual(p.delete('Y'), undefined);
  assert.strictEqual(`${p}`, 'x=changed;z="with space"');
  assert.strictEqual(p.toJSON(), 'x=changed;z="with space"');
  p.set('e', '');
  p.set('q', 'a\\b"c');
  assert.strictEqual(`${p}`, 'x=changed;z="with space";e="";q="a\\\\b\\"c"');
  p.set('n', 5);
  assert.strictEqual(p.get('n'), '5');

  mimeError(() => p.set('', 'x'), 'The MIME syntax for a parameter name in "" is invalid');
  mimeError(() => p.set('a b', 'x'), 'The MIME syntax for a parameter name in "a b" is invalid at 1');
  mimeError(() => p.set('a', 'x\ny'), 'The MIME syntax for a parameter value in "x\ny" is invalid at 1');
  mimeError(() => p.set('a', '\u0100'), 'The MIME syntax for a parameter value in "\u0100" is invalid at 0');

  // Iteration sees changes made while iterating.
  const q = new MIMEType('a/b;k1=1;k2=2').params;
  const it = q.keys();
  const seen = [it.next().value];
  q.delete('k2');
  q.set('k3', '3');
  seen.push(...it);
  assert.deepStrictEqual(seen, ['k1', 'k3']);
}

// A fresh MIMEParams ignores its argument and starts empty.
assert.strictEqual(`${new MIMEParams('a=b')}`, '');
assert.deepStrictEqual([...new MIMEParams()], []);
assert.throws(() => MIMEParams.prototype.get.call({}, 'a'), {
  name: 'TypeError',
  message: 'Receiver must be an instance of class MIMEParams',
});
assert.strictEqual(MIMEType.length, 1);
assert.strictEqual(MIMEParams.length, 0);
