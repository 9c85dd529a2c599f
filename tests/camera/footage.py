"""Recorded-looking webcam footage for the camera tests: real badges, tickets and phones in a room.

Every card is drawn by the app's own renderers (a badge by `badges.render_badges`, a printed ticket by
`badges.ticket.TicketRenderer`, the phone's screen by the QR picture of the confirmation e-mail), or,
for the codes other systems print, by zxing-cpp's writer. Cards are held up in front of a desk scene
(a wall, a window, a poster, a person in a striped shirt, a table), at several sizes, tilted up to
±20°, leaning away, out of focus, in low light, under a glare and moving; the frames are encoded as
H.264 (x264 through imageio-ffmpeg), as a webcam recording would be, and read back by the same tools.

Only Pillow and the standard library draw: no numpy. A 10-second 720p clip takes a few seconds to
make; the conftest makes each clip once per test session.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter, ImageFont

from checkin.resources import resources_dir

FPS = 30
HD = (1280, 720)
FULL_HD = (1920, 1080)
CARD_DPI = 150
MOTION_SHARE = 0.7  # of a moving shot's time, the card travels; then it is held still


@dataclass(frozen=True)
class Shot:
    """One card held up in front of the camera."""

    card: str  # a key of the footage's cards
    start: float  # seconds
    duration: float
    width: float  # the card's width as a share of the frame's width
    x: float = 0.5  # the card's centre, as shares of the frame
    y: float = 0.5
    angle: float = 0.0  # degrees, counter-clockwise
    lean: float = 0.0  # perspective: > 0 turns the right edge away from the camera
    blur: float = 0.0  # out of focus: Gaussian radius in pixels of a 720p frame
    light: float = 1.0  # < 1: a dim room (with the sensor noise that comes with it)
    glare: float = 0.0  # a light's reflection on the card, 0..1
    motion: float = 0.0  # frame widths travelled from the left, slowing down (motion blur included)

    def visible(self, t: float) -> bool:
        return self.start <= t < self.start + self.duration


@dataclass
class Footage:
    size: tuple[int, int]
    duration: float
    shots: list[Shot]
    cards: dict[str, Image.Image]
    seed: int = 1
    background: Image.Image | None = field(default=None, repr=False)

    def frames(self) -> Iterator[Image.Image]:
        rng = random.Random(self.seed)
        scene = self.background or room(self.size, self.seed)
        noise = [Image.effect_noise(self.size, 40).convert("RGB") for _ in range(3)]
        cache: dict = {}
        for index in range(round(self.duration * FPS)):
            t = index / FPS
            # A hand-held laptop lid is never perfectly still: a pixel or two of shake.
            dx, dy = round(2 * math.sin(t * 5.1)), round(2 * math.cos(t * 3.7))
            frame = scene.crop((8 + dx, 8 + dy, 8 + dx + self.size[0], 8 + dy + self.size[1]))
            light = 1.0
            for shot in self.shots:
                if shot.visible(t):
                    hold(frame, self.cards[shot.card], shot, t, cache)
                    light = min(light, shot.light)
            if light < 1:
                frame = ImageEnhance.Brightness(frame).enhance(light)
            grain = 0.05 if light >= 1 else 0.05 + 0.12 * (1 - light)
            frame = Image.blend(frame, noise[rng.randrange(3)], grain)
            yield frame


def hold(frame: Image.Image, card: Image.Image, shot: Shot, t: float, cache: dict | None = None) -> None:
    """Draw `card` into `frame` as `shot` holds it at time `t`."""
    width, height = frame.size
    travel = MOTION_SHARE * shot.duration
    progress = min(1.0, max(0.0, (t - shot.start) / travel))
    # A moving card slows down as it arrives, as a hand does, and is held still for the rest of the shot.
    offset = -shot.motion * (1 - progress) ** 2
    speed = 2 * shot.motion * (1 - progress) / travel  # frame widths a second
    key = (shot, round(speed, 2) if shot.motion else 0)
    drawn = cache.get(key) if cache is not None else None
    if drawn is None:
        drawn = _patch(card, shot, (width, height), speed)
        if cache is not None:
            cache[key] = drawn
    patch, (left, top), thumb = drawn
    dx = round(offset * width)
    frame.paste(patch, (left + dx, top), patch)
    # A thumb on the card's lower corner, as people hold a badge up.
    tx, ty, r = thumb
    ImageDraw.Draw(frame).ellipse((tx + dx - r * 0.6, ty - r * 1.4, tx + dx + r * 1.2, ty + r * 0.6),
                                  fill=(198, 150, 120))


def _patch(card: Image.Image, shot: Shot, size: tuple[int, int], speed: float):
    width, height = size
    scale = height / 720
    card_w = shot.width * width
    card_h = card_w * card.height / card.width
    # Shrink once with a good filter; the perspective then samples a picture of about its own size.
    card = card.resize((max(1, round(card_w)), max(1, round(card_h))), Image.Resampling.LANCZOS)
    cx, cy = shot.x * width, shot.y * height
    corners = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        depth = 1 - shot.lean * sx * 0.5  # the far edge looks shorter
        px, py = sx * card_w / 2 * (1 - abs(shot.lean) * 0.15), sy * card_h / 2 * depth
        a = math.radians(shot.angle)
        corners.append((cx + px * math.cos(a) + py * math.sin(a), cy - px * math.sin(a) + py * math.cos(a)))
    left, top = math.floor(min(x for x, _ in corners)), math.floor(min(y for _, y in corners))
    right, bottom = math.ceil(max(x for x, _ in corners)), math.ceil(max(y for _, y in corners))
    local = [(x - left, y - top) for x, y in corners]
    source = [(0, 0), (card.width, 0), (card.width, card.height), (0, card.height)]
    patch = card.convert("RGBA").transform((right - left, bottom - top), Image.Transform.PERSPECTIVE,
                                           perspective_coefficients(local, source), Image.Resampling.BILINEAR)
    if shot.glare:
        patch = glare(patch, shot.glare)
    if shot.blur:
        patch = patch.filter(ImageFilter.GaussianBlur(shot.blur * scale))
    smear = round(abs(speed) * width / FPS * 0.5)  # the shutter is open for about half a frame
    if smear >= 2:
        w, h = patch.size
        patch = patch.resize((max(1, w // smear), h), Image.Resampling.BOX).resize((w, h),
                                                                                  Image.Resampling.BILINEAR)
    tx, ty = corners[3]
    return patch, (left, top), (tx, ty, 0.06 * card_w)


def glare(patch: Image.Image, strength: float) -> Image.Image:
    """A ceiling light's reflection on the plastic sleeve: a soft white spot across the lower right, where
    the badge's QR code is."""
    w, h = patch.size
    spot = Image.radial_gradient("L").resize((max(1, int(w * 0.6)), max(1, int(h * 0.35))))
    spot = ImageChops.invert(spot).point(lambda v: int(min(255, v * 1.4) * strength))
    mask = Image.new("L", (w, h), 0)
    mask.paste(spot, (int(w * 0.45), int(h * 0.40)))
    mask = ImageChops.multiply(mask, patch.getchannel("A"))
    white = Image.new("RGBA", (w, h), (255, 255, 250, 255))
    result = patch.copy()
    result.paste(white, (0, 0), mask)
    return result


def perspective_coefficients(target: Sequence[tuple[float, float]],
                             source: Sequence[tuple[float, float]]) -> tuple[float, ...]:
    """PIL's PERSPECTIVE data: the map from output (target) points to input (source) points."""
    rows, values = [], []
    for (x, y), (u, v) in zip(target, source):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        values.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        values.append(v)
    return tuple(solve(rows, values))


def solve(matrix: list[list[float]], values: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (8 unknowns: not worth numpy)."""
    n = len(values)
    a = [[*row, value] for row, value in zip(matrix, values)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col and a[r][col]:
                factor = a[r][col] / a[col][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col])]
    return [a[i][n] / a[i][i] for i in range(n)]


# -- the room ------------------------------------------------------------------------------------
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resources_dir() / "fonts" / "NotoSans-Regular.ttf"), size)


def room(size: tuple[int, int], seed: int) -> Image.Image:
    """A registration desk as a laptop's camera sees it, 16 px larger than the frame (for the shake)."""
    rng = random.Random(seed)
    w, h = size[0] + 16, size[1] + 16
    s = size[1] / 720
    image = Image.new("RGB", (w, h))
    draw = ImageDraw.Draw(image)
    for y in range(h):  # a wall lit from above
        shade = 214 - int(50 * y / h)
        draw.line([(0, y), (w, y)], fill=(shade, shade - 6, shade - 18))
    # A window with daylight, its frame and the glass bars.
    draw.rectangle((int(40 * s), int(30 * s), int(330 * s), int(330 * s)), fill=(236, 242, 248))
    draw.rectangle((int(40 * s), int(30 * s), int(330 * s), int(330 * s)), outline=(120, 110, 100), width=int(8 * s))
    draw.line([(int(185 * s), int(30 * s)), (int(185 * s), int(330 * s))], fill=(120, 110, 100), width=int(6 * s))
    # A poster: a title, lines of small print, a programme with times.
    px, py = int(w * 0.70), int(50 * s)
    draw.rectangle((px, py, px + int(300 * s), py + int(400 * s)), fill=(250, 248, 240), outline=(60, 60, 70))
    draw.rectangle((px, py, px + int(300 * s), py + int(70 * s)), fill=(31, 58, 95))
    draw.text((px + int(14 * s), py + int(16 * s)), "EU Anti-Trafficking Day", font=_font(int(22 * s)),
              fill=(255, 255, 255))
    small = _font(int(13 * s))
    for line in range(14):
        text = f"{8 + line // 2:02d}:{(line % 2) * 30:02d}  Panel {line + 1} — Salle {rng.randint(1, 9)} · 2018-10-18"
        draw.text((px + int(14 * s), py + int((86 + 21 * line) * s)), text, font=small, fill=(40, 40, 50))
    # The volunteer behind the desk: a head, hair, a striped shirt (stripes that look like a barcode).
    cx = int(w * 0.47)
    draw.ellipse((cx - int(60 * s), int(150 * s), cx + int(60 * s), int(300 * s)), fill=(205, 160, 130))
    draw.chord((cx - int(64 * s), int(140 * s), cx + int(64 * s), int(250 * s)), 180, 360, fill=(60, 42, 30))
    shirt = (cx - int(200 * s), int(300 * s), cx + int(200 * s), h)
    draw.rounded_rectangle(shirt, radius=int(70 * s), fill=(70, 90, 140))
    x = shirt[0] + int(20 * s)
    while x < shirt[2] - int(20 * s):
        stripe = rng.choice((3, 5, 8, 11))
        draw.rectangle((x, int(330 * s), x + int(stripe * s), h), fill=(235, 235, 240))
        x += int((stripe + rng.choice((6, 9, 14))) * s)
    # The table in front, with wood grain, a coffee cup and a sheet of paper.
    table_top = int(h * 0.78)
    grain = Image.effect_noise((max(1, w // 40), h - table_top), 30).resize((w, h - table_top))
    wood = Image.merge("RGB", [grain.point(lambda v: 110 + v // 4), grain.point(lambda v: 75 + v // 5),
                               grain.point(lambda v: 45 + v // 6)])
    image.paste(wood, (0, table_top))
    draw.ellipse((int(w * 0.12), table_top + int(20 * s), int(w * 0.12) + int(90 * s), table_top + int(60 * s)),
                 fill=(240, 240, 235))
    paper = (int(w * 0.62), table_top + int(15 * s), int(w * 0.62) + int(260 * s), h)
    draw.rectangle(paper, fill=(245, 245, 240))
    for line in range(6):
        y = paper[1] + int((14 + 18 * line) * s)
        draw.line([(paper[0] + int(12 * s), y), (paper[2] - int(rng.randint(20, 90) * s), y)], fill=(90, 90, 100),
                  width=max(1, int(3 * s)))
    return image.filter(ImageFilter.GaussianBlur(0.8 * s))


# -- the cards ------------------------------------------------------------------------------------
def pdf_page(pdf: bytes | Path, dpi: int = CARD_DPI) -> Image.Image:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    try:
        return document[0].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        document.close()


def badge_card(person: dict, event_title: str, folder: Path) -> Image.Image:
    import badges

    out = folder / f"badge-{person['code']}.pdf"
    badges.render_badges([person], out, layout="a6", event={"title": event_title})
    return pdf_page(out)


def ticket_card(person: dict, event_words: dict) -> Image.Image:
    from badges.ticket import TicketRenderer

    return pdf_page(TicketRenderer(event_words).pdf_bytes(person), dpi=100)


def phone_card(code: str, name: str) -> Image.Image:
    """A phone held up with the confirmation e-mail open: its QR picture, as the mail shows it."""
    from badges.ticket import qr_png

    qr = Image.open(io.BytesIO(qr_png(code))).convert("RGB")
    w, h = 400, 820
    phone = Image.new("RGB", (w, h), (25, 25, 28))
    draw = ImageDraw.Draw(phone)
    draw.rounded_rectangle((0, 0, w - 1, h - 1), radius=56, outline=(70, 70, 75), width=6)
    screen = (22, 70, w - 22, h - 70)
    draw.rectangle(screen, fill=(250, 251, 255))
    draw.rectangle((screen[0], screen[1], screen[2], screen[1] + 60), fill=(31, 58, 95))
    draw.text((screen[0] + 16, screen[1] + 16), "Your ticket", font=_font(24), fill=(255, 255, 255))
    draw.text((screen[0] + 16, screen[1] + 80), name, font=_font(22), fill=(30, 30, 30))
    side = screen[2] - screen[0] - 40
    phone.paste(qr.resize((side, side), Image.Resampling.NEAREST), (screen[0] + 20, screen[1] + 130))
    for line in range(5):
        y = screen[1] + 150 + side + 24 * line
        draw.line([(screen[0] + 16, y), (screen[2] - 16 - 30 * (line % 3), y)], fill=(150, 150, 160), width=4)
    return phone


def barcode_card(text: str, symbology: str, caption: str) -> Image.Image:
    """A ticket stub printed by another system: a caption and its barcode."""
    import zxingcpp

    image = zxingcpp.create_barcode(text, getattr(zxingcpp.BarcodeFormat, symbology)).to_image(scale=1)
    view = memoryview(image)
    code = Image.frombuffer("L", (view.shape[1], view.shape[0]), bytes(view), "raw", "L", 0, 1).convert("RGB")
    module = max(2, 360 // code.width) if symbology in ("DataMatrix", "Aztec") else max(2, 620 // code.width)
    code = code.resize((code.width * module, code.height * module), Image.Resampling.NEAREST)
    if code.height < 120:  # a linear barcode: give it the height printers give it
        code = code.resize((code.width, 180), Image.Resampling.NEAREST)
    w, h = code.width + 120, code.height + 170
    card = Image.new("RGB", (w, h), (252, 252, 248))
    draw = ImageDraw.Draw(card)
    draw.text((60, 24), caption, font=_font(30), fill=(30, 30, 30))
    card.paste(code, (60, 90))
    draw.text((60, 100 + code.height), text, font=_font(22), fill=(60, 60, 60))
    return card


def plain_card(title: str) -> Image.Image:
    """A business card with no code on it: something held up that must give no answer."""
    card = Image.new("RGB", (520, 300), (248, 246, 240))
    draw = ImageDraw.Draw(card)
    draw.text((30, 30), title, font=_font(34), fill=(20, 40, 80))
    for line, text in enumerate(("Head of Programmes", "+41 22 555 01 23", "rue de Lausanne 132, 1202 Genève")):
        draw.text((30, 110 + 44 * line), text, font=_font(24), fill=(60, 60, 60))
    return card


# -- video files -----------------------------------------------------------------------------------
def write_h264(footage: Footage, path: Path) -> Path:
    import imageio_ffmpeg

    writer = imageio_ffmpeg.write_frames(
        str(path), footage.size, fps=FPS, codec="libx264", macro_block_size=8, quality=None,
        output_params=["-preset", "veryfast", "-crf", "27", "-g", str(FPS)], ffmpeg_log_level="error")
    writer.send(None)
    try:
        for frame in footage.frames():
            writer.send(frame.tobytes())
    finally:
        writer.close()
    return path


def luminance_frames(path: Path) -> Iterator[tuple[int, int, bytes]]:
    """The video's frames as 8-bit luminance, read back by FFmpeg: (width, height, pixels)."""
    import imageio_ffmpeg

    reader = imageio_ffmpeg.read_frames(str(path), pix_fmt="gray", bpp=1)
    meta = next(reader)
    width, height = meta["size"]
    for pixels in reader:
        yield width, height, pixels
