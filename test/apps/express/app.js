'use strict';
// An ordinary Express 5 application: routing with parameters, express.json(), express.static,
// a router mounted on a path, error middleware and a 404 handler.
const path = require('path');
const express = require('express');

const app = express();
const users = new Map([['1', { id: '1', name: 'Ada' }]]);
let nextId = 2;

app.use(express.json());
app.use('/static', express.static(path.join(__dirname, 'public')));

const api = express.Router();
api.get('/users/:id', (req, res) => {
  const user = users.get(req.params.id);
  if (!user) return res.status(404).json({ error: `no user ${req.params.id}` });
  res.json(user);
});
api.post('/users', (req, res) => {
  if (typeof req.body?.name !== 'string') return res.status(400).json({ error: 'name is required' });
  const user = { id: String(nextId++), name: req.body.name };
  users.set(user.id, user);
  res.status(201).location(`/api/users/${user.id}`).json(user);
});
api.get('/files/:dir/:name.:ext', (req, res) => res.json(req.params));
api.get('/fail', () => {
  throw new Error('boom');
});
api.get('/fail-async', async () => {
  await new Promise((resolve) => setTimeout(resolve, 1));
  const err = new Error('teapot');
  err.status = 418;
  throw err;
});
app.use('/api', api);

app.use((req, res) => res.status(404).type('text').send(`Not here: ${req.method} ${req.path}`));
// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  if (err.type === 'entity.parse.failed') return res.status(400).json({ error: 'bad json' });
  res.status(err.status || 500).json({ error: err.message });
});

module.exports = app;
