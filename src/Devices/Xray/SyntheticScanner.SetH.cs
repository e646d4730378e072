namespace Screening.Devices.Xray;

// Variant set H (held out after G was tuned on): threat shapes and clutter kinds that none of A to G
// and R draws. Written from what the real things measure and are made of, by someone who had read
// neither the analyser nor any x-ray figures. Thicknesses follow the rest of the scene: roughly the
// millimetres of that material the beam crosses where the part lies flat (a round bar or wire of
// diameter d counts as about 0.8 d, a hollow part as its two walls, a sheet seen edge-on as the
// sheet's share of the line it is drawn as times the depth the beam crosses).
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        // Die-cast zinc alloy (Zamak, zinc Z = 30, about 6.6 g/cm³): brass-like per gram, a little lighter.
        private static readonly Material ZincAlloy = new(0.66, 0.265);

        /// <summary>Draws one of set H's threat shapes; null for a shape that is not set H's.</summary>
        private PixelBox? DrawSetHThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.CardKnife => CardKnife(scale),
            ThreatShape.ToothbrushShiv => ToothbrushShiv(scale),
            ThreatShape.ThrowingKnives => ThrowingKnives(scale),
            ThreatShape.PenKnife => PenKnife(scale),
            ThreatShape.PenGun => PenGun(scale),
            ThreatShape.MiniRevolver => MiniRevolver(scale),
            ThreatShape.AirPistol => AirPistol(scale),
            ThreatShape.CardPhone => CardPhone(scale),
            ThreatShape.PhoneInTin => PhoneInTin(scale),
            ThreatShape.WrappedPhoneBundle => WrappedPhoneBundle(scale),
            ThreatShape.PhoneInSoftToy => PhoneInSoftToy(scale),
            ThreatShape.SteelCaseRounds => SteelCaseRounds(scale),
            ThreatShape.SimInSoap => SimInSoap(scale),
            ThreatShape.GlassSyringe => GlassSyringe(scale),
            ThreatShape.LithiumPrimaryCells => LithiumPrimaryCells(scale),
            ThreatShape.LockingPliers => LockingPliers(scale),
            ThreatShape.TapeMeasure => TapeMeasure(scale),
            ThreatShape.BeerCans => BeerCans(scale),
            ThreatShape.DrugsInTennisBall => DrugsInTennisBall(scale),
            _ => null,
        };

        /// <summary>Draws one of set H's clutter kinds; false for a kind that is not set H's.</summary>
        private bool DrawSetHClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.HandFan:
                    HandFan();
                    return true;
                case ClutterKind.Stethoscope:
                    Stethoscope();
                    return true;
                case ClutterKind.WalkingStick:
                    WalkingStick();
                    return true;
                case ClutterKind.KneeBrace:
                    KneeBrace();
                    return true;
                case ClutterKind.HandWarmers:
                    HandWarmers();
                    return true;
                case ClutterKind.BabyBottle:
                    BabyBottle();
                    return true;
                case ClutterKind.MakeUpBag:
                    MakeUpBag();
                    return true;
                case ClutterKind.TravelChess:
                    TravelChess();
                    return true;
                default:
                    return false;
            }
        }

        // ---- shared parts ---------------------------------------------------------------------

        /// <summary>
        /// A payment card (85.6 × 54 × 0.76 mm PVC) centred on its part's origin: a chip module (copper
        /// contacts and a die in epoxy) on most, the contactless antenna (a few turns of fine copper) on some.
        /// </summary>
        private void BankCard(Turned card)
        {
            card.Rect(Organic, 0.76, -42.8, -27, 85.6, 54);
            if (Chance(0.85))
            {
                card.Rect(Brass, 0.05, -32, -8, 11.5, 10);
                card.Rect(Mixed, 0.8, -28.5, -5.5, 4.5, 4.5);
            }

            if (Chance(0.6))
            {
                card.Line(Brass, 0.04, 1.5, true, (-39, -23), (39, -23), (39, 23), (-39, 23));
            }
        }

        /// <summary>
        /// A folded leather wallet (105–115 × 85–95 mm, two 1.5–2 mm leather layers and the pockets' seams)
        /// holding 2–5 payment cards, centred on the pen's origin; the caller adds what is hidden among them.
        /// </summary>
        private void WalletOfCards(Pen pen)
        {
            var wallet = new Turned(pen, 0, 0, 0);
            var l = U(105, 115);
            var w = U(85, 95);
            RoundedRect(wallet, Organic, U(3, 4), -l / 2, -w / 2, l, w, 5);
            wallet.Rect(Organic, 3, -l / 2, -w / 2, l, 4);
            wallet.Line(Organic, 1.5, 1, true, RoundedOutline((-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6, 4));
            for (var i = random.Next(2, 6); i > 0; i--)
            {
                BankCard(new Turned(pen, U(-6, 6), U(-8, 8), U(-0.05, 0.05)));
            }
        }

        /// <summary>
        /// A thumb-sized phone (46–72 × 20–27 mm, 11–14 mm thick) in its own frame (x toward its top):
        /// ABS body, a 200–400 mAh pouch cell in its bay or an empty bay, a board with shields, keypad
        /// domes, a 0.66-inch display on glass, the speaker magnet and micro-USB socket.
        /// </summary>
        private void ThumbPhone(Turned phone, double l, double w, bool battery)
        {
            RoundedRect(phone, Organic, U(5, 7), -l / 2, -w / 2, l, w, Math.Min(6, w / 3));
            phone.Line(Organic, 6, 1.2, true, RoundedOutline((-l / 2) + 0.6, (-w / 2) + 0.6, l - 1.2, w - 1.2, Math.Min(5, w / 3)));
            var bl = l * 0.45;
            if (battery)
            {
                phone.Rect(Steel, 0.5, (-l / 2) + 3, -w * 0.37, bl, w * 0.74);
                phone.Rect(Mixed, 3, (-l / 2) + 3, -w * 0.37, bl, w * 0.74);
            }
            else
            {
                // The bay's plastic walls and its two spring contacts.
                phone.Line(Organic, 4, 0.8, true, ((-l / 2) + 3, -w * 0.37), ((-l / 2) + 3 + bl, -w * 0.37), ((-l / 2) + 3 + bl, w * 0.37), ((-l / 2) + 3, w * 0.37));
                phone.Rect(Steel, 0.6, (-l / 2) + bl, -4, 3, 2.5);
                phone.Rect(Steel, 0.6, (-l / 2) + bl, 1.5, 3, 2.5);
            }

            var bx = (-l / 2) + 4 + bl;
            phone.Rect(Mixed, 1.5, bx, -w * 0.4, (l / 2) - bx - 2, w * 0.8);
            for (var i = random.Next(3, 7); i > 0; i--)
            {
                phone.Rect(Steel, 1.2, U(bx, (l / 2) - 5), U(-w * 0.35, w * 0.25), U(1.5, 3), U(1.5, 3));
            }

            for (var r = 0; r < 4; r++)
            {
                for (var c = 0; c < 3; c++)
                {
                    phone.Ellipse(Steel, 0.2, (-l * 0.4) + (r * l * 0.1), (-w * 0.25) + (c * w * 0.25), 1.5, 1.5);
                }
            }

            phone.Rect(Glass, 0.7, (l / 2) - 4 - (l * 0.22), -w * 0.33, l * 0.22, w * 0.66);
            phone.Ellipse(Steel, 1.8, (l / 2) - 4, 0, 3, 3);
            phone.Rect(Steel, 1.8, (-l / 2) - 0.5, -3.5, 3, 7);
        }

        /// <summary>A micro-USB lead, coiled: 4 mm of PVC round two copper conductors, the moulded plugs.</summary>
        private void CoiledLead(Pen pen, double x, double y, double radius)
        {
            var turns = random.Next(2, 5);
            var points = new List<(double X, double Y)>();
            var phase = U(0, 2 * Math.PI);
            for (var i = 0; i <= turns * 14; i++)
            {
                var a = phase + (2 * Math.PI * i / 14);
                var r = radius * U(0.75, 1);
                points.Add((x + (r * Math.Cos(a)), y + (r * Math.Sin(a) * 0.8)));
            }

            pen.Line(Organic, 3, 3.5, false, [.. points]);
            pen.Line(Brass, 0.5, 0.8, false, [.. points]);
            foreach (var (px, py) in new[] { points[0], points[^1] })
            {
                pen.Rect(Organic, 8, px - 8, py - 5, 16, 10);
                pen.Rect(Steel, 1.2, px + 6, py - 3.5, 7, 7);
            }
        }

        /// <summary>
        /// A solid ball of radius <paramref name="r"/> seen from any side, as nested discs: at a distance ρ
        /// from the centre the beam crosses 2√(r² − ρ²) of it (times <paramref name="density"/>).
        /// </summary>
        private static void Ball(Turned part, Material m, double cx, double cy, double r, double density, double squash = 1)
        {
            // Disc i (radius outer_i) adds what the chord at its band's middle gains over the band outside it.
            const int bands = 5;
            var before = 0.0;
            for (var i = 0; i < bands; i++)
            {
                var outer = r * (bands - i) / bands;
                var mid = r * (bands - i - 0.5) / bands;
                var chord = 2 * Math.Sqrt((r * r) - (mid * mid));
                part.Ellipse(m, density * (chord - before) * squash, cx, cy, outer, outer * squash);
                before = chord;
            }
        }

        /// <summary>A hollow ball (outer radius <paramref name="r"/>, wall <paramref name="wall"/>): thin over its middle, the wall crossed at a slant toward its rim.</summary>
        private static void HollowBall(Turned part, Material m, double cx, double cy, double r, double wall)
        {
            part.Ellipse(m, 2 * wall, cx, cy, r, r);
            var inner = r - wall;
            // Near the rim the beam runs along the wall: up to 2√(r² − (r − wall)²) through it.
            const int bands = 3;
            for (var i = 0; i < bands; i++)
            {
                var rho = inner - (wall * 2) + ((wall * 3) * (i + 0.5) / bands);
                var through = rho >= inner
                    ? 2 * Math.Sqrt(Math.Max(0, (r * r) - (rho * rho)))
                    : 2 * (Math.Sqrt((r * r) - (rho * rho)) - Math.Sqrt((inner * inner) - (rho * rho)));
                part.Ring(m, Math.Max(0.1, through - (2 * wall)), wall, cx, cy, rho, rho);
            }
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// A credit-card folding knife (CardSharp class): an 85.6 × 54 mm polypropylene card 2.2 mm thick
        /// whose panels fold round a 60–66 × 13–16 mm blade of 0.8–1 mm stainless on a steel rivet; shut
        /// flat (in a wallet among bank cards on some), or folded out into a 140–150 mm knife with a
        /// three-layer handle and its locking collar.
        /// </summary>
        private PixelBox CardKnife(double scale)
        {
            var bl = U(60, 66);
            var bh = U(13, 16);
            var bt = U(0.8, 1.0);
            var open = Chance(0.35);
            var wallet = !open && Chance(0.5);
            var pen = Place(open ? 78 : wallet ? 62 : 52, scale);
            var body = new Turned(pen, 0, 0, 0);
            if (open)
            {
                var total = 75.6 + bl;
                var x0 = -total / 2;
                var xb = x0 + 75.6;
                // Handle: the card's panels folded three deep and clipped shut, a pocket clip ridge.
                RoundedRect(body, Organic, 6.6, x0, -9, 85.6, 18, 3);
                body.Rect(Organic, 2.2, x0 + 8, -13, 60, 4);
                body.Rect(Organic, 3, xb - 4, (-bh / 2) - 3, 12, bh + 6);
                BladeOutline(body, xb, bl, bh, bt);
                body.Ellipse(Steel, 3, xb + 4, 0, 1.6, 1.6);
                return pen.Box;
            }

            if (wallet)
            {
                WalletOfCards(pen);
            }

            var card = new Turned(pen, wallet ? U(-4, 4) : 0, wallet ? U(-6, 6) : 0, wallet ? U(-0.05, 0.05) : 0);
            pen.Item(() =>
            {
                RoundedRect(card, Organic, 2.2, -42.8, -27, 85.6, 54, 3);
                // The fold lines and the blade's pocket, where the card is three panels deep.
                card.Line(Organic, 1.5, 0.8, false, (-42.8, -5), (42.8, -5));
                card.Line(Organic, 1.5, 0.8, false, (-42.8, 9), (42.8, 9));
                card.Rect(Organic, 2.2, -38, -25, bl + 8, bh + 3);
                BladeOutline(card, -34, bl, bh, bt, top: -24);
                card.Ellipse(Steel, 3, -31, -24 + (bh / 2), 1.6, 1.6);
            });
            return pen.Box;
        }

        /// <summary>A small blade from its heel at <paramref name="x"/>: spine straight, the edge rising to the point.</summary>
        private static void BladeOutline(Turned part, double x, double l, double h, double t, double? top = null)
        {
            var y = top ?? -h / 2;
            part.Poly(Steel, t, (x, y), (x + (0.72 * l), y), (x + l, y + (0.4 * h)), (x + (0.75 * l), y + h), (x, y + h));
        }

        /// <summary>
        /// An improvised blade: a toothbrush (its head cut off: 150–170 × 11–13 mm polypropylene, 6–8 mm
        /// thick) with one or two razor blades melted into its end: half a double-edged blade (43 × 11 mm,
        /// 0.1 mm stainless), the strip from a disposable razor (37 × 5 mm, 0.08 mm on a 0.3 mm carrier) or a
        /// snap-off segment (18 × 13 mm, 0.5 mm); a lump of melted plastic round them, tape on the grip of some.
        /// </summary>
        private PixelBox ToothbrushShiv(double scale)
        {
            var l = U(150, 170);
            var w = U(11, 13);
            var kind = random.Next(3);
            var pen = Place((l / 2) + 30, scale);
            var x0 = -(l + 25) / 2;
            var xe = x0 + l;
            var t = U(6, 8);
            pen.Poly(Organic, t, (x0, -w / 2), (xe - 30, (-w / 2) + 1.5), (xe, (-w / 2) + 2.5), (xe, (w / 2) - 2.5), (xe - 30, (w / 2) - 1.5), (x0, w / 2));
            pen.Ellipse(Organic, t + 3, xe - 4, 0, U(7, 10), U(7, 9));
            var blades = Chance(0.4) ? 2 : 1;
            for (var b = 0; b < blades; b++)
            {
                var dy = (b - ((blades - 1) / 2.0)) * U(1.5, 3);
                var blade = new Turned(pen, xe - 10, dy, U(-0.15, 0.15));
                switch (kind)
                {
                    case 0:
                        // Half a double-edged blade: along its cut edge the centre slot's half-holes.
                        blade.Rect(Steel, 0.1, 0, -5.5, 43, 11);
                        blade.Rect(Steel, 0.1, 14, -5.5, 15, 2.5);
                        break;
                    case 1:
                        blade.Rect(Steel, 0.3, 0, -1.5, 37, 3.5);
                        blade.Rect(Steel, 0.08, 0, 2, 37, 1.5);
                        break;
                    default:
                        blade.Poly(Steel, 0.5, (0, -6.5), (13, -6.5), (18, 6.5), (5, 6.5));
                        break;
                }
            }

            if (Chance(0.5))
            {
                var wrap = U(50, 80);
                pen.Rect(Organic, U(1.5, 3), x0 + 5, (-w / 2) - 1, wrap, w + 2);
            }

            return pen.Box;
        }

        /// <summary>
        /// Two to six throwing knives: one piece of 420 stainless, 3–5 mm thick, 160–230 mm long, a spear
        /// point 26–38 mm wide tapering into a 16–20 mm handle with two or three holes, paracord wound on the
        /// handle of some; stacked in their nylon sheath with its press stud, or fanned loose.
        /// </summary>
        private PixelBox ThrowingKnives(double scale)
        {
            var count = random.Next(2, 7);
            var l = U(160, 230);
            var w = U(26, 38);
            var hw = U(16, 20);
            var t = U(3, 5);
            var sheathed = Chance(0.5);
            var corded = Chance(0.4);
            var pen = Place((l / 2) + 15, scale);
            var holes = random.Next(2, 4);
            for (var i = 0; i < count; i++)
            {
                var knife = sheathed
                    ? new Turned(pen, U(-2, 2), U(-1.5, 1.5), U(-0.03, 0.03))
                    : new Turned(pen, U(-25, 25), U(-30, 30), U(-0.5, 0.5) + (Chance(0.3) ? Math.PI : 0));
                var x0 = -l / 2;
                var xh = x0 + (0.45 * l);
                // Blade: widest a third of the way along it, to the point.
                knife.Poly(Steel, t, (xh, -hw / 2), (xh + (0.18 * l), -w / 2), (l / 2, 0), (xh + (0.18 * l), w / 2), (xh, hw / 2));
                // Handle: two rails, and between them the steel round the holes (each 9 mm long).
                knife.Rect(Steel, t, x0, -hw / 2, xh - x0, hw * 0.22);
                knife.Rect(Steel, t, x0, hw * 0.28, xh - x0, hw * 0.22);
                var pitch = (xh - x0) / (holes + 1);
                var from = x0;
                for (var k = 1; k <= holes; k++)
                {
                    var hole = x0 + (k * pitch) - 4.5;
                    knife.Rect(Steel, t, from, -hw * 0.28, hole - from, hw * 0.56);
                    from = hole + 9;
                }

                knife.Rect(Steel, t, from, -hw * 0.28, xh - from, hw * 0.56);
                if (corded)
                {
                    knife.Rect(Organic, 8, x0 + 5, (-hw / 2) - 2, (xh - x0) - 10, hw + 4);
                    for (var x = x0 + 8; x < xh - 8; x += 9)
                    {
                        knife.Line(Organic, 4, 2, false, (x, (-hw / 2) - 2), (x + 5, (hw / 2) + 2));
                    }
                }
            }

            if (sheathed)
            {
                RoundedRect(pen, Organic, U(3, 5), (-l / 2) + (0.35 * l), (-w / 2) - 5, (0.65 * l) + 6, w + 10, 8);
                pen.Ellipse(Brass, 2.5, (-l / 2) + (0.35 * l) + 6, 0, 5, 5);
                pen.Ring(Steel, 1.5, 1.2, (-l / 2) + (0.35 * l) + 6, 0, 4, 4);
            }

            return pen.Box;
        }

        /// <summary>
        /// A Swiss-army-style pocket knife, 84–91 × 24–27 mm shut and 13–20 mm deep: two 1.5 mm plastic
        /// scales, aluminium-alloy liners between two to four layers of tools (a 1.4–1.6 mm stainless main
        /// blade about 70 × 14 mm, a small blade, can and bottle openers, an awl, a corkscrew), the steel back
        /// springs along the back, brass rivets, plastic tweezers and toothpick, a split ring on some; the
        /// main blade open on some.
        /// </summary>
        private PixelBox PenKnife(double scale)
        {
            var l = U(84, 91);
            var w = U(24, 27);
            var layers = random.Next(2, 5);
            var open = Chance(0.45);
            var bl = U(65, 70);
            var pen = Place((l / 2) + (open ? bl : 12), scale);
            var body = new Turned(pen, open ? -bl / 2 : 0, 0, 0);
            var r = w * 0.45;
            RoundedRect(body, Organic, 3, -l / 2, -w / 2, l, w, r);
            RoundedRect(body, Aluminium, 1.1 * (layers + 1), (-l / 2) + 0.5, (-w / 2) + 0.5, l - 1, w - 1, r);
            body.Rect(Steel, 1.4 * layers, (-l / 2) + 8, (w / 2) - 5, l - 16, 4.5);
            // The folded tools, one pair of ends per layer, each pivoting on a brass rivet at an end.
            for (var k = 0; k < layers; k++)
            {
                var fromLeft = k % 2 == 0;
                var tl = l * U(0.55, 0.8);
                var tw = w * U(0.35, 0.6);
                var x = fromLeft ? (-l / 2) + 4 : (l / 2) - 4 - tl;
                var y = (-w / 2) + U(3, 6);
                if (k == 0 && !open)
                {
                    BladeOutline(body, (-l / 2) + 6, bl - 6, 13, 1.5, top: (-w / 2) + 3);
                    continue;
                }

                if (k == 1 && Chance(0.5))
                {
                    // A corkscrew: a steel wire helix seen from its side.
                    var coil = Enumerable.Range(0, 9).Select(i => (x + 6 + (i * 3.5), y + 2 + (i % 2 == 0 ? 0 : 5))).ToArray();
                    body.Line(Steel, 1.5, 1.6, false, [(x, y + 3), .. coil]);
                    continue;
                }

                body.Poly(Steel, U(1.2, 1.6), (x, y), (x + tl, y + 1), (x + tl - 4, y + tw), (x, y + tw));
            }

            foreach (var side in new[] { -1.0, 1.0 })
            {
                body.Ellipse(Brass, 1.5 * (layers + 2), side * ((l / 2) - 6), (-w / 2) + 6, 1.5, 1.5);
            }

            body.Ellipse(Brass, 1.5 * (layers + 2), 0, (w / 2) - 4, 1.3, 1.3);
            body.Rect(Organic, 2.5, (-l / 2) + 12, (w / 2) - 5, 45, 3);
            body.Rect(Organic, 2.5, (-l / 2) + 15, (-w / 2) + 2, 45, 2.5);
            if (Chance(0.5))
            {
                body.Ring(Steel, 1.1, 1.2, (-l / 2) - 4, (w / 2) - 4, 7, 7);
            }

            if (open)
            {
                var blade = new Turned(pen, (-bl / 2) + (l / 2) - 6, (-w / 2) + 8, U(-0.05, 0.05));
                BladeOutline(blade, 0, bl, U(13, 15), U(1.4, 1.6), top: -6);
                blade.Rect(Steel, 1.5, -8, -6, 10, 11);
            }

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// A pen gun (a firearm disguised as a pen): a 125–150 mm steel body 12–15 mm across in two screwed
        /// halves, the front half bored for a .22 or .25 round (2.5–4 mm walls), the back half a thin tube
        /// holding the striker and its spring and the cocking pin's slot, a steel pocket clip; a round in the
        /// chamber on most, lying unscrewed in its two halves on some.
        /// </summary>
        private PixelBox PenGun(double scale)
        {
            var total = U(125, 150);
            var d = U(12, 15);
            var lb = total * U(0.4, 0.5);
            var apart = Chance(0.3);
            var pen = Place((total / 2) + (apart ? 25 : 8), scale);
            var bore = d < 13.5 ? 5.7 : 6.4;
            var wall = (d - bore) / 2;
            var x0 = -total / 2;
            var front = apart ? new Turned(pen, U(5, 20), U(-22, -12), U(-0.4, 0.4)) : new Turned(pen, 0, 0, 0);
            var back = apart ? new Turned(pen, U(-20, -5), U(12, 22), U(-0.4, 0.4)) : new Turned(pen, 0, 0, 0);
            // Front half: the barrel with the chamber at its back, a tapered writing end.
            var xf = x0 + total - lb;
            front.Tube(Steel, xf, -d / 2, lb - 8, d, wall);
            front.Poly(Steel, wall * 1.6, (xf + lb - 8, -d / 2), (xf + lb, -bore / 2 - 0.8), (xf + lb, bore / 2 + 0.8), (xf + lb - 8, d / 2));
            front.Rect(Steel, 2 * wall, xf - 6, -d * 0.35, 6, d * 0.7);
            if (Chance(0.75))
            {
                // A round: brass case with its rim, the lead bullet ahead of it.
                var cl = bore < 6 ? 15.6 : 16;
                front.Rect(Brass, 0.6, xf, -bore / 2, cl, bore);
                front.Rect(Brass, 1.5, xf, -bore / 2 - 0.6, 1.2, bore + 1.2);
                front.Poly(Lead, bore * 0.75, (xf + cl, -bore / 2), (xf + cl + 6, -bore / 2), (xf + cl + 10, 0), (xf + cl + 6, bore / 2), (xf + cl, bore / 2));
            }

            // Back half: thin tube, the striker (a 5 mm rod) and its spring, the cocking pin out of the slot.
            var lr = total - lb - 6;
            back.Tube(Steel, x0, -d / 2, lr, d, 0.9);
            back.Cylinder(Steel, x0 + lr - 28, -2.5, 26, 5);
            var spring = Enumerable.Range(0, 16).Select(i => (x0 + 8 + (i * (lr - 40) / 15.0), i % 2 == 0 ? -(d / 2) + 2 : (d / 2) - 2)).ToArray();
            back.Line(Steel, 0.9, 0.9, false, spring);
            back.Rect(Steel, 3, x0 + lr - 18, (-d / 2) - 4, 3, d / 2);
            back.Rect(Steel, 2.5, x0 - 3, -d * 0.4, 4, d * 0.8);
            back.Rect(Steel, 1.2, x0 + 4, (-d / 2) - 2.5, 45, 3.5);
            back.Ellipse(Steel, 3, x0 + 8, (-d / 2) - 1, 3, 2.5);
            return pen.Box;
        }

        /// <summary>
        /// A mini-revolver (NAA .22 class), all stainless: 100–125 mm long and about 65 mm high, a 28–42 mm
        /// barrel 10 mm across, a 22 mm five-shot cylinder 25 mm long loaded with 0–5 brass .22 rounds, a solid
        /// frame 9 mm thick with a spur trigger and no guard, a bird's-head grip of wood or rubber panels; in a
        /// leather belt-buckle holster or in a folding polymer holster grip on some.
        /// </summary>
        private PixelBox MiniRevolver(double scale)
        {
            var bl = U(28, 42);
            var pen = Place(60 + (bl / 2), scale);
            var ox = -bl / 2;
            var axis = -18.0;
            // Frame: top strap, the frame below the cylinder, the recoil shield and the front of the window.
            pen.Rect(Steel, 9, ox - 32, axis - 15, 42, 4);
            pen.Rect(Steel, 9, ox - 32, axis + 11, 44, 9);
            pen.Rect(Steel, 9, ox - 36, axis - 13, 9, 28);
            pen.Rect(Steel, 9, ox + 2, axis - 11, 8, 24);
            // Cylinder and its chambers, a round in some of them (seen from the side, two rows show).
            pen.Cylinder(Steel, ox - 25, axis - 11, 25, 22, 0.55);
            var loaded = random.Next(0, 6);
            for (var c = 0; c < 5; c++)
            {
                if (c >= loaded)
                {
                    continue;
                }

                var y = axis + (7.5 * Math.Sin((c * 2 * Math.PI / 5) + 0.3));
                pen.Rect(Brass, 0.6, ox - 25, y - 2.85, 15.6, 5.7);
                pen.Rect(Lead, 4.5, ox - 9.4, y - 2.8, 8, 5.6);
            }

            // Barrel with its bore, the base pin under it, the hammer spur, the spur trigger.
            pen.Cylinder(Steel, ox + 8, axis - 5, bl, 10, 0.82);
            pen.Rect(Steel, 4, ox + 8, axis + 6, 6, 4);
            pen.Poly(Steel, 6, (ox - 36, axis - 12), (ox - 30, axis - 14), (ox - 40, axis - 24), (ox - 46, axis - 20));
            pen.Poly(Steel, 5, (ox - 20, axis + 20), (ox - 14, axis + 20), (ox - 16, axis + 30), (ox - 21, axis + 29));
            // Bird's-head grip: the frame's grip strap and the two panels over it.
            var grip = new (double X, double Y)[] { (ox - 36, axis + 13), (ox - 22, axis + 20), (ox - 26, axis + 44), (ox - 38, axis + 52), (ox - 50, axis + 45), (ox - 46, axis + 24) };
            pen.Poly(Steel, 4, grip);
            pen.Poly(Organic, Chance(0.5) ? 12 : 14, [.. grip.Select(p => (p.X + 1, p.Y + 1))]);
            switch (random.Next(3))
            {
                case 0:
                    // Belt-buckle holster: two layers of leather over the gun, the brass buckle frame.
                    pen.Rect(Organic, 7, ox - 56, axis - 28, bl + 76, 84);
                    pen.Line(Brass, 3, 4, true, (ox - 58, axis - 30), (ox + bl + 22, axis - 30), (ox + bl + 22, axis + 58), (ox - 58, axis + 58));
                    break;
                case 1:
                    // Folding holster grip: a polymer shell round barrel and cylinder, its steel hinge pin.
                    pen.Rect(Organic, 8, ox - 30, axis - 17, bl + 42, 36);
                    pen.Rect(Steel, 4, ox - 32, axis + 16, 8, 3);
                    break;
                default:
                    break;
            }

            return pen.Box;
        }

        /// <summary>
        /// A CO2 air pistol made to look like a service pistol: 180–215 × 130–145 mm, a die-cast zinc-alloy
        /// slide and frame (hollow shells of 2.5–3 mm walls), a thin steel smoothbore liner of 8 mm, a 12 g
        /// CO2 capsule (83 × 18.6 mm, 1.5 mm steel wall) up the grip under plastic panels with its piercing
        /// screw, and either a drop-out magazine of 15–20 steel BBs (4.5 mm) or an 8-shot rotary clip of
        /// lead pellets at the breech.
        /// </summary>
        private PixelBox AirPistol(double scale)
        {
            var l = U(180, 215);
            var sh = U(28, 32);
            var grip = U(95, 110);
            var pen = Place((l / 2) + 10, scale);
            var rake = Math.Tan(U(14, 20) * Math.PI / 180);
            var x0 = -l / 2;
            var y0 = -((sh + grip) / 2) + 15;
            var walls = U(5, 6);
            pen.Rect(ZincAlloy, walls, x0, y0, l, sh);
            pen.Rect(ZincAlloy, walls * 2, x0, y0, l, 2.5);
            pen.Tube(Steel, x0 + 15, y0 + (sh * 0.3), l - 18, 8, 0.4);
            pen.Rect(ZincAlloy, walls, x0 + 12, y0 + sh, l - 45, 13);
            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(a => (x0 + 75 + (22 * Math.Cos(a)), y0 + sh + 11 + (16 * Math.Sin(a)))).ToArray();
            pen.Line(ZincAlloy, 5, 5, false, guard);
            pen.Poly(Steel, 3, (x0 + 68, y0 + sh + 12), (x0 + 73, y0 + sh + 12), (x0 + 70, y0 + sh + 24), (x0 + 66, y0 + sh + 24));
            // Grip: a zinc shell, plastic panels, the capsule up its middle.
            var gx = x0 + 10;
            var gy = y0 + sh + 8;
            var outline = new (double X, double Y)[] { (gx, gy - 4), (gx + 38, gy - 4), (gx + 38 - (grip * rake), gy + grip), (gx - 4 - (grip * rake), gy + grip) };
            pen.Poly(ZincAlloy, walls * 0.8, outline);
            pen.Poly(Organic, 10, outline);
            var along = new Turned(pen, gx + 17 - ((grip / 2) * rake), gy + (grip / 2), (Math.PI / 2) + Math.Atan(rake));
            // Along the grip (+x down it): the capsule, its neck up against the piercing pin, the screw under it.
            along.Tube(Steel, -34, -9.3, 75, 18.6, 1.5);
            along.Poly(Steel, 3, (-34, -9.3), (-42, -4), (-42, 4), (-34, 9.3));
            along.Cylinder(Steel, (grip / 2) - 13, -5, 12, 10);
            var pellets = Chance(0.4);
            if (!pellets)
            {
                // The BB magazine: a steel channel along the grip's front, the balls in it, its follower spring.
                along.Rect(Steel, 1.2, -40, -17, 82, 7);
                var balls = random.Next(0, 21);
                for (var i = 0; i < balls; i++)
                {
                    along.Ellipse(Steel, 3.6, -38 + (i * 4.5), -13.5, 2.25, 2.25);
                }
            }
            else
            {
                // Rotary clip at the breech: a plastic drum with the pellets' lead heads round it.
                pen.Rect(Organic, 8, x0 + l - 70, y0 + 2, 10, sh - 4);
                for (var i = 0; i < 4; i++)
                {
                    pen.Rect(Lead, 2.5, x0 + l - 69, y0 + 4 + (i * ((sh - 10) / 3)), 6, 4.5);
                }
            }

            pen.Poly(ZincAlloy, 6, (x0, y0 - 2), (x0 + 10, y0 - 2), (x0 + 6, y0 - 10), (x0 - 2, y0 - 8));
            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>
        /// A credit-card phone: 86–95 × 54–58 mm and 5–6.5 mm thick (ABS both sides, 0.8 mm), a 250–500 mAh
        /// Li-ion pouch (40–50 × 30–40 × 3–4 mm), a keypad board with a shield can, a 1-inch display on glass,
        /// a 10 mm speaker and a micro-USB socket; hidden among bank cards in a wallet on some.
        /// </summary>
        private PixelBox CardPhone(double scale)
        {
            var l = U(86, 95);
            var w = U(54, 58);
            var wallet = Chance(0.45);
            var pen = Place(wallet ? 64 : (l / 2) + 4, scale);
            if (wallet)
            {
                WalletOfCards(pen);
            }

            var phone = new Turned(pen, wallet ? U(-4, 4) : 0, wallet ? U(-6, 6) : 0, wallet ? U(-0.06, 0.06) : 0);
            pen.Item(() =>
            {
                RoundedRect(phone, Organic, 1.6, -l / 2, -w / 2, l, w, 4);
                phone.Line(Organic, 5, 1, true, RoundedOutline((-l / 2) + 0.5, (-w / 2) + 0.5, l - 1, w - 1, 4));
                var cl = U(40, 50);
                var cw = U(30, 40);
                var ct = U(3, 4);
                phone.Rect(Steel, 0.15 * ct, (l / 2) - cl - 4, (-cw / 2) + 2, cl, cw);
                phone.Rect(Mixed, 0.85 * ct, (l / 2) - cl - 4, (-cw / 2) + 2, cl, cw);
                // Board under the keypad and display; its shield, the key domes, the speaker and socket.
                phone.Rect(Mixed, 1.2, (-l / 2) + 3, (-w / 2) + 3, l * 0.45, w - 6);
                phone.Rect(Steel, 0.4, (-l / 2) + 6, (-w / 2) + 5, 12, 10);
                for (var r = 0; r < 4; r++)
                {
                    for (var c = 0; c < 3; c++)
                    {
                        phone.Ellipse(Steel, 0.1, (-l / 2) + 22 + (r * 5.5), (-w / 2) + 14 + (c * 9), 1.8, 1.8);
                    }
                }

                phone.Rect(Glass, 0.7, (-l / 2) + 5, (w / 2) - 22, 25, 18);
                phone.Ellipse(Steel, 1.8, (l / 2) - 10, (-w / 2) + 8, 5, 5);
                phone.Rect(Steel, 1.8, (-l / 2) - 0.5, -4, 3, 8);
                for (var i = random.Next(2, 6); i > 0; i--)
                {
                    phone.Rect(Steel, 1, U((-l / 2) + 4, (-l / 2) + 30), U((-w / 2) + 4, (w / 2) - 8), U(1.5, 4), U(1.5, 4));
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// A phone sealed in a food tin (73 × 110 mm, 0.2 mm tinplate, rolled double seams): one or two
        /// thumb-sized phones or a compact feature phone, a charging lead, packed round with rice or kitchen
        /// paper; the tin standing on its end (the beam down its length: the wall edge-on as a dark ring) or
        /// lying on its side.
        /// </summary>
        private PixelBox PhoneInTin(double scale)
        {
            const double d = 73;
            const double h = 110;
            var standing = Chance(0.5);
            var pen = Place(standing ? 40 : 58, scale);
            var tin = new Turned(pen, 0, 0, 0);
            var rice = Chance(0.6);
            if (standing)
            {
                tin.Ellipse(Steel, 0.4, 0, 0, d / 2, d / 2);
                // The wall edge-on: 110 mm of 0.2 mm tinplate inside a 1 mm line; the two seams.
                tin.Ring(Steel, 0.2 * h, 1, 0, 0, (d / 2) - 0.5, (d / 2) - 0.5);
                tin.Ring(Steel, 3, 2, 0, 0, (d / 2) + 0.5, (d / 2) + 0.5);
                tin.Ellipse(Organic, rice ? U(50, 70) : U(8, 15), 0, 0, (d / 2) - 1, (d / 2) - 1);
                var phones = random.Next(1, 3);
                for (var i = 0; i < phones; i++)
                {
                    var pl = U(46, 58);
                    var pw = U(20, 25);
                    pen.Item(() => ThumbPhone(new Turned(pen, U(-4, 4), (i - ((phones - 1) / 2.0)) * 26, U(-0.2, 0.2)), pl, pw, battery: Chance(0.8)));
                }

                if (Chance(0.6))
                {
                    CoiledLead(pen, U(-8, 8), U(-8, 8), U(18, 26));
                }

                return pen.Box;
            }

            tin.Tube(Steel, -h / 2, -d / 2, h, d, 0.2);
            // Lids and seams edge-on: each crossed along a 73 mm chord, drawn as 1 mm lines.
            tin.Rect(Steel, 0.2 * d * 0.8, -h / 2, -d / 2, 1, d);
            tin.Rect(Steel, 0.2 * d * 0.8, (h / 2) - 1, -d / 2, 1, d);
            tin.Rect(Steel, 3, (-h / 2) - 1.5, (-d / 2) - 0.5, 3, d + 1);
            tin.Rect(Steel, 3, (h / 2) - 1.5, (-d / 2) - 0.5, 3, d + 1);
            tin.Cylinder(Organic, (-h / 2) + 1, (-d / 2) + 1, h - 2, d - 2, rice ? U(0.6, 0.8) : U(0.1, 0.2));
            if (Chance(0.5))
            {
                pen.Item(() => ThumbPhone(new Turned(pen, U(-15, 15), U(-8, 8), U(-0.3, 0.3)), U(50, 72), U(20, 27), battery: true));
            }
            else
            {
                var phone = new Turned(pen, 0, U(-4, 4), U(-0.05, 0.05));
                var pl = U(95, 100);
                var pw = U(44, 48);
                pen.Item(() => ThumbPhone(phone, pl, pw, battery: Chance(0.85)));
            }

            if (Chance(0.5))
            {
                CoiledLead(pen, U(-25, 25), U(-10, 10), U(14, 20));
            }

            return pen.Box;
        }

        /// <summary>
        /// A smuggler's package of phones in parts: one to three thumb-sized phones (46–72 × 20–27 mm), most
        /// with their batteries taken out and lying beside them (pouch cells 30–40 × 20–25 × 4–5 mm), one to
        /// three SIMs, a micro-USB lead, bound in 5–15 turns of cling film and a layer or two of brown parcel
        /// tape into a block of about 90–130 × 60–90 mm.
        /// </summary>
        private PixelBox WrappedPhoneBundle(double scale)
        {
            var bl = U(90, 130);
            var bw = U(60, 90);
            var pen = Place((bl / 2) + 8, scale);
            var phones = random.Next(1, 4);
            for (var i = 0; i < phones; i++)
            {
                var pl = U(46, Math.Min(72, bl - 20));
                var pw = U(20, 27);
                var at = new Turned(pen, U(-bl / 4, bl / 4) * 0.5, ((i - ((phones - 1) / 2.0)) * (bw / 3.2)) + U(-3, 3), U(-0.25, 0.25) + (Chance(0.5) ? Math.PI : 0));
                var apart = Chance(0.7);
                ThumbPhone(at, pl, pw, battery: !apart);
                if (apart)
                {
                    var cell = new Turned(pen, U(-bl / 3, bl / 3), U(-bw / 3, bw / 3), U(0, Math.PI));
                    var cl = U(30, 40);
                    var cw = U(20, 25);
                    cell.Rect(Steel, 0.7, -cl / 2, -cw / 2, cl, cw);
                    cell.Rect(Mixed, 3.8, -cl / 2, -cw / 2, cl, cw);
                    cell.Rect(Mixed, 1.2, cl / 2, (-cw / 2) + 2, 3, cw - 4);
                    cell.Rect(Steel, 0.8, (cl / 2) + 0.5, -4, 2, 8);
                }
            }

            for (var i = random.Next(1, 4); i > 0; i--)
            {
                var (sl, sw) = random.Next(3) switch
                {
                    0 => (12.3, 8.8),
                    1 => (15.0, 12.0),
                    _ => (25.0, 15.0),
                };
                SimOutline(new Turned(pen, U(-bl / 3, bl / 3), U(-bw / 3, bw / 3), U(0, 2 * Math.PI)), sl, sw);
            }

            if (Chance(0.7))
            {
                CoiledLead(pen, U(-bl / 5, bl / 5), U(-bw / 6, bw / 6), U(15, Math.Min(25, bw / 2.5)));
            }

            // The wrapping: cling film turns (0.012 mm each, both faces) and parcel tape (0.06 mm with its glue).
            var turns = random.Next(5, 16);
            RoundedRect(pen, Organic, (turns * 0.024) + (random.Next(2, 5) * 0.12), -bl / 2, -bw / 2, bl, bw, 10);
            pen.Line(Organic, turns * 0.3, 2.5, true, RoundedOutline(-bl / 2, -bw / 2, bl, bw, 10));
            return pen.Box;
        }

        /// <summary>
        /// A phone sewn into a soft toy: a 250–350 mm plush dog or bear (polyester fibre fill, 6–14 mm
        /// effective), a thumb-sized or compact phone pushed into its body among the stuffing, its charging
        /// lead beside it on some; plastic safety eyes, a stitched seam where it was opened.
        /// </summary>
        private PixelBox PhoneInSoftToy(double scale)
        {
            var s = U(250, 350);
            var pen = Place(s / 2, scale);
            var toy = new Turned(pen, 0, 0, 0);
            var fill = U(6, 14);
            if (Chance(0.5))
            {
                // A dog lying on its front: body, head, ears, four legs, tail.
                toy.Ellipse(Organic, fill * 1.3, 0, 0, s * 0.3, s * 0.16);
                toy.Ellipse(Organic, fill, s * 0.33, -s * 0.1, s * 0.13, s * 0.11);
                toy.Ellipse(Organic, fill * 0.6, s * 0.28, -s * 0.2, s * 0.05, s * 0.09);
                toy.Ellipse(Organic, fill * 0.6, s * 0.41, -s * 0.18, s * 0.05, s * 0.09);
                foreach (var (lx, ly) in new[] { (-0.2, 0.15), (-0.08, 0.17), (0.12, 0.16), (0.22, 0.14) })
                {
                    toy.Ellipse(Organic, fill * 0.8, s * lx, s * ly, s * 0.04, s * 0.07);
                }

                toy.Ellipse(Organic, fill * 0.5, -s * 0.33, -s * 0.08, s * 0.07, s * 0.025);
                toy.Ellipse(Organic, 6, s * 0.36, -s * 0.12, 4, 4);
                toy.Ellipse(Organic, 6, s * 0.3, -s * 0.12, 4, 4);
            }
            else
            {
                // A bear sitting: body, head, ears, arms, legs.
                toy.Ellipse(Organic, fill * 1.3, 0, s * 0.1, s * 0.2, s * 0.25);
                toy.Ellipse(Organic, fill, 0, -s * 0.27, s * 0.16, s * 0.14);
                toy.Ellipse(Organic, fill * 0.6, -s * 0.13, -s * 0.39, s * 0.05, s * 0.05);
                toy.Ellipse(Organic, fill * 0.6, s * 0.13, -s * 0.39, s * 0.05, s * 0.05);
                toy.Ellipse(Organic, fill * 0.8, -s * 0.24, s * 0.04, s * 0.07, s * 0.13);
                toy.Ellipse(Organic, fill * 0.8, s * 0.24, s * 0.04, s * 0.07, s * 0.13);
                toy.Ellipse(Organic, fill * 0.8, -s * 0.12, s * 0.38, s * 0.09, s * 0.08);
                toy.Ellipse(Organic, fill * 0.8, s * 0.12, s * 0.38, s * 0.09, s * 0.08);
                toy.Ellipse(Organic, 6, -s * 0.05, -s * 0.29, 4, 4);
                toy.Ellipse(Organic, 6, s * 0.05, -s * 0.29, 4, 4);
            }

            var compact = Chance(0.4);
            var l = compact ? U(100, 120) : U(46, 72);
            var w = compact ? U(48, 56) : U(20, 27);
            var phone = new Turned(pen, U(-s * 0.06, s * 0.06), U(0, s * 0.1), U(0, 2 * Math.PI));
            if (compact)
            {
                pen.Item(() => Handset(phone, l, w, metal: false));
            }
            else
            {
                pen.Item(() => ThumbPhone(phone, l, w, battery: true));
            }

            phone.Line(Organic, 1.5, 1, false, (-l / 2, (-w / 2) - 6), (l / 2, (-w / 2) - 6));
            if (Chance(0.4))
            {
                CoiledLead(pen, U(-s * 0.08, s * 0.08), U(-s * 0.02, s * 0.12), U(12, 18));
            }

            return pen.Box;
        }

        // ---- ammunition -----------------------------------------------------------------------

        /// <summary>
        /// Steel-cased rounds: 7.62 × 39 (a 38.7 mm lacquered steel case of 11.3 mm, 0.4–0.6 mm walls and a
        /// solid head, a bimetal-jacketed 7.9 mm bullet with a lead or mild-steel core, 56 mm overall) or
        /// 9 × 19 (19 mm case, 9.9 mm, 29.7 mm overall); 4–14 loose, or 20 in their card box in two layers,
        /// heads alternating.
        /// </summary>
        private PixelBox SteelCaseRounds(double scale)
        {
            var rifle = Chance(0.6);
            var (caseLength, d, bulletOut, bd) = rifle ? (38.7, 11.3, 17.3, 7.9) : (19.15, 9.9, 10.5, 9.0);
            var total = caseLength + bulletOut;
            var boxed = Chance(0.35);
            var steelCore = rifle && Chance(0.5);
            var pen = Place(boxed ? (rifle ? 65 : 40) : 58, scale);
            if (boxed)
            {
                // Two layers of ten: the second layer's heads the other way, half a pitch across.
                var pitch = d + 0.8;
                var bw = (10 * pitch) + 4;
                var bh = total + 6;
                pen.Rect(Organic, 1.2, -bh / 2, -bw / 2, bh, bw);
                pen.Line(Organic, 12, 0.8, true, (-bh / 2, -bw / 2), (bh / 2, -bw / 2), (bh / 2, bw / 2), (-bh / 2, bw / 2));
                var count = random.Next(8, 21);
                for (var i = 0; i < count; i++)
                {
                    var layer = i / 10;
                    var y = (-bw / 2) + 2 + (pitch / 2) + ((i % 10) * pitch) + (layer * pitch * 0.5);
                    SteelCaseRound(new Turned(pen, 0, Math.Min(y, (bw / 2) - (pitch / 2)), layer == 0 ? 0 : Math.PI), caseLength, d, bulletOut, bd, steelCore);
                }

                return pen.Box;
            }

            for (var i = random.Next(4, 15); i > 0; i--)
            {
                SteelCaseRound(new Turned(pen, U(-30, 30), U(-30, 30), U(0, 2 * Math.PI)), caseLength, d, bulletOut, bd, steelCore);
            }

            return pen.Box;
        }

        /// <summary>One steel-cased round centred on its part's origin, bullet toward +x.</summary>
        private static void SteelCaseRound(Turned round, double caseLength, double d, double bulletOut, double bd, bool steelCore)
        {
            var x = -(caseLength + bulletOut) / 2;
            var shoulder = caseLength * (d > 10.5 ? 0.78 : 1);
            // Case: solid head, 0.45 mm walls tapering toward the shoulder, the powder inside.
            round.Rect(Steel, 0.8 * d, x, -d / 2, 2.5, d);
            round.Rect(Steel, 0.3 * d, x + 2.5, -d / 2, 2, d);
            round.Poly(Steel, 0.9, (x + 4.5, -d / 2), (x + shoulder, (-d / 2) + 0.6), (x + shoulder, (d / 2) - 0.6), (x + 4.5, d / 2));
            round.Rect(Steel, 2.5, x + 4.5, -d / 2, shoulder - 4.5, 1.2);
            round.Rect(Steel, 2.5, x + 4.5, (d / 2) - 1.2, shoulder - 4.5, 1.2);
            round.Cylinder(Organic, x + 4.5, (-d / 2) + 0.6, shoulder - 6, d - 1.2, 0.9);
            if (shoulder < caseLength)
            {
                round.Poly(Steel, 1.2, (x + shoulder, (-d / 2) + 0.6), (x + shoulder + 4, -bd / 2 - 0.4), (x + caseLength, -bd / 2 - 0.4), (x + caseLength, bd / 2 + 0.4), (x + shoulder + 4, bd / 2 + 0.4), (x + shoulder, (d / 2) - 0.6));
            }

            // Bullet: the core (lead, or a mild-steel rod in a lead sleeve) inside a steel-clad jacket, from
            // inside the neck to the point.
            var xb = x + caseLength - 6;
            var bl = bulletOut + 6;
            var core = new (double X, double Y)[] { (xb, -bd / 2), (xb + (bl * 0.55), -bd / 2), (xb + bl, 0), (xb + (bl * 0.55), bd / 2), (xb, bd / 2) };
            round.Poly(Lead, bd * (steelCore ? 0.25 : 0.6), core);
            if (steelCore)
            {
                round.Poly(Steel, bd * 0.5, (xb + 2, -bd * 0.3), (xb + (bl * 0.6), -bd * 0.3), (xb + (bl * 0.9), 0), (xb + (bl * 0.6), bd * 0.3), (xb + 2, bd * 0.3));
            }

            round.Poly(Steel, 1.4, core);
        }

        // ---- SIM cards ------------------------------------------------------------------------

        /// <summary>
        /// A SIM hidden in a bar of soap: a nano, micro or mini card (or two) pushed into a slit in a 85–100 ×
        /// 55–65 × 25–32 mm bar (about 1.05 g/cm³, a twelfth of it sodium) and smoothed over, lying flat or
        /// standing on its edge inside; bare, in its paper wrapper, or in a plastic travel soap box.
        /// </summary>
        private PixelBox SimInSoap(double scale)
        {
            var l = U(85, 100);
            var w = U(55, 65);
            var t = U(25, 32);
            var boxed = Chance(0.35);
            var pen = Place((l / 2) + (boxed ? 10 : 4), scale);
            var soap = new Turned(pen, 0, 0, 0);
            // Rounded edges: the full depth in the middle, less toward the rim.
            RoundedRect(soap, Organic, t * 0.45, -l / 2, -w / 2, l, w, 14);
            RoundedRect(soap, Organic, t * 0.55, (-l / 2) + 5, (-w / 2) + 5, l - 10, w - 10, 10);
            RoundedRect(soap, Mixed, t * 0.03, -l / 2, -w / 2, l, w, 14);
            if (boxed)
            {
                RoundedRect(soap, Organic, 3, (-l / 2) - 6, (-w / 2) - 6, l + 12, w + 12, 12);
                soap.Line(Organic, t * 0.8, 2, true, RoundedOutline((-l / 2) - 6, (-w / 2) - 6, l + 12, w + 12, 12));
            }
            else if (Chance(0.5))
            {
                // A paper wrapper, two layers, close round the bar.
                RoundedRect(soap, Organic, 0.3, (-l / 2) - 1, (-w / 2) - 1, l + 2, w + 2, 15);
            }

            for (var i = Chance(0.25) ? 2 : 1; i > 0; i--)
            {
                var (sl, sw) = random.Next(3) switch
                {
                    0 => (12.3, 8.8),
                    1 => (15.0, 12.0),
                    _ => (25.0, 15.0),
                };
                var sim = new Turned(pen, U((-l / 2) + 18, (l / 2) - 18), U((-w / 2) + 14, (w / 2) - 14), U(0, 2 * Math.PI));
                if (Chance(0.6))
                {
                    pen.Item(() => SimOutline(sim, sl, sw));
                }
                else
                {
                    pen.Item(() =>
                    {
                        // On its edge: the beam runs across the card's width through the 0.75 mm PVC, the
                        // contacts' copper and the die, all inside a 0.8 mm line.
                        sim.Rect(Organic, sw, -sl / 2, -0.4, sl, 0.8);
                        sim.Rect(Brass, 0.35, -Math.Min(sl - 1, 11.5) / 2, -0.4, Math.Min(sl - 1, 11.5), 0.8);
                        sim.Rect(Mixed, 1.2, -2.5, -0.4, 5, 0.8);
                    });
                }
            }

            return pen.Box;
        }

        // ---- syringes -------------------------------------------------------------------------

        /// <summary>
        /// An all-glass reusable syringe (2, 5 or 10 ml: barrel 9.5–16 mm across, 55–85 mm long, 1.2–1.6 mm
        /// borosilicate walls) with its ground-glass plunger (a closed glass tube, 1.5 mm wall) drawn out part
        /// way, a nickel-plated brass Luer-lock tip and finger grip on some, a 21–23 G needle 25–40 mm on a
        /// brass hub; loose, or in its 0.4 mm stainless sterilising box.
        /// </summary>
        private PixelBox GlassSyringe(double scale)
        {
            var (d, barrel) = random.Next(3) switch
            {
                0 => (9.5, 55.0),
                1 => (12.5, 65.0),
                _ => (16.0, 85.0),
            };
            var wall = U(1.2, 1.6);
            var drawn = U(0, 0.7) * barrel;
            var needle = U(25, 40);
            var boxed = Chance(0.3);
            var total = barrel + drawn + 25 + needle;
            var pen = Place((total / 2) + 10, scale);
            var x0 = (-total / 2) + drawn + 12;
            pen.Item(() =>
            {
                pen.Tube(Glass, x0, -d / 2, barrel, d, wall);
                var metal = Chance(0.6);
                if (metal)
                {
                    // Brass finger grip at the open end, the Luer-lock collar at the tip.
                    pen.Rect(Brass, 1.2, x0 - 1, -d * 0.9, 4, d * 1.8);
                    pen.Tube(Brass, x0 + barrel, -4.5, 9, 9, 0.5);
                }
                else
                {
                    pen.Rect(Glass, 3, x0 - 1, -d * 0.75, 3, d * 1.5);
                }

                pen.Cylinder(Glass, x0 + barrel, -2, 9, 4, 0.8);
                // The plunger: a closed glass tube fitting the bore, its front drawn back from the tip, its knob behind.
                var bore = d - (2 * wall);
                var length = barrel * 0.95;
                var rear = x0 + barrel - 2 - drawn - length;
                pen.Tube(Glass, rear, -bore / 2, length, bore, 1.5);
                pen.Rect(Glass, bore * 0.8, rear + length - 2, -bore / 2, 2, bore);
                pen.Rect(Glass, d * 0.8, rear - 4, -bore * 0.45, 4, bore * 0.9);
                // Needle: brass hub on the tip, fine steel tube.
                var hub = x0 + barrel + 8;
                pen.Cylinder(Brass, hub, -3, 10, 6, 0.5);
                pen.Line(Steel, 0.5, 0.7, false, (hub + 10, 0), (hub + 10 + needle, 0));
            });
            if (boxed)
            {
                var bl = total + 12;
                var bw = d + 14;
                pen.Rect(Steel, 0.8, (-total / 2) - 6, -bw / 2, bl, bw);
                pen.Line(Steel, 12, 1, true, ((-total / 2) - 6, -bw / 2), ((total / 2) + 6, -bw / 2), ((total / 2) + 6, bw / 2), ((-total / 2) - 6, bw / 2));
            }

            return pen.Box;
        }

        // ---- lithium batteries ----------------------------------------------------------------

        /// <summary>
        /// Lithium primary cells: two to eight lithium iron-disulphide AA or AAA cells (50.5 × 14.5, 44.5 ×
        /// 10.5 mm: a 0.25 mm steel can round a wound roll of lithium foil, separator and pyrite on aluminium
        /// foil about a hollow core, lighter than an alkaline cell) or one to four CR123A cells (34.5 × 17 mm,
        /// lithium and manganese dioxide); loose, or in their blister pack.
        /// </summary>
        private PixelBox LithiumPrimaryCells(double scale)
        {
            var kind = random.Next(3);
            var (length, d) = kind switch
            {
                0 => (50.5, 14.5),
                1 => (44.5, 10.5),
                _ => (34.5, 17.0),
            };
            var count = kind == 2 ? random.Next(1, 5) : random.Next(2, 9);
            var carded = Chance(0.45);
            var pen = Place(carded ? (count * (d + 1.5) / 2) + 12 : 48, scale);
            if (carded)
            {
                var cw = (count * (d + 1.5)) + 10;
                // The card (0.5 mm board) with the PET blister bonded over its face.
                pen.Rect(Organic, 0.9, (-length / 2) - 12, -cw / 2, length + 24, cw);
                pen.Line(Organic, 2, 1, true, ((-length / 2) - 3, (-cw / 2) + 3), ((length / 2) + 3, (-cw / 2) + 3), ((length / 2) + 3, (cw / 2) - 3), ((-length / 2) - 3, (cw / 2) - 3));
            }

            for (var i = 0; i < count; i++)
            {
                var cell = carded
                    ? new Turned(pen, 0, (i - ((count - 1) / 2.0)) * (d + 1.5), i % 2 == 0 ? 0 : Math.PI)
                    : new Turned(pen, U(-28, 28), U(-28, 28), U(0, 2 * Math.PI));
                pen.Item(() =>
                {
                    cell.Tube(Steel, -length / 2, -d / 2, length, d, 0.25);
                    cell.Cylinder(Organic, (-length / 2) + 1.5, (-d / 2) + 0.4, length - 5, d - 0.8, 0.5);
                    cell.Cylinder(Mixed, (-length / 2) + 1.5, (-d / 2) + 0.4, length - 5, d - 0.8, kind == 2 ? 0.55 : 0.35);
                    cell.Cylinder(Steel, (-length / 2) + 1.5, (-d / 2) + 0.4, length - 5, d - 0.8, kind == 2 ? 0.02 : 0.04);
                    // The cap: vent, PTC and cap discs edge-on, the positive button; the bottom's insulator.
                    cell.Rect(Steel, 1.8, (length / 2) - 3, -d * 0.4, 2.5, d * 0.8);
                    cell.Rect(Steel, 1.5, length / 2, -2.8, 1.2, 5.6);
                    cell.Rect(Organic, 0.4, (-length / 2) - 0.2, (-d / 2) - 0.2, length + 0.4, d + 0.4);
                });
            }

            return pen.Box;
        }

        // ---- tools ----------------------------------------------------------------------------

        /// <summary>
        /// Locking pliers (mole grips), 175–250 mm: forged jaws 8–10 mm thick (curved with teeth, or long
        /// nose), the fixed handle a U-channel of 1.8–2.2 mm pressed steel with the 8–10 mm adjusting screw and
        /// its knurled knob in its end, the moving handle another channel with its release lever, the toggle
        /// link and the tension spring; locked shut or open.
        /// </summary>
        private PixelBox LockingPliers(double scale)
        {
            var l = U(175, 250);
            var sheet = U(1.8, 2.2);
            var jawT = U(8, 10);
            var open = U(0, 0.35);
            var pen = Place((l / 2) + 15, scale);
            var jl = l * U(0.2, 0.26);
            var xp = (l / 2) - jl;
            var nose = Chance(0.3);
            var hl = l - jl;
            // Fixed jaw with its teeth (or a long nose), the fixed handle channel back from it.
            var upper = new List<(double X, double Y)> { (xp - 8, -12), (xp + (jl * 0.5), -11), (l / 2, nose ? -4 : -7) };
            for (var x = l / 2; x > xp; x -= 3)
            {
                upper.Add((x, nose ? -0.5 : -1.5));
                upper.Add((x - 1.5, nose ? -1.5 : -3));
            }

            upper.Add((xp - 8, -2));
            pen.Poly(Steel, jawT, [.. upper]);
            pen.Rect(Steel, 2 * sheet, -l / 2, -14, hl - 5, 12);
            pen.Rect(Steel, 10, -l / 2, -14, hl - 5, sheet);
            pen.Cylinder(Steel, (-l / 2) - 25, -12.5, 45, 9);
            pen.Cylinder(Steel, (-l / 2) - 40, -15, 16, 14, 0.9);
            // The moving jaw and handle turn about the pivot at the jaw's heel.
            var lower = new Turned(pen, xp, 2, open);
            var jaw = new List<(double X, double Y)> { (-6, 0), (jl * 0.5, 9), (jl, nose ? 3 : 5) };
            for (var x = jl; x > 0; x -= 3)
            {
                jaw.Add((x, nose ? 0.5 : 1.5));
                jaw.Add((x - 1.5, nose ? 1.5 : 3));
            }

            lower.Poly(Steel, jawT, [.. jaw]);
            lower.Ellipse(Steel, 12, 0, 2, 3.5, 3.5);
            var down = new Turned(pen, xp - 12, 4, open * 0.6);
            down.Poly(Steel, 2 * sheet, (0, 0), (0, 12), (-hl + 30, 22), (-hl + 25, 10));
            down.Line(Steel, 10, sheet, false, (0, 12), (-hl + 30, 22));
            down.Poly(Steel, 2.5, (-hl * 0.5, 14), (-hl + 35, 26), (-hl + 30, 30), (-hl * 0.5, 18));
            // Toggle link between the handles; the tension spring from the moving jaw back into the fixed handle.
            pen.Line(Steel, 2 * sheet, 6, false, ((-l / 2) + 25, -6), (xp - 40, 8 + (open * 30)));
            var coils = Enumerable.Range(0, 14).Select(i => (xp - 40 + (i * 3.0), i % 2 == 0 ? -4.0 : 2.0)).ToArray();
            pen.Line(Steel, 1.6, 1.5, false, coils);
            return pen.Box;
        }

        /// <summary>
        /// A tape measure: a 5 or 8 m steel tape (19–25 mm wide, 0.12–0.15 mm) wound on a hub with its spiral
        /// return spring, in a 60–80 mm ABS case (rubber over-moulding on some) with a steel belt clip and a
        /// riveted steel end hook; lying on its side (the beam down the coil's axis, through the whole width
        /// of the tape: a dark ring) or on its back, a length pulled out on some.
        /// </summary>
        private PixelBox TapeMeasure(double scale)
        {
            var eight = Chance(0.4);
            var (tapeW, tapeT, metres) = eight ? (U(25, 27), 0.15, 8.0) : (U(19, 25), 0.12, 5.0);
            const double hub = 12;
            const double packing = 0.85;
            var coil = Math.Sqrt((metres * 1000 * tapeT / packing / Math.PI) + (hub * hub));
            var size = (2 * coil) + U(14, 20);
            var depth = tapeW + 12;
            var pulled = Chance(0.4) ? U(30, 250) : 0;
            var pen = Place((size / 2) + (pulled / 2) + 10, scale);
            var body = new Turned(pen, -pulled / 2, 0, 0);
            var side = Chance(0.65);
            if (side)
            {
                RoundedRect(body, Organic, 5, -size / 2, -size / 2, size + 6, size, 14);
                body.Line(Organic, depth * 0.8, 2.5, true, RoundedOutline(-size / 2, -size / 2, size + 6, size, 14));
                if (Chance(0.5))
                {
                    body.Line(Organic, 6, 6, true, RoundedOutline((-size / 2) - 2, (-size / 2) - 2, size + 10, size + 4, 15));
                }

                // The wound tape: its whole width along the beam, wherever the coil is.
                body.Ring(Steel, tapeW * packing, coil - hub, 0, 0, (coil + hub) / 2, (coil + hub) / 2);
                body.Ring(Steel, tapeW * 0.4, 6, 0, 0, hub - 3, hub - 3);
                body.Ellipse(Steel, 3, 0, 0, 2.5, 2.5);
                body.Rect(Steel, 1.5, (-size / 2) + 4, -10, 30, 20);
            }
            else
            {
                // On its back: the coil seen edge-on, the tape's chord through it band by band.
                RoundedRect(body, Organic, 2 * 2.5, -size / 2, -depth / 2, size + 6, depth, 6);
                body.Line(Organic, size * 0.6, 2.5, true, RoundedOutline(-size / 2, -depth / 2, size + 6, depth, 6));
                // At a distance x from the axis the beam crosses the annulus along 2(√(c² − x²) − √(hub² − x²)).
                const int bands = 6;
                for (var i = 0; i < bands; i++)
                {
                    var x = coil * (i + 0.5) / bands;
                    var chord = 2 * (Math.Sqrt((coil * coil) - (x * x)) - (x < hub ? Math.Sqrt((hub * hub) - (x * x)) : 0));
                    foreach (var s in new[] { -1.0, 1.0 })
                    {
                        var left = s < 0 ? -coil * (i + 1) / bands : coil * i / bands;
                        body.Rect(Steel, chord * packing, left, (-tapeW / 2) + 0.5, coil / bands, tapeW - 1);
                    }
                }

                body.Rect(Steel, 1.5, -size / 2, (depth / 2) - 2, 40, 3);
            }

            // The mouth, the end hook and any tape pulled out (lying face-on: its thickness and its curve).
            var xm = (size / 2) + 6;
            body.Rect(Steel, 1, xm - 2, (-tapeW / 2) - 2, 2, tapeW + 4);
            if (pulled > 0)
            {
                body.Rect(Steel, tapeT * 2, xm, -tapeW / 2, pulled, tapeW);
            }

            body.Rect(Steel, 2, xm + pulled, (-tapeW / 2) - 2, 1.2, tapeW + 4);
            body.Ellipse(Steel, 2, xm + pulled - 5, -tapeW / 4, 1.2, 1.2);
            body.Ellipse(Steel, 2, xm + pulled - 5, tapeW / 4, 1.2, 1.2);
            return pen.Box;
        }

        // ---- alcohol --------------------------------------------------------------------------

        /// <summary>
        /// Two to four cans of beer or cider (330 ml: 66 × 115 mm, 440 ml: 66 × 147 mm, 500 ml: 66 × 168 mm):
        /// 0.1 mm aluminium walls, a 0.22 mm lid and a domed base, full; in a four-pack's polyethylene rings
        /// or loose, lying on their sides or standing (the beam down their length).
        /// </summary>
        private PixelBox BeerCans(double scale)
        {
            const double d = 66;
            var h = random.Next(3) switch
            {
                0 => 115.0,
                1 => 147.0,
                _ => 168.0,
            };
            var count = random.Next(2, 5);
            var standing = Chance(0.4);
            var ringed = Chance(0.4);
            var pen = Place(standing ? 72 : (h / 2) + 10 + (count * 12), scale);
            for (var i = 0; i < count; i++)
            {
                if (standing)
                {
                    var (cx, cy) = (((i % 2) - 0.5) * (d + 1), ((i / 2) - ((count > 2 ? 1 : 0) * 0.5)) * (d + 1));
                    var can = new Turned(pen, cx, cy, 0);
                    can.Ellipse(Organic, h * U(0.9, 0.97), 0, 0, (d / 2) - 1, (d / 2) - 1);
                    can.Ellipse(Aluminium, 0.6, 0, 0, (d / 2) - 1, (d / 2) - 1);
                    can.Ring(Aluminium, 0.1 * h, 1, 0, 0, (d / 2) - 0.5, (d / 2) - 0.5);
                    can.Ring(Aluminium, 1.5, 2, 0, 0, (d / 2) - 5, (d / 2) - 5);
                    if (ringed)
                    {
                        can.Ring(Organic, 4, 8, 0, 0, (d / 2) - 2, (d / 2) - 2);
                    }

                    continue;
                }

                var lying = new Turned(pen, U(-8, 8), (i - ((count - 1) / 2.0)) * (d + U(0.5, 3)), U(-0.06, 0.06) + (Chance(0.5) ? Math.PI : 0));
                var x0 = -h / 2;
                lying.Tube(Aluminium, x0 + 6, -d / 2, h - 14, d, 0.1);
                lying.Poly(Aluminium, 0.2, (x0 + (h - 8), -d / 2), (x0 + h, (-d / 2) + 6), (x0 + h, (d / 2) - 6), (x0 + (h - 8), d / 2));
                lying.Poly(Aluminium, 0.2, (x0 + 6, -d / 2), (x0, (-d / 2) + 8), (x0, (d / 2) - 8), (x0 + 6, d / 2));
                lying.Cylinder(Organic, x0 + 1, (-d / 2) + 0.5, h - 2, d - 1, U(0.92, 0.98));
                // Lid and base seen edge-on along their 54–60 mm chords, in 1 mm lines.
                lying.Rect(Aluminium, 0.22 * 55, x0 + h - 1, (-d / 2) + 6, 1, d - 12);
                lying.Rect(Aluminium, 0.3 * 50, x0 + 2, (-d / 2) + 8, 2, d - 16);
                if (ringed)
                {
                    lying.Rect(Organic, 4, x0 + h - 25, -d / 2, 10, d);
                }
            }

            return pen.Box;
        }

        // ---- controlled drugs -----------------------------------------------------------------

        /// <summary>
        /// Drugs in tennis balls (the throw-over package): one to three 67 mm balls (a 3.2 mm rubber core and
        /// its felt), each slit and packed with cling-film wraps of powder (about 0.6–1 g/cm³), herbal material
        /// (about 0.25 g/cm³) or tablets, the slit glued shut; one ball of two or three left untouched on some.
        /// </summary>
        private PixelBox DrugsInTennisBall(double scale)
        {
            const double r = 33.5;
            var count = random.Next(1, 4);
            var pen = Place(count == 1 ? r + 4 : r + 40, scale);
            var spare = count > 1 && Chance(0.4) ? random.Next(count) : -1;
            for (var i = 0; i < count; i++)
            {
                var a = (2 * Math.PI * i / count) + U(-0.3, 0.3);
                var (cx, cy) = count == 1 ? (0.0, 0.0) : (36 * Math.Cos(a), 36 * Math.Sin(a));
                var ball = new Turned(pen, cx, cy, U(0, 2 * Math.PI));
                HollowBall(ball, Organic, 0, 0, r, 3.8);
                ball.Line(Organic, 1, 1.5, false, (-20, -25), (0, -33), (20, -25));
                if (i == spare)
                {
                    continue;
                }

                pen.Item(() =>
                {
                    switch (random.Next(3))
                    {
                        case 0:
                            for (var k = random.Next(1, 5); k > 0; k--)
                            {
                                var wrap = U(10, 16);
                                Ball(ball, Organic, U(-8, 8), U(-8, 8), wrap, U(0.6, 1), U(0.6, 1));
                            }

                            break;
                        case 1:
                            Ball(ball, Organic, 0, 0, r - 4.5, U(0.2, 0.3));
                            for (var k = random.Next(3, 8); k > 0; k--)
                            {
                                ball.Ellipse(Organic, U(3, 8), U(-18, 18), U(-18, 18), U(4, 9), U(3, 7));
                            }

                            break;
                        default:
                            for (var k = random.Next(10, 40); k > 0; k--)
                            {
                                var (tx, ty) = (U(-20, 20), U(-20, 20));
                                ball.Ellipse(Organic, U(3.5, 5), tx, ty, 4.5, 4.5);
                                ball.Ellipse(Mixed, 0.3, tx, ty, 4.5, 4.5);
                            }

                            Ball(ball, Organic, 0, 0, 22, 0.05);
                            break;
                    }
                });
            }

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>
        /// A folding hand fan: 14–20 bamboo or wooden sticks 200–230 mm long (2 mm thick, 8–12 mm wide,
        /// narrowing to 3 mm under the leaf), two 4 mm guard sticks, a paper or silk leaf over the outer 60 %,
        /// a brass rivet through the base with its washers; folded shut or open through 120–170°.
        /// </summary>
        private void HandFan()
        {
            var l = U(200, 230);
            var sticks = random.Next(14, 21);
            var open = Chance(0.5);
            var pen = Place(open ? l : (l / 2) + 10);
            var span = open ? U(120, 170) * Math.PI / 180 : U(0, 0.05);
            var start = U(0, 2 * Math.PI);
            // Open, the rivet is at the pen's origin; shut, the folded sticks are centred on it.
            var (ox, oy) = open ? (0.0, 0.0) : (-(l / 2) * Math.Cos(start), -(l / 2) * Math.Sin(start));
            for (var i = 0; i <= sticks + 1; i++)
            {
                var a = start + (span * i / (sticks + 1));
                var stick = new Turned(pen, ox, oy, a);
                var guard = i == 0 || i == sticks + 1;
                var bw = U(8, 12) / 2;
                stick.Poly(Organic, guard ? 4 : 2, (-8, -bw), (0.4 * l, -bw * 0.8), (l, -1.5), (l, 1.5), (0.4 * l, bw * 0.8), (-8, bw));
            }

            if (open)
            {
                // The leaf: a pleated sector from 0.4 l to l, folded paper about 0.3 mm effective.
                var arc = new List<(double X, double Y)>();
                for (var i = 0; i <= 16; i++)
                {
                    var a = start + (span * i / 16);
                    arc.Add((l * Math.Cos(a), l * Math.Sin(a)));
                }

                for (var i = 16; i >= 0; i--)
                {
                    var a = start + (span * i / 16);
                    arc.Add((0.4 * l * Math.Cos(a), 0.4 * l * Math.Sin(a)));
                }

                pen.Poly(Organic, U(0.25, 0.5), [.. arc]);
            }
            else
            {
                var leaf = new Turned(pen, ox, oy, start);
                leaf.Rect(Organic, sticks * 0.3, 0.4 * l, -5, 0.6 * l, 10);
            }

            pen.Ellipse(Brass, 5, ox, oy, 1.6, 1.6);
            pen.Ellipse(Brass, 0.6, ox, oy, 3.5, 3.5);
        }

        /// <summary>
        /// A stethoscope: a dual-head chest piece of stainless steel (a 44 mm diaphragm head and a 32 mm bell
        /// on one axis, a stem), 550–700 mm of 9 mm PVC tubing (2 mm walls) forking to two 4 mm chromed brass
        /// ear tubes joined by a leaf spring, soft ear tips; coiled loosely in the bag.
        /// </summary>
        private void Stethoscope()
        {
            var pen = Place(140);
            var path = Wander(random.Next(7, 10), U(50, 65), 75);
            pen.Line(Organic, 4, 9, false, path);
            pen.Line(Organic, 3, 2, false, path);
            var (hx, hy) = path[0];
            var head = new Turned(pen, hx, hy, U(0, 2 * Math.PI));
            head.Ellipse(Steel, 3.5, 0, 0, 22, 22);
            head.Ellipse(Steel, 4, 0, 0, 16, 16);
            head.Ring(Steel, 4, 3, 0, 0, 20.5, 20.5);
            head.Ring(Organic, 5, 3, 0, 0, 22.5, 22.5);
            head.Cylinder(Steel, 18, -3.5, 26, 7, 0.7);
            var (ex, ey) = path[^1];
            var ears = new Turned(pen, ex, ey, U(0, 2 * Math.PI));
            foreach (var s in new[] { -1.0, 1.0 })
            {
                var tube = new (double X, double Y)[] { (0, 0), (40, s * 10), (90, s * 28), (130, s * 30), (145, s * 22) };
                ears.Line(Brass, 1.2, 4, false, tube);
                ears.Ellipse(Organic, 10, 150, s * 20, 7, 7);
            }

            ears.Line(Steel, 1, 6, false, (60, -20), (60, 20));
        }

        /// <summary>
        /// A folding walking stick: four or five aluminium-alloy sections (19–22 mm, 1.2 mm walls, 210–250 mm
        /// each, the joints' narrower spigots) held by a shock cord and folded side by side, a 110–130 mm plastic
        /// or wooden derby handle, a rubber ferrule round a steel washer, a wrist strap; in a sleeve on some.
        /// </summary>
        private void WalkingStick()
        {
            var sections = random.Next(4, 6);
            var l = U(210, 250);
            var d = U(19, 22);
            var pen = Place((l / 2) + 45);
            var y0 = -(sections * (d + 1)) / 2;
            for (var i = 0; i < sections; i++)
            {
                var y = y0 + (i * (d + 1));
                var x0 = (-l / 2) + U(-4, 4);
                pen.Tube(Aluminium, x0, y, l, d, 1.2);
                pen.Tube(Aluminium, i % 2 == 0 ? x0 + l - 1 : x0 - 40, y + 2.5, 41, d - 5, 1.2);
                pen.Ellipse(Steel, 1.5, x0 + (l / 2), y + (d / 2), 2.5, 2.5);
            }

            // Handle at one end of the first section, the ferrule at the end of the last.
            // The derby handle leaves the first section's end sideways, away from the others.
            var hy = y0 + (d / 2);
            var hx = -l / 2;
            pen.Poly(Organic, U(18, 24), (hx - 16, hy + 8), (hx + 12, hy + 8), (hx + 14, hy - 95), (hx, hy - 110), (hx - 18, hy - 98));
            var fy = y0 + ((sections - 1) * (d + 1));
            pen.Cylinder(Organic, (l / 2) - 5, fy - 3, 35, d + 6, 1.2);
            pen.Rect(Steel, 1.5 * (d + 4) / 5, (l / 2) + 22, fy, 2, d);
            pen.Line(Organic, 3, 10, false, (hx - 10, hy - 60), (hx - 60, hy - 40), (hx - 55, hy + 10), (hx - 12, hy - 5));
            if (Chance(0.4))
            {
                pen.Rect(Organic, 1.2, (-l / 2) - 10, y0 - 6, l + 50, (sections * (d + 1)) + 12);
            }
        }

        /// <summary>
        /// A hinged knee brace: a neoprene sleeve (two 3–5 mm layers, 250–300 × 140–170 mm, folded flat) with
        /// two aluminium-alloy uprights (3–4 mm × 16–20 mm, 110–130 mm above and below) on geared polycentric
        /// hinges (two 3 mm aluminium discs and two steel rivets each), a silicone patella ring, hook-and-loop
        /// straps with plastic D-rings.
        /// </summary>
        private void KneeBrace()
        {
            var l = U(250, 300);
            var w = U(140, 170);
            var layer = U(3, 5);
            var pen = Place((l / 2) + 10);
            pen.Poly(Organic, 2 * layer, (-l / 2, -w / 2), (l / 2, (-w / 2) + 12), (l / 2, (w / 2) - 12), (-l / 2, w / 2));
            pen.Ring(Organic, 6, 10, 0, 0, 32, 38);
            var t = U(3, 4);
            var bar = U(16, 20);
            var arm = U(110, 130);
            foreach (var s in new[] { -1.0, 1.0 })
            {
                var y = s * ((w / 2) - 14);
                pen.Rect(Aluminium, t, -arm - 8, y - (bar / 2), arm, bar);
                pen.Rect(Aluminium, t, 8, y - (bar / 2), arm, bar);
                pen.Ellipse(Aluminium, 6, 0, y, 16, 16);
                pen.Ellipse(Steel, 6, -6, y, 2.2, 2.2);
                pen.Ellipse(Steel, 6, 6, y, 2.2, 2.2);
                pen.Ellipse(Organic, 4, 0, y, 18, 18);
            }

            foreach (var x in new[] { -l * 0.38, -l * 0.2, l * 0.2, l * 0.38 })
            {
                pen.Rect(Organic, 3, x - 22, (-w / 2) - 6, 44, w + 12);
                pen.Line(Organic, 4, 3, true, (x - 20, (w / 2) + 6), (x + 20, (w / 2) + 6), (x + 20, (w / 2) + 14), (x - 20, (w / 2) + 14));
            }
        }

        /// <summary>
        /// Hand warmers: one to three reusable gel pads (90–110 × 65–80 mm, 12–16 mm of sodium acetate
        /// solution, about 1.3 g/cm³ with a tenth of its weight sodium, in 0.3 mm PVC) each with a 20 mm
        /// stainless click disc; or two to four disposable pouches (130 × 95 mm, about 40 g of iron powder
        /// with vermiculite, salt and carbon in a non-woven bag).
        /// </summary>
        private void HandWarmers()
        {
            var pen = Place(90);
            if (Chance(0.5))
            {
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    var pad = new Turned(pen, U(-35, 35), U(-30, 30), U(0, 2 * Math.PI));
                    var l = U(90, 110);
                    var w = U(65, 80);
                    var t = U(12, 16);
                    pad.Ellipse(Organic, t * 0.55 * 1.3, 0, 0, l / 2, w / 2);
                    pad.Ellipse(Organic, t * 0.45 * 1.3, 0, 0, (l / 2) - 8, (w / 2) - 8);
                    pad.Ellipse(Mixed, t * 0.05, 0, 0, (l / 2) - 3, (w / 2) - 3);
                    pad.Ring(Organic, 1.5, 4, 0, 0, l / 2, w / 2);
                    pad.Ellipse(Steel, 0.25, U(-15, 15), U(-10, 10), 10, 10);
                }

                return;
            }

            for (var i = random.Next(2, 5); i > 0; i--)
            {
                var pouch = new Turned(pen, U(-30, 30), U(-30, 30), U(0, 2 * Math.PI));
                pouch.Rect(Organic, 1, -65, -47.5, 130, 95);
                pouch.Rect(Organic, U(3, 5), -58, -40, 116, 80);
                pouch.Rect(Steel, U(0.22, 0.35), -58, -40, 116, 80);
                pouch.Rect(Organic, 1.5, -65, -47.5, 130, 6);
            }
        }

        /// <summary>
        /// An empty baby's feeding bottle: 150–260 ml of polypropylene (1.5–2 mm walls, 55–70 mm across,
        /// 130–180 mm long with its collar, silicone teat and cap) or borosilicate glass (3 mm walls); a spare
        /// teat in its case on some. Empty: milk and formula are food (list C).
        /// </summary>
        private void BabyBottle()
        {
            var l = U(130, 180);
            var d = U(55, 70);
            var glass = Chance(0.2);
            var pen = Place((l / 2) + 10);
            var x0 = -l / 2;
            var body = l - 45;
            pen.Tube(glass ? Glass : Organic, x0, -d / 2, body, d, glass ? 3 : U(1.5, 2));
            pen.Rect(glass ? Glass : Organic, glass ? 4 : 3, x0, -d / 2, 2.5, d);
            // Collar, teat inside the cap, the cap's dome.
            var xc = x0 + body;
            pen.Tube(Organic, xc, (-d / 2) + 2, 18, d - 4, 2);
            pen.Poly(Organic, 2.5, (xc + 4, -d * 0.3), (xc + 30, -7), (xc + 38, 0), (xc + 30, 7), (xc + 4, d * 0.3));
            RoundedRect(pen, Organic, 3, xc + 16, (-d / 2) + 3, 29, d - 6, 12);
            pen.Line(Organic, 6, 1.5, true, RoundedOutline(xc + 16, (-d / 2) + 3, 29, d - 6, 12));
            if (Chance(0.3))
            {
                var spare = new Turned(pen, U(-20, 20), (d / 2) + 25, U(-0.5, 0.5));
                RoundedRect(spare, Organic, 2, -25, -18, 50, 36, 8);
                spare.Poly(Organic, 2.5, (-18, -12), (10, -5), (18, 0), (10, 5), (-18, 12));
            }
        }

        /// <summary>
        /// A make-up bag (180–220 × 110–140 mm, nylon with a steel-toothed zip): two to five lipsticks (cases
        /// 20–23 × 70–82 mm of 0.4 mm aluminium, brass-plated steel or die-cast zinc round a wax bullet), a
        /// mascara (15 × 120 mm plastic tube, a twisted steel-wire brush), an eyeliner pencil, a brush with an
        /// aluminium ferrule on some.
        /// </summary>
        private void MakeUpBag()
        {
            var l = U(180, 220);
            var w = U(110, 140);
            var pen = Place((l / 2) + 5);
            RoundedRect(pen, Organic, 2, -l / 2, -w / 2, l, w, 15);
            for (var x = (-l / 2) + 15; x < (l / 2) - 15; x += 6)
            {
                pen.Rect(Steel, 0.7, x, (-w / 2) + 3, 3.5, 5);
            }

            pen.Rect(Steel, 1.5, U(-l / 3, l / 3), (-w / 2) + 1, 10, 22);
            for (var i = random.Next(2, 6); i > 0; i--)
            {
                var stick = new Turned(pen, U(-l / 4, l / 4), U(-w / 4, w / 4), U(0, 2 * Math.PI));
                var len = U(70, 82);
                var d = U(20, 23);
                var (m, wall) = random.Next(3) switch
                {
                    0 => (Aluminium, 0.4),
                    1 => (Steel, 0.3),
                    _ => (ZincAlloy, 1.2),
                };
                stick.Tube(m, -len / 2, -d / 2, len * 0.55, d, wall);
                stick.Tube(m, (-len / 2) + (len * 0.5), (-d / 2) + 0.5, len * 0.5, d - 1, wall);
                stick.Tube(Organic, (-len / 2) + 5, (-d / 2) + 2, len * 0.6, d - 4, 1);
                stick.Cylinder(Organic, (-len / 2) + (len * 0.3), -6, len * 0.5, 12);
            }

            var mascara = new Turned(pen, U(-l / 5, l / 5), U(-w / 5, w / 5), U(0, 2 * Math.PI));
            mascara.Tube(Organic, -60, -7.5, 120, 15, 1.2);
            mascara.Rect(Organic, 3, -25, -2, 70, 4);
            mascara.Line(Steel, 0.6, 1, false, [.. Enumerable.Range(0, 12).Select(i => (45 + (i * 2.0), i % 2 == 0 ? -3.0 : 3.0))]);
            var pencil = new Turned(pen, U(-l / 5, l / 5), U(-w / 5, w / 5), U(0, 2 * Math.PI));
            pencil.Cylinder(Organic, -70, -4, 140, 8, 0.7);
            pencil.Rect(Mixed, 1.5, -70, -1, 143, 2);
            if (Chance(0.5))
            {
                var brush = new Turned(pen, U(-l / 5, l / 5), U(-w / 5, w / 5), U(0, 2 * Math.PI));
                brush.Cylinder(Organic, -80, -4, 110, 8, 0.8);
                brush.Tube(Aluminium, 30, -5, 20, 10, 0.3);
                brush.Rect(Organic, 4, 50, -7, 25, 14);
            }
        }

        /// <summary>
        /// A magnetic travel chess set: a folding board (180–250 mm square, two 3 mm card or plastic halves
        /// each over a 0.3 mm steel sheet, two small brass hinges) folded shut round 32 plastic pieces (15–30 mm)
        /// each with a 10 × 3 mm ferrite or 6 × 2 mm neodymium magnet in its base; or open with the pieces
        /// standing on it (the beam down each piece).
        /// </summary>
        private void TravelChess()
        {
            var s = U(180, 250);
            var pen = Place((s / 2) + 5);
            var ferrite = Chance(0.5);
            if (Chance(0.6))
            {
                // Folded: both halves over each other, the pieces lying in the tray between them.
                pen.Rect(Organic, 6, -s / 2, -s / 4, s, s / 2);
                pen.Rect(Steel, 0.6, (-s / 2) + 3, (-s / 4) + 3, s - 6, (s / 2) - 6);
                pen.Rect(Brass, 1, (-s / 2) + 20, (s / 4) - 1, 15, 3);
                pen.Rect(Brass, 1, (s / 2) - 35, (s / 4) - 1, 15, 3);
                for (var i = 0; i < 32; i++)
                {
                    var piece = new Turned(pen, U((-s / 2) + 15, (s / 2) - 15), U((-s / 4) + 10, (s / 4) - 10), U(0, 2 * Math.PI));
                    var h = U(15, 30);
                    piece.Poly(Organic, 8, (-h / 2, -6), (h / 2, -3), (h / 2, 3), (-h / 2, 6));
                    piece.Rect(ferrite ? Mixed : Steel, ferrite ? 8 : 1.6, -h / 2, -3, 2.5, 6);
                }

                return;
            }

            pen.Rect(Organic, 3, -s / 2, -s / 2, s, s);
            pen.Rect(Steel, 0.3, (-s / 2) + 3, (-s / 2) + 3, s - 6, s - 6);
            var sq = (s - 16) / 8;
            foreach (var row in new[] { 0, 1, 6, 7 })
            {
                for (var c = 0; c < 8; c++)
                {
                    if (Chance(0.15))
                    {
                        continue;
                    }

                    var (x, y) = ((-s / 2) + 8 + ((c + 0.5) * sq), (-s / 2) + 8 + ((row + 0.5) * sq));
                    pen.Ellipse(Organic, U(6, 14), x, y, sq * 0.35, sq * 0.35);
                    pen.Ellipse(ferrite ? Mixed : Steel, ferrite ? 3 * 2.5 : 2, x, y, ferrite ? 5 : 3, ferrite ? 5 : 3);
                }
            }
        }
    }
}
