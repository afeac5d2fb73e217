'use strict';
// Opens a static index (StaticIndex's search/ folder) under node, as the page does with script tags: each file is
// run in a context whose `window` collects its keys.
const fs = require('fs');
const path = require('path');
const vm = require('vm');

function open(dir) {
  const window = {};
  const context = vm.createContext({ window });
  const run = (file) => vm.runInContext(fs.readFileSync(path.join(dir, file), 'utf8'), context, { filename: file });
  run('head.js');
  const files = { count: 0, bytes: 0 };
  return {
    head: window.SEISAKU.head,
    files,
    load(key, file) {
      if (!(key in window.SEISAKU)) {
        files.count++;
        files.bytes += fs.statSync(path.join(dir, file)).size;
        run(file);
      }
      return Promise.resolve(window.SEISAKU[key]);
    }
  };
}

module.exports = { open };
