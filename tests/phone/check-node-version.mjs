// Fails, saying what to do, when this Node.js is older than a package in the
// lock file declares it needs (its "engines": {"node": …}). npm only warns
// about that when it installs; the browser tests would then fail later with
// the package's own, less helpful message.
//   node check-node-version.mjs package-lock.json [VERSION]
// VERSION stands in for this Node.js's own, so the check itself can be tested.
import {readFileSync} from 'node:fs';

function parseVersion(text) {
  const match = /^v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?$/.exec(text.trim());
  if (!match)
    return null;
  return match.slice(1).map(part => (part === undefined || part === 'x' || part === '*')
                                        ? null : Number(part));
}

function compare(a, b) {
  for (let i = 0; i < 3; ++i) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0)
      return Math.sign(difference);
  }
  return 0;
}

// The first part of `wanted` that is given must match `version`'s, and so on
// (a caret keeps the leftmost given part, a tilde also the next).
function samePrefix(version, wanted, parts) {
  for (let i = 0; i < parts; ++i) {
    if (wanted[i] !== null && version[i] !== wanted[i])
      return false;
  }
  return true;
}

// One comparator of a semver range: >=18, >18.2, <22, =20.1.0, ^18.17, ~20.1, 20.x.
function satisfiesComparator(version, comparator) {
  const match = /^(>=|<=|>|<|=|\^|~)?\s*(.+)$/.exec(comparator);
  const wanted = match && parseVersion(match[2]);
  if (!wanted)
    throw new Error(`cannot read the version range part "${comparator}"`);
  const order = compare(version, wanted);
  switch (match[1]) {
  case '>=': return order >= 0;
  case '>': return order > 0;
  case '<=': return order <= 0;
  case '<': return order < 0;
  case '^': return order >= 0 && samePrefix(version, wanted, 1);
  case '~': return order >= 0 && samePrefix(version, wanted, 2);
  default: return samePrefix(version, wanted, 3);
  }
}

function satisfies(versionText, range) {
  const version = parseVersion(versionText);
  if (!version)
    throw new Error(`cannot read the Node.js version "${versionText}"`);
  return range.split('||').some(alternative => {
    const comparators = alternative.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1').split(/\s+/);
    return comparators.every(c => c === '' || c === '*' || satisfiesComparator(version, c));
  });
}

// Every package in the lock whose declared Node.js range this version misses.
function unmetEngines(lock, versionText) {
  return Object.entries(lock.packages ?? {})
      .filter(([, info]) => info.engines?.node && !satisfies(versionText, info.engines.node))
      .map(([path, info]) => ({name: path.replace(/^.*node_modules\//, '') || lock.name,
                               version: info.version, needs: info.engines.node}));
}

const [lockPath, versionArgument] = process.argv.slice(2);
const version = versionArgument ?? process.versions.node;
try {
  const unmet = unmetEngines(JSON.parse(readFileSync(lockPath, 'utf8')), version);
  for (const {name, version: packageVersion, needs} of unmet) {
    console.error(`Node.js ${version} is older than ${name} ${packageVersion} needs (node ${needs}).` +
                  ' Install a newer Node.js, or pin a version of the package that supports' +
                  ` this one in ${lockPath.replace(/package-lock\.json$/, 'package.json')}.`);
  }
  if (unmet.length > 0)
    process.exit(1);
  console.log(`Node.js ${version} is new enough for every package in ${lockPath}.`);
} catch (error) {
  console.error(`Could not check Node.js against ${lockPath}: ${error.message}`);
  process.exit(1);
}
