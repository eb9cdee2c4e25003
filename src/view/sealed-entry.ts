import { createHash } from 'node:crypto';

// Each entry starts with the length and SHA-256 of its bytes, so a file cut short by a killed build, a full disk or a
// bad copy between CI runs is noticed on read and made again, never published.
const HEADER = 8 + 32;

const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest();

/** An entry's bytes with the header that lets a reader check them. */
export function sealEntry(bytes: Buffer): Buffer {
	const header = Buffer.alloc(HEADER);
	header.writeBigUInt64BE(BigInt(bytes.length));
	digest(bytes).copy(header, 8);
	return Buffer.concat([header, bytes]);
}

/** The bytes of a sealed entry, or undefined when it is shorter, longer or other than when it was written. */
export function openEntry(entry: Buffer): Buffer | undefined {
	if (entry.length < HEADER || entry.readBigUInt64BE() !== BigInt(entry.length - HEADER)) return undefined;
	const bytes = entry.subarray(HEADER);
	return digest(bytes).equals(entry.subarray(8, HEADER)) ? bytes : undefined;
}
