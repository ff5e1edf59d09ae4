'use strict';

// What user code can reach of the core modules: the public ids (with and without `node:`), the
// ids that exist only with `node:`, and loading them for require().

let requireBuiltin;
let publicIds;

// Modules that Node 26 only exposes with the `node:` scheme.
const schemeOnly = new Set(['sea', 'sqlite', 'test', 'test/reporters', 'ffi']);

function setup(req, builtinsBinding) {
  requireBuiltin = req;
  publicIds = new Set(builtinsBinding.publicIds().split(',').filter(Boolean));
}

// True when `id` (without `node:`) names a public core module jnode has.
function exists(id) {
  return publicIds.has(id);
}

function canBeRequiredWithoutScheme(id) {
  return publicIds.has(id) && !schemeOnly.has(id);
}

function loadPublic(id) {
  return requireBuiltin(id);
}

function builtinIds() {
  return [...publicIds].filter((id) => !schemeOnly.has(id)).sort();
}

function schemeOnlyIds() {
  return [...publicIds].filter((id) => schemeOnly.has(id)).sort();
}

module.exports = { builtinIds, canBeRequiredWithoutScheme, exists, loadPublic, schemeOnlyIds, setup };
