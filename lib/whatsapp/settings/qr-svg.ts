import QRCode from "qrcode";

/** The QR payload as an SVG image (markup), drawn on the server so the page needs no QR code on the client. */
export const qrSvg = (payload: string) => QRCode.toString(payload, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
