'use strict';
// An ordinary Koa application: an error-handling middleware, a response-time header, routes
// with parameters from @koa/router, a JSON body read from the request stream, and Koa's 404.
const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router({ prefix: '/api' });
const items = new Map([['1', { id: '1', title: 'first' }]]);

async function readJson(ctx) {
  let text = '';
  ctx.req.setEncoding('utf8');
  for await (const chunk of ctx.req) text += chunk;
  try {
    return JSON.parse(text);
  } catch {
    ctx.throw(400, 'bad json');
  }
}

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: err.expose ? err.message : 'internal error' };
    ctx.app.emit('error', err, ctx);
  }
});
app.use(async (ctx, next) => {
  const start = process.hrtime.bigint();
  await next();
  ctx.set('X-Response-Time', `${Number(process.hrtime.bigint() - start) / 1e6}ms`);
});
app.on('error', (err) => {
  if (!err.expose && err.message !== 'kaput') console.error(err);
});

router.get('/items/:id', (ctx) => {
  const item = items.get(ctx.params.id);
  if (!item) ctx.throw(404, `no item ${ctx.params.id}`);
  ctx.body = item;
});
router.post('/items', async (ctx) => {
  const { title } = await readJson(ctx);
  if (typeof title !== 'string') ctx.throw(422, 'title is required');
  const item = { id: String(items.size + 1), title };
  items.set(item.id, item);
  ctx.status = 201;
  ctx.body = item;
});
router.get('/hello/:name', (ctx) => {
  ctx.type = 'text/plain';
  ctx.body = `hello ${ctx.params.name}, ${ctx.query.greeting ?? 'welcome'}`;
});
router.get('/kaput', () => {
  throw new Error('kaput');
});
app.use(router.routes()).use(router.allowedMethods());

module.exports = app;
