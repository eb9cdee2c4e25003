import QRCode from 'qrcode';

/** An address as a QR code: an SVG drawn at build time (about 2 ms), so a printout needs no script and no request. */
export function qrCodeSvg(address: string): Promise<string> {
	// Level M survives a crease or a smudge on a notice board; the quiet zone is the SVG's own white margin.
	return QRCode.toString(address, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
