// The function names in a WebAssembly module's "name" section, rewritten. The release build
// (scripts/finish-wasm.mjs) names each function by where it should go before wasm-opt
// sorts the functions by name, then gives them their own names back where wasm-opt keeps
// names (-g, for scripts/wasm-bytes.sh).

/** The unsigned LEB128 number at `pos` in `bytes`, and the position after it. */
export function readU32(bytes, pos) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[pos++];
    value |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return [value >>> 0, pos];
}

function writeU32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

const withSize = (bytes) => Buffer.concat([writeU32(bytes.length), bytes]);

/** The function names subsection (1) of `subsections` renamed; the others as they were. */
function renameIn(subsections, rename) {
  const out = [];
  let pos = 0;
  while (pos < subsections.length) {
    const id = subsections[pos++];
    let size;
    [size, pos] = readU32(subsections, pos);
    const end = pos + size;
    if (id !== 1) {
      out.push(Buffer.from([id]), withSize(subsections.subarray(pos, end)));
    } else {
      let count;
      [count, pos] = readU32(subsections, pos);
      const names = [writeU32(count)];
      for (let i = 0; i < count; i++) {
        let index, length;
        [index, pos] = readU32(subsections, pos);
        [length, pos] = readU32(subsections, pos);
        const name = subsections.toString("utf8", pos, pos + length);
        pos += length;
        names.push(writeU32(index), withSize(Buffer.from(rename(index, name))));
      }
      out.push(Buffer.from([1]), withSize(Buffer.concat(names)));
    }
    pos = end;
  }
  return Buffer.concat(out);
}

/**
 * `wasm` with each function's name in its "name" section replaced by `rename(index, name)`;
 * a module without that section comes back as it was.
 */
export function renameFunctions(wasm, rename) {
  const parts = [wasm.subarray(0, 8)];
  let renamed = false;
  let pos = 8;
  while (pos < wasm.length) {
    const start = pos;
    const id = wasm[pos++];
    let size;
    [size, pos] = readU32(wasm, pos);
    const end = pos + size;
    const [length, at] = id === 0 ? readU32(wasm, pos) : [0, pos];
    if (id === 0 && wasm.toString("utf8", at, at + length) === "name") {
      const body = Buffer.concat([withSize(Buffer.from("name")), renameIn(wasm.subarray(at + length, end), rename)]);
      parts.push(Buffer.from([0]), withSize(body));
      renamed = true;
    } else {
      parts.push(wasm.subarray(start, end));
    }
    pos = end;
  }
  return renamed ? Buffer.concat(parts) : wasm;
}

/** A function's name without crate hashes and generic arguments, which its instances share. */
export function genericName(name) {
  let out = "";
  let depth = 0;
  for (const c of name.replace(/\[[0-9a-f]{16}\]/g, "")) {
    if (c === "<") {
      if (depth === 0) out += "<_>";
      depth++;
    } else if (c === ">" && depth > 0) {
      depth--;
    } else if (depth === 0) {
      out += c;
    }
  }
  return out;
}

/** The functions' names in the module's "name" section, by index. */
export function functionNames(wasm) {
  const names = new Map();
  renameFunctions(wasm, (index, name) => {
    names.set(index, name);
    return name;
  });
  return names;
}

/**
 * The names to sort the functions by, by index: the linker's order, but with each generic
 * function's instances, nearly the same code, pulled up beside the first of them, where
 * brotli compresses them best.
 */
export function orderNames(names) {
  const first = new Map();
  const keys = new Map();
  const pad = (index) => String(index).padStart(7, "0");
  for (const [index, name] of [...names].sort((a, b) => a[0] - b[0])) {
    const generic = genericName(name);
    if (!first.has(generic)) first.set(generic, index);
    keys.set(index, `${pad(first.get(generic))} ${pad(index)}`);
  }
  return keys;
}
