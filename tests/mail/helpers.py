"""Reading back what the local server received: the person's code from the inline QR, the ticket PDF's text."""

from __future__ import annotations

import io
from email.message import EmailMessage

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image


def parts(message: EmailMessage) -> dict[str, list[EmailMessage]]:
    found: dict[str, list[EmailMessage]] = {}
    for part in message.walk():
        found.setdefault(part.get_content_type(), []).append(part)
    return found


def decode_qr_png(data: bytes) -> list[str]:
    image = Image.open(io.BytesIO(data)).convert("L")
    return [result.text for result in zxingcpp.read_barcodes(image)]


def inline_qr_code(message: EmailMessage) -> str:
    """The code that the HTML's <img src="cid:…"> picture decodes to (it must be the one the HTML names)."""
    found = parts(message)
    html = found["text/html"][0].get_content()
    (image,) = found["image/png"]
    cid = image["Content-ID"].strip("<>")
    assert f'src="cid:{cid}"' in html, "the HTML does not show the attached QR picture"
    assert image.get_content_disposition() == "inline"
    codes = decode_qr_png(image.get_content())
    assert len(codes) == 1
    return codes[0]


def pdf_text_and_codes(data: bytes) -> tuple[str, list[str], tuple[float, float]]:
    document = pdfium.PdfDocument(data)
    assert len(document) == 1
    page = document[0]
    text = page.get_textpage().get_text_range()
    bitmap = page.render(scale=2).to_pil().convert("L")
    codes = [r.text for r in zxingcpp.read_barcodes(bitmap)]
    return text, codes, page.get_size()
