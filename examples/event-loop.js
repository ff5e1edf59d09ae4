// The order Node.js runs callbacks in: synchronous code, process.nextTick, promise jobs,
// timers, and setImmediate. jnode prints exactly what Node prints.
setTimeout(() => {
  console.log('5. timeout');
  setImmediate(() => console.log('7. immediate (inside a timer: before the next timeout)'));
  setTimeout(() => console.log('8. the next timeout'), 0);
  process.nextTick(() => console.log('6. nextTick inside the timer'));
}, 1);
Promise.resolve().then(() => console.log('4. promise job'));
process.nextTick(() => console.log('3. nextTick'));
console.log('1. synchronous');
queueMicrotask(() => console.log('4b. microtask'));
console.log('2. still synchronous');
process.on('exit', (code) => console.log(`9. exit with code ${code}`));
