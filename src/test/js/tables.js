'use strict';
// Reads the test tables shared with the Java tests: input<TAB>expected, # comments, escapes \t \n \r \\ \uXXXX.
const fs = require('fs');

function unescape(s) {
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (m, e) => {
    if (e[0] === 'u' && e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    return { t: '\t', n: '\n', r: '\r' }[e] || e;
  });
}

function table(file) {
  return fs.readFileSync(file, 'utf8').split('\n')
    .filter((line) => !line.startsWith('#') && line.includes('\t'))
    .map((line) => {
      const tab = line.indexOf('\t');
      return [unescape(line.slice(0, tab)), unescape(line.slice(tab + 1))];
    });
}

module.exports = { table };
