// bin/jnode examples/hello.js
console.log('Hello from jnode', process.version, 'on', `${process.platform}-${process.arch}`);
