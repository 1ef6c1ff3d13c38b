// Reads a .vsix, which is a zip archive, with node alone: the names of its entries and the text
// of one of them. Enough of the zip format for what vsce writes (stored or deflated entries).
'use strict';

const fs = require('node:fs');
const zlib = require('node:zlib');

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

function entries(archive) {
  const data = fs.readFileSync(archive);
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === END_OF_DIRECTORY) { end = i; break; }
  }
  if (end < 0) throw new Error(`${archive} is not a zip archive`);
  const count = data.readUInt16LE(end + 10);
  let offset = data.readUInt32LE(end + 16);
  const found = new Map();
  for (let n = 0; n < count; n++) {
    if (data.readUInt32LE(offset) !== DIRECTORY_ENTRY) throw new Error(`${archive}: bad directory entry ${n}`);
    const method = data.readUInt16LE(offset + 10);
    const size = data.readUInt32LE(offset + 20);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    const local = data.readUInt32LE(offset + 42);
    const name = data.toString('utf8', offset + 46, offset + 46 + nameLength);
    found.set(name, { method, size, local });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return {
    names: [...found.keys()],
    read(name) {
      const entry = found.get(name);
      if (!entry) throw new Error(`${archive} has no ${name}`);
      if (data.readUInt32LE(entry.local) !== LOCAL_HEADER) throw new Error(`${archive}: bad header of ${name}`);
      const start = entry.local + 30 + data.readUInt16LE(entry.local + 26) + data.readUInt16LE(entry.local + 28);
      const raw = data.subarray(start, start + entry.size);
      if (entry.method === 0) return raw;
      if (entry.method === 8) return zlib.inflateRawSync(raw);
      throw new Error(`${archive}: ${name} is compressed with method ${entry.method}`);
    },
  };
}

module.exports = { entries };
