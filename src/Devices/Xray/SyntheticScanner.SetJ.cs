namespace Screening.Devices.Xray;

// Variant set J (held out after I's run): threat shapes and clutter kinds that none of A to I and R
// draws. About two thirds are the ordinary forms of an item that a search officer meets every week,
// in sizes and builds no set drew yet; a third are concealed or improvised. Written from what the real
// things measure and are made of, by someone who had read neither the analyser nor any x-ray figures.
// Thicknesses follow the rest of the scene: roughly the millimetres of that material the beam crosses
// where the part lies flat (a round bar or wire of diameter d counts as about 0.8 d, a hollow part as
// its two walls, a sheet seen edge-on as the sheet's share of the line it is drawn as times the depth
// the beam crosses); a material lighter or heavier than water counts its thickness times its density.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        // Titanium (Z = 22, 4.5 g/cm³): between aluminium and steel per millimetre.
        private static readonly Material Titanium = new(0.38, 0.17);

        /// <summary>Draws one of set J's threat shapes; null for a shape that is not set J's.</summary>
        private PixelBox? DrawSetJThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.ParingKnife => ParingKnife(scale),
            ThreatShape.Santoku => Santoku(scale),
            ThreatShape.HuntingKnife => HuntingKnife(scale),
            ThreatShape.LockbackFolder => LockbackFolder(scale),
            ThreatShape.GlassShiv => GlassShiv(scale),
            ThreatShape.TopBreakRevolver => TopBreakRevolver(scale),
            ThreatShape.BlowbackPistol => BlowbackPistol(scale),
            ThreatShape.CapAndBallRevolver => CapAndBallRevolver(scale),
            ThreatShape.ImprovisedSmg => ImprovisedSmg(scale),
            ThreatShape.PistolInCerealBox => PistolInCerealBox(scale),
            ThreatShape.CompactSmartphone => CompactSmartphone(scale),
            ThreatShape.MagWalletPhone => MagWalletPhone(scale),
            ThreatShape.RemovableBatteryPhone => RemovableBatteryPhone(scale),
            ThreatShape.PhoneInCrispTube => PhoneInCrispTube(scale),
            ThreatShape.PhoneInToothbrush => PhoneInToothbrush(scale),
            ThreatShape.RifleMagazine => RifleMagazine(scale),
            ThreatShape.SimInRemote => SimInRemote(scale),
            ThreatShape.Syringe50Ml => Syringe50Ml(scale),
            ThreatShape.MagneticPowerBank => MagneticPowerBank(scale),
            ThreatShape.PipeWrench => PipeWrench(scale),
            ThreatShape.WhiskyInTube => WhiskyInTube(scale),
            ThreatShape.PreRolls => PreRolls(scale),
            ThreatShape.DrugsInNappy => DrugsInNappy(scale),
            _ => null,
        };

        /// <summary>Draws one of set J's clutter kinds; false for a kind that is not set J's.</summary>
        private bool DrawSetJClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.NailClippers:
                    NailClippers();
                    return true;
                case ClutterKind.BinderClips:
                    BinderClips();
                    return true;
                case ClutterKind.CeramicMug:
                    CeramicMug();
                    return true;
                case ClutterKind.PerfumeBottle:
                    PerfumeBottle();
                    return true;
                case ClutterKind.Clipboard:
                    Clipboard();
                    return true;
                case ClutterKind.BabyWipes:
                    BabyWipes();
                    return true;
                case ClutterKind.BuildingBricks:
                    BuildingBricks();
                    return true;
                case ClutterKind.FirstAidKit:
                    FirstAidKit();
                    return true;
                default:
                    return false;
            }
        }

        // ---- shared parts ---------------------------------------------------------------------

        /// <summary>A point (x, y) of a part turned by <paramref name="angle"/> about (<paramref name="ox"/>, <paramref name="oy"/>), in its pen's frame.</summary>
        private static (double X, double Y) Moved(double ox, double oy, double angle, double x, double y) =>
            (ox + (x * Math.Cos(angle)) - (y * Math.Sin(angle)), oy + (x * Math.Sin(angle)) + (y * Math.Cos(angle)));

        /// <summary>
        /// A pen for a threat whose parts all lie within (<paramref name="x0"/>, <paramref name="y0"/>)–(<paramref name="x1"/>,
        /// <paramref name="y1"/>) of its own frame (millimetres, before <paramref name="scale"/>), put where all of it
        /// fits inside the bag at a random angle, as a thing packed in a bag lies; a long one that fits no other
        /// way lies along the bag. So no part of it falls outside the image, where the part would be lost from
        /// the ground-truth box.
        /// </summary>
        private Pen Lay(double x0, double y0, double x1, double y1, double scale)
        {
            var k = pxPerMm * scale;
            var (room, height) = (_right - _left, _bottom - _top);
            (double MinX, double MaxX, double MinY, double MaxY) Extent(double a)
            {
                var (c, s) = (Math.Cos(a), Math.Sin(a));
                (double X, double Y)[] corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)];
                var xs = corners.Select(p => ((p.X * c) - (p.Y * s)) * k).ToArray();
                var ys = corners.Select(p => ((p.X * s) + (p.Y * c)) * k).ToArray();
                return (xs.Min(), xs.Max(), ys.Min(), ys.Max());
            }

            bool Fits((double MinX, double MaxX, double MinY, double MaxY) e) => e.MaxX - e.MinX <= room && e.MaxY - e.MinY <= height;
            var angle = U(0, 2 * Math.PI);
            var extent = Extent(angle);
            for (var i = 0; i < 8 && !Fits(extent); i++)
            {
                angle = U(0, 2 * Math.PI);
                extent = Extent(angle);
            }

            if (!Fits(extent))
            {
                angle = room >= height ? (Chance(0.5) ? 0 : Math.PI) : (Chance(0.5) ? Math.PI / 2 : 3 * Math.PI / 2);
                extent = Extent(angle);
            }

            var cx = extent.MaxX - extent.MinX <= room
                ? U(_left - extent.MinX, _right - extent.MaxX)
                : ((_left + _right) / 2) - ((extent.MinX + extent.MaxX) / 2);
            var cy = extent.MaxY - extent.MinY <= height
                ? U(_top - extent.MinY, _bottom - extent.MaxY)
                : ((_top + _bottom) / 2) - ((extent.MinY + extent.MaxY) / 2);
            return new Pen(film, cx, cy, angle, k);
        }

        /// <summary>A pen for a threat that lies within ± (<paramref name="halfLength"/>, <paramref name="halfWidth"/>) of its own origin, as <see cref="Lay(double, double, double, double, double)"/>.</summary>
        private Pen Lay(double halfLength, double halfWidth, double scale) => Lay(-halfLength, -halfWidth, halfLength, halfWidth, scale);

        /// <summary>
        /// A ring of <paramref name="n"/> small NdFeB arc magnets (about 7 × 3 × 1 mm each) round a wireless
        /// charging coil: iron and neodymium at 7.5 g/cm³, about 1.3 mm of steel each.
        /// </summary>
        private static void MagnetRing(Turned part, double cx, double cy, double r, int n)
        {
            for (var i = 0; i < n; i++)
            {
                var a = 2 * Math.PI * i / n;
                var (c, s) = (Math.Cos(a), Math.Sin(a));
                (double X, double Y) P(double u, double v) => (cx + ((r + u) * c) - (v * s), cy + ((r + u) * s) + (v * c));
                part.Poly(Steel, 1.3, P(-1.5, -3.5), P(1.5, -3.5), P(1.5, 3.5), P(-1.5, 3.5));
            }
        }

        /// <summary>
        /// A 9 mm double-stack pistol magazine along its part's x (its top at −x): 0.8 mm steel walls, a
        /// polymer floor plate, <paramref name="rounds"/> 9 × 19 rounds lying across it, bullets toward the
        /// part's +y, staggered 5.2 mm apart as seen from the side.
        /// </summary>
        private static void NineMagazine(Pen pen, double mx, double my, double angle, double length, int rounds)
        {
            var mag = new Turned(pen, mx, my, angle);
            mag.Rect(Steel, 1.6, -length / 2, -15, length, 30);
            mag.Line(Steel, 8, 1, true, (-length / 2, -15), (length / 2, -15), (length / 2, 15), (-length / 2, 15));
            mag.Rect(Organic, 10, (length / 2) - 3, -16, 5, 32);
            for (var i = 0; i < rounds; i++)
            {
                var along = (-length / 2) + 7 + (i * 5.2);
                if (along > (length / 2) - 14)
                {
                    break;
                }

                var (rx, ry) = Moved(mx, my, angle, along, 0);
                BrassRound(new Turned(pen, rx, ry, angle - (Math.PI / 2)), 19.15, 9.9, 9.9, 10.5, 9.0, jacketed: true);
            }
        }

        /// <summary>
        /// A compact 9 mm pistol of length <paramref name="l"/> (160–180 mm, about 0.7 of that high) turned by
        /// <paramref name="angle"/> about (<paramref name="ox"/>, <paramref name="oy"/>), muzzle toward its +x:
        /// a steel slide of two 5 mm walls with a solid breech end round the 14 mm barrel and the recoil
        /// spring on its guide, a polymer frame (two 3.5 mm walls, about 1.2 g/cm³) with steel rails and
        /// trigger bar, or a steel frame; a raked grip, its magazine in it (with <paramref name="rounds"/>) or not.
        /// </summary>
        private static void CompactNine(Pen pen, double ox, double oy, double angle, double l, bool polymer, bool magazine, int rounds)
        {
            var gun = new Turned(pen, ox, oy, angle);
            var h = l * 0.7;
            const double sh = 28;
            var x0 = -l / 2;
            var y0 = -h / 2;
            var frame = polymer ? Organic : Steel;
            gun.Rect(Steel, 10, x0, y0, l, sh);
            gun.Rect(Steel, 12, x0, y0, l, 3);
            gun.Rect(Steel, 14, x0 + 2, y0 + 3, 24, sh - 8);
            gun.Tube(Steel, x0 + 22, y0 + 5, l - 23, 14, 2.5);
            gun.Cylinder(Steel, x0 + 40, y0 + sh - 8, l - 46, 6, 0.5);
            gun.Rect(frame, polymer ? 8.4 : 6, x0 + 8, y0 + sh, l - 30, 11);
            if (polymer)
            {
                gun.Rect(Steel, 3, x0 + 10, y0 + sh - 1, 20, 3);
                gun.Rect(Steel, 3, x0 + l - 55, y0 + sh - 1, 18, 3);
            }

            var gy = y0 + sh + 8;
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10)
                .Select(t => (x0 + 66 + (22 * Math.Cos(t)), gy + (16 * Math.Sin(t)))).ToArray();
            gun.Line(frame, polymer ? 14 : 5, 5, false, guard);
            gun.Poly(frame, polymer ? 8 : 4, (x0 + 60, gy), (x0 + 66, gy), (x0 + 62, gy + 14), (x0 + 57, gy + 13));
            gun.Rect(Steel, 3, x0 + 30, gy - 4, 30, 3);
            var rake = Math.Tan(18 * Math.PI / 180);
            var gx = x0 + 6;
            var gb = y0 + h;
            var drop = (gb - gy) * rake;
            gun.Poly(frame, polymer ? 8.4 : 6, (gx, gy - 6), (gx + 36, gy - 6), (gx + 36 - drop, gb), (gx - 2 - drop, gb));
            if (magazine)
            {
                var (mx, my) = Moved(ox, oy, angle, gx + 17 - (drop / 2), (gy + gb) / 2);
                NineMagazine(pen, mx, my, angle + (Math.PI / 2) + Math.Atan(rake), gb - gy + 2, rounds);
            }
        }

        /// <summary>
        /// A compact candy-bar feature phone in its own frame (x toward its top): a 2 mm ABS shell each side,
        /// a BL-5C-size cell (53 × 34 × 5.5 mm) in its bay, the board under a keypad of steel domes, a 2-inch
        /// display on glass, the speaker magnet and the charging socket.
        /// </summary>
        private void CandyBarPhone(Turned phone, double l, double w)
        {
            RoundedRect(phone, Organic, 2 * 2 * 1.05, -l / 2, -w / 2, l, w, 8);
            phone.Line(Organic, 13 * 1.05, 1.5, true, RoundedOutline((-l / 2) + 0.75, (-w / 2) + 0.75, l - 1.5, w - 1.5, 7));
            phone.Rect(Steel, 0.6, (-l / 2) + 8, -17, 53, 34);
            phone.Rect(Mixed, 3.5, (-l / 2) + 8, -17, 53, 34);
            phone.Rect(Mixed, 1.6, (-l / 2) + 4, (-w / 2) + 4, l - 8, w - 8);
            for (var r = 0; r < 5; r++)
            {
                for (var c = 0; c < 3; c++)
                {
                    phone.Ellipse(Steel, 0.15, (-l / 2) + 12 + (r * 10), -w * 0.28 + (c * w * 0.28), 2, 2);
                }
            }

            for (var i = random.Next(3, 6); i > 0; i--)
            {
                phone.Rect(Steel, 0.5, U(0, (l / 2) - 20), U((-w / 2) + 5, (w / 2) - 14), U(5, 10), U(5, 9));
            }

            phone.Rect(Glass, 1.2, (l / 2) - 48, (-w / 2) + 6, 40, w - 12);
            phone.Rect(Steel, 2, (l / 2) - 8, -6, 6, 12);
            phone.Rect(Steel, 2, (-l / 2) + 0.5, -4, 3, 8);
        }

        /// <summary>
        /// One 5.56 × 45 round lying on its side, centred on its part's origin, bullet toward +x: the brass
        /// case's head and extractor groove, its 9.6 mm body (0.3 mm walls), shoulder and 6.4 mm neck, the
        /// powder in it, a 5.7 mm jacketed lead-core bullet 12.7 mm out; 57.4 mm overall.
        /// </summary>
        private static void Round556(Turned round)
        {
            const double oal = 57.4;
            var x = -oal / 2;
            round.Rect(Brass, 0.8 * 9.6, x, -4.8, 1.3, 9.6);
            round.Rect(Brass, 0.8 * 8.4, x + 1.3, -4.2, 1.2, 8.4);
            round.Rect(Brass, 0.5 * 9.6, x + 2.5, -4.8, 3, 9.6);
            round.Tube(Brass, x + 5.5, -4.8, 30, 9.6, 0.3);
            round.Poly(Brass, 0.9, (x + 35.5, -4.8), (x + 39.5, -3.2), (x + 39.5, 3.2), (x + 35.5, 4.8));
            round.Tube(Brass, x + 39.5, -3.2, 5.2, 6.4, 0.3);
            round.Cylinder(Organic, x + 5.5, -4.4, 34, 8.8, 0.9);
            var xb = x + 44.7 - 5;
            var bullet = new (double X, double Y)[] { (xb, -2.85), (xb + 9, -2.85), (xb + 17.7, -0.5), (xb + 17.7, 0.5), (xb + 9, 2.85), (xb, 2.85) };
            round.Poly(Lead, 5.7 * 0.55, bullet);
            round.Poly(Brass, 0.9, bullet);
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// A paring knife: a 75–100 mm blade 16–22 mm deep of 1.2–1.8 mm stainless, ground thin toward an edge
        /// that curves up to a point near the blade's middle line, a 35–45 mm partial tang in a 95–110 mm
        /// handle (18–22 mm deep, lying on its flatter side: three quarters of that along the beam) of
        /// polypropylene (about 0.9 g/cm³) or beech (about 0.7) on two steel rivets; in a clip-on
        /// polypropylene blade guard on some.
        /// </summary>
        private PixelBox ParingKnife(double scale)
        {
            var bl = U(75, 100);
            var bw = U(16, 22);
            var t = U(1.2, 1.8);
            var hl = U(95, 110);
            var hd = U(18, 22);
            var guard = Chance(0.3);
            var pen = Lay(((bl + hl) / 2) + 2, (Math.Max(hd, bw + 5) / 2) + 3, scale);
            var knife = new Turned(pen, 0, 0, 0);
            var xb = (hl - bl) / 2;
            var hx = xb - hl;
            knife.Poly(Steel, t * 0.55, (xb, -bw / 2), (xb + (0.65 * bl), -bw / 2), (xb + bl, bw * 0.05), (xb + (0.8 * bl), bw * 0.42), (xb + (0.3 * bl), bw / 2), (xb, bw / 2));
            knife.Rect(Steel, t * 0.45, xb, -bw / 2, 0.7 * bl, bw * 0.45);
            var tang = U(35, 45);
            knife.Rect(Steel, t, xb - tang, -bw * 0.2, tang, bw * 0.4);
            var wood = Chance(0.4);
            knife.Cylinder(Organic, hx, -hd / 2, hl, hd, (wood ? 0.7 : 0.9) * 0.75);
            if (wood)
            {
                knife.Ellipse(Steel, hd * 0.75, hx + (hl * 0.3), 0, 1.5, 1.5);
                knife.Ellipse(Steel, hd * 0.75, hx + (hl * 0.65), 0, 1.5, 1.5);
            }
            else
            {
                // The moulded handle's finger bolster where it meets the blade.
                knife.Rect(Organic, hd * 0.75 * 0.9, xb - 5, (-hd / 2) - 2, 5, hd + 4);
            }

            if (guard)
            {
                RoundedRect(knife, Organic, 2 * 0.9, xb - 3, (-bw / 2) - 2.5, bl + 6, bw + 5, 3);
                knife.Line(Organic, 5, 1.5, true, RoundedOutline(xb - 3, (-bw / 2) - 2.5, bl + 6, bw + 5, 3));
            }

            return pen.Box;
        }

        /// <summary>
        /// A santoku: a 165–180 mm blade 42–48 mm deep, 2–2.5 mm at the spine and ground thin to a flat edge,
        /// the spine curving down to a sheepsfoot point; either a full tang (2–2.5 mm) between two riveted POM
        /// scales (4–5 mm each, about 1.4 g/cm³) behind a welded steel bolster, or a rat-tail tang hidden in a
        /// 24 mm octagonal magnolia handle (about 0.45 g/cm³) with a horn or plastic ferrule.
        /// </summary>
        private PixelBox Santoku(double scale)
        {
            var bl = U(165, 180);
            var bw = U(42, 48);
            var t = U(2, 2.5);
            var hl = U(115, 130);
            var pen = Lay(((bl + hl) / 2) + 2, (bw / 2) + 2, scale);
            var knife = new Turned(pen, 0, 0, 0);
            var xb = (hl - bl) / 2;
            var hx = xb - hl;
            var top = -bw / 2;
            knife.Poly(Steel, t * 0.4,
                (xb, top), (xb + (0.7 * bl), top), (xb + (0.86 * bl), top + (0.18 * bw)), (xb + (0.96 * bl), top + (0.55 * bw)),
                (xb + bl, top + (0.88 * bw)), (xb + (0.9 * bl), top + bw), (xb + 8, top + bw), (xb, top + bw - 8));
            knife.Poly(Steel, t * 0.35, (xb, top), (xb + (0.7 * bl), top), (xb + (0.86 * bl), top + (0.18 * bw)), (xb + (0.92 * bl), top + (0.4 * bw)), (xb, top + (0.55 * bw)));
            knife.Rect(Steel, t * 0.25, xb, top, 0.75 * bl, bw * 0.22);
            var hy = top + 13;
            if (Chance(0.55))
            {
                knife.Rect(Steel, U(2, 2.5), hx, hy - 9, hl, 18);
                RoundedRect(knife, Organic, U(4, 5) * 2 * 1.4, hx - 1, hy - 12, hl + 1, 24, 7);
                for (var i = 0; i < 3; i++)
                {
                    knife.Ellipse(Steel, 12, hx + (hl * (0.2 + (0.3 * i))), hy, 2.5, 2.5);
                }

                knife.Poly(Steel, U(9, 12), (xb - 14, hy - 12), (xb, top), (xb, top + 30), (xb - 14, hy + 12));
            }
            else
            {
                knife.Poly(Steel, 3, (xb, hy - 6), (xb - (hl * 0.7), hy - 2), (xb - (hl * 0.7), hy + 2), (xb, hy + 6));
                knife.Cylinder(Organic, hx, hy - 12, hl - 20, 24, 0.45);
                knife.Cylinder(Organic, xb - 20, hy - 12.5, 20, 25, 1.3);
            }

            return pen.Box;
        }

        /// <summary>
        /// A fixed-blade hunting knife: a 100–150 mm drop-point blade 28–35 mm deep of 3–4 mm stainless, flat
        /// ground to its edge; a 6 mm brass or aluminium guard (12 mm across) standing 8 mm proud of the blade;
        /// a narrowed 4 mm tang through a 110–125 mm handle (24–28 mm) of stacked leather washers (about 0.95
        /// g/cm³) or phenolic (about 1.3), a brass or aluminium pommel screwed on its end; in its sheath on
        /// most: two layers of 3–3.5 mm leather and a welt along the edge side, stitched, a belt loop, a strap
        /// with a press stud over the handle.
        /// </summary>
        private PixelBox HuntingKnife(double scale)
        {
            var bl = U(100, 150);
            var bw = U(28, 35);
            var t = U(3, 4);
            var hl = U(110, 125);
            var hd = U(24, 28);
            var sheathed = Chance(0.6);
            var total = bl + 6 + hl + 16;
            var pen = Lay((total / 2) + 9, (bw / 2) + 15, scale);
            var knife = new Turned(pen, 0, 0, 0);
            var xp = -total / 2;
            var xh = xp + 16;
            var xg = xh + hl;
            var xb = xg + 6;
            var top = -bw / 2;
            knife.Poly(Steel, t * 0.5, (xb, top), (xb + (0.62 * bl), top), (xb + bl, top + (0.38 * bw)), (xb + (0.82 * bl), top + (0.8 * bw)), (xb + (0.45 * bl), top + bw), (xb, top + bw));
            knife.Rect(Steel, t * 0.5, xb, top, 0.65 * bl, bw * 0.5);
            var brass = Chance(0.5);
            var fitting = brass ? Brass : Aluminium;
            knife.Rect(fitting, 12, xg, top - 8, 6, bw + 16);
            knife.Rect(Steel, 4, xh, -5, hl, 10);
            knife.Cylinder(Organic, xh, -hd / 2, hl, hd, Chance(0.5) ? 0.95 : 1.3);
            knife.Cylinder(fitting, xp, (-hd / 2) - 1, 16, hd + 2, brass ? 0.3 : 0.7);
            if (sheathed)
            {
                var leather = U(3, 3.5) * 0.95;
                var sx = xg - 40;
                knife.Poly(Organic, 2 * leather, (sx, top - 12), (xb + (0.6 * bl), top - 12), (xb + bl + 8, top + (0.4 * bw)), (xb + (0.8 * bl), top + bw + 14), (sx, top + bw + 14));
                knife.Line(Organic, 3 * leather, 8, false, (sx, top + bw + 10), (xb + (0.78 * bl), top + bw + 10), (xb + bl + 3, top + (0.45 * bw)));
                knife.Rect(Organic, 2 * leather, sx - 25, top - 10, 55, bw + 20);
                knife.Rect(Organic, leather, xg - 30, top - 14, 22, bw + 28);
                knife.Ellipse(Brass, 2, xg - 19, top + bw + 6, 5, 5);
            }

            return pen.Box;
        }

        /// <summary>
        /// A lockback folding hunter: shut, 122–130 × 32–35 mm and about 15 mm deep: two brass liners (1–1.2
        /// mm), a brass bolster at each end (about 6 mm of brass with the liners), wood scales between them
        /// (2.5–3 mm each, about 0.9 g/cm³), the steel lock bar along the back with its spring, pins through
        /// it all; a 90–97 mm clip-point blade of 3 mm stainless folded between the liners, or locked open
        /// (about 205–215 mm overall); shut, in a leather belt pouch with a flap and press stud on some.
        /// </summary>
        private PixelBox LockbackFolder(double scale)
        {
            var hl = U(122, 130);
            var hw = U(32, 35);
            var bl = U(90, 97);
            var bw = hw * U(0.72, 0.8);
            var open = Chance(0.45);
            var pouch = !open && Chance(0.35);
            var span = open ? hl - 10 + bl : hl;
            var pen = Lay((span / 2) + 6, (hw / 2) + 11, scale);
            var knife = new Turned(pen, 0, 0, 0);
            var x0 = -span / 2;
            var xp = x0 + hl - 10;
            var bolster = U(18, 22);
            RoundedRect(knife, Brass, 2 * U(1, 1.2), x0, -hw / 2, hl, hw, 9);
            knife.Rect(Brass, 6, x0 + 2, (-hw / 2) + 1, bolster - 2, hw - 2);
            knife.Rect(Brass, 6, x0 + hl - bolster, (-hw / 2) + 1, bolster - 2, hw - 2);
            knife.Rect(Organic, 2 * U(2.5, 3) * 0.9, x0 + bolster, (-hw / 2) + 1, hl - (2 * bolster), hw - 2);
            knife.Rect(Steel, 3, x0 + 10, (-hw / 2) + 0.5, hl - 24, 6);
            knife.Rect(Steel, 3, x0 + 12, (-hw / 2) + 6.5, hl * 0.5, 3);
            knife.Ellipse(Steel, 15, xp, hw * 0.1, 2, 2);
            knife.Ellipse(Steel, 15, x0 + (hl * 0.55), (-hw / 2) + 4, 1.5, 1.5);
            knife.Ellipse(Brass, 15, x0 + 8, 0, 1.5, 1.5);
            var blade = new Turned(pen, xp, hw * 0.1, open ? U(-0.03, 0.03) : Math.PI + U(-0.02, 0.02));
            blade.Poly(Steel, 1.6, (-8, -bw / 2), (0.55 * bl, -bw / 2), (0.75 * bl, -bw * 0.35), (bl, -bw * 0.05), (0.85 * bl, bw * 0.3), (0.4 * bl, bw / 2), (-8, bw / 2));
            blade.Rect(Steel, 1.4, -8, -bw / 2, 0.6 * bl, bw * 0.45);
            if (pouch)
            {
                var leather = U(2.5, 3) * 0.95;
                RoundedRect(knife, Organic, 2 * leather, x0 - 5, (-hw / 2) - 6, hl + 10, hw + 12, 10);
                knife.Line(Organic, 3 * leather, 4, false, (x0 - 3, (hw / 2) + 4), (x0 + hl + 3, (hw / 2) + 4));
                knife.Rect(Organic, leather, x0 + hl - 30, (-hw / 2) - 6, 35, hw + 12);
                knife.Ellipse(Brass, 2, x0 + hl - 12, 0, 5, 5);
                knife.Rect(Organic, 2 * leather, x0 + 20, (-hw / 2) - 10, 60, hw + 14);
            }

            return pen.Box;
        }

        /// <summary>
        /// An improvised blade of broken glass: a 90–160 × 25–45 mm shard of 3–5 mm window or bottle glass
        /// (soda-lime, about 2.5 g/cm³), a long jagged triangle broken to a point, its broad end wound into a
        /// 60–90 mm grip: 10–20 turns of 0.15 mm PVC tape (about 1.4 g/cm³), or 4–8 turns of a strip of torn
        /// sheet (2–3 mm of cotton at about 0.5 g/cm³); loose, or pushed into a sock.
        /// </summary>
        private PixelBox GlassShiv(double scale)
        {
            var l = U(90, 160);
            var w = U(25, 45);
            var t = U(3, 5);
            var sock = Chance(0.25);
            var pen = Lay((l / 2) + 16, (w / 2) + 16, scale);
            var x0 = -l / 2;
            var outline = new List<(double X, double Y)> { (x0, -w / 2) };
            var n = random.Next(3, 6);
            for (var i = 1; i <= n; i++)
            {
                var f = i / (n + 1.0);
                outline.Add((x0 + (f * l) + U(-3, 3), (-w / 2 * (1 - f)) + U(-2.5, 1)));
            }

            outline.Add((x0 + l, U(-1, 1)));
            for (var i = n; i >= 1; i--)
            {
                var f = i / (n + 1.0);
                outline.Add((x0 + (f * l) + U(-3, 3), (w / 2 * (1 - Math.Pow(f, 0.8))) + U(-1, 2.5)));
            }

            outline.Add((x0, w / 2));
            outline.Add((x0 - U(0, 5), U(-w / 4, w / 4)));
            var shard = new Turned(pen, 0, 0, 0);
            pen.Item(() =>
            {
                shard.Poly(Glass, t, [.. outline]);
                var gl = U(60, 90);
                if (Chance(0.6))
                {
                    var tape = random.Next(10, 21) * 2 * 0.15 * 1.4;
                    shard.Rect(Organic, tape, x0 - 4, (-w / 2) - 2, gl, w + 4);
                    shard.Line(Organic, tape * 2, 1.2, false, (x0 - 4, (-w / 2) - 2), (x0 - 4 + gl, (-w / 2) - 2));
                    shard.Line(Organic, tape * 2, 1.2, false, (x0 - 4, (w / 2) + 2), (x0 - 4 + gl, (w / 2) + 2));
                }
                else
                {
                    shard.Rect(Organic, random.Next(4, 9) * 2 * U(2, 3) * 0.5, x0 - 6, (-w / 2) - 5, gl, w + 10);
                }
            });

            if (sock)
            {
                RoundedRect(shard, Organic, 2 * 1.5 * 0.4, x0 - 15, (-w / 2) - 15, l + 30, w + 30, 12);
            }

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// A top-break service revolver (Webley Mk IV–VI class), all steel: a 102 or 152 mm barrel (16 mm
        /// across, a rib on top) that hinges down with the top strap and the six-shot cylinder (37–43 mm
        /// across, 37–41 mm long) on a pin at the front of the frame's bottom strap, the stirrup latch over
        /// the standing breech, the hammer, a bird's-head grip frame under vulcanite (about 1.2 g/cm³) or
        /// walnut (0.7) panels 5–6 mm each, a lanyard ring; 225–295 mm long; 0–6 .455 or .38 rimmed rounds
        /// (19–20 mm brass cases, plain lead bullets); shut, or broken open with barrel and cylinder tipped
        /// down on the hinge and the rounds lifted by the extractor star.
        /// </summary>
        private PixelBox TopBreakRevolver(double scale)
        {
            var bl = Chance(0.5) ? 102.0 : 152.0;
            var big = Chance(0.6);
            var (cd, cl) = big ? (U(41, 43), U(39, 41)) : (U(37, 39), U(37, 39));
            var length = bl + cl + U(85, 95);
            var open = Chance(0.3);
            var pen = Lay((-length / 2) - 2, -80, (length / 2) + 2, open ? Math.Max(100, (0.8 * bl) + 15) : 100, scale);
            var gun = new Turned(pen, 0, 0, 0);
            const double axis = -30;
            var xc = (length / 2) - bl - cl - 6;
            var (hx, hy) = (xc + cl + 6, axis + (cd / 2) + 8);
            var a = open ? U(0.5, 0.9) : 0;
            // Frame: standing breech and recoil shield, the bottom strap forward to the hinge, the latch.
            gun.Rect(Steel, 16, xc - 14, axis - (cd / 2) - 2, 13, cd + 4);
            gun.Rect(Steel, 10, xc - 14, axis + (cd / 2) - 1, hx - xc + 16, 11);
            gun.Ellipse(Steel, 14, hx, hy, 3, 3);
            gun.Rect(Steel, 9, xc - 16, axis - (cd / 2) - 12, 12, 12);
            gun.Poly(Steel, 7, (xc - 14, axis - 12), (xc - 8, axis - 16), (xc - 20, axis - 34), (xc - 28, axis - 30), (xc - 24, axis - 8));
            var gy = axis + (cd / 2) + 8;
            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(t => (xc + 14 + (17 * Math.Cos(t)), gy + 1 + (15 * Math.Sin(t)))).ToArray();
            gun.Line(Steel, 5, 4, false, guard);
            gun.Poly(Steel, 5, (xc + 8, gy + 1), (xc + 14, gy + 1), (xc + 11, gy + 15), (xc + 6, gy + 13));
            // Bird's-head grip: the frame's web and straps, the panels over them, the ring at its butt.
            var grip = new (double X, double Y)[] { (xc - 14, gy - 6), (xc + 2, gy), (xc - 6, gy + 40), (xc - 24, gy + 80), (xc - 46, gy + 82), (xc - 50, gy + 68), (xc - 34, gy + 30), (xc - 30, gy - 10) };
            gun.Poly(Steel, 4, grip);
            gun.Line(Steel, 6, 4, true, grip);
            gun.Poly(Organic, 2 * U(5, 6) * (Chance(0.6) ? 1.2 : 0.7), [.. grip.Select(p => (p.X, p.Y + 1))]);
            gun.Ring(Steel, 3, 3, xc - 40, gy + 90, 7, 7);
            // Barrel, top strap and cylinder turn together about the hinge; in their frame the hinge is the origin.
            var g = new Turned(pen, hx, hy, a);
            var cx0 = -cl - 6;
            var ay = axis - hy;
            g.Tube(Steel, -5, ay - 8, bl, 16, big ? 2.2 : 3.5);
            g.Rect(Steel, 6, -5, ay - 12, bl, 4);
            g.Rect(Steel, 5, bl - 15, ay - 17, 7, 5);
            g.Poly(Steel, 12, (-5, ay + 8), (20, ay + 8), (5, -4), (0, 5), (-6, 0));
            g.Rect(Steel, 8, cx0 - 4, ay - (cd / 2) - 7, cl + 6, 7);
            g.Cylinder(Steel, cx0, ay - (cd / 2), cl, cd, 0.5);
            var lift = open ? U(2, 10) : 0;
            g.Rect(Steel, 6, cx0 - 2 - lift, ay - 10, 3, 20);
            var (caseL, caseD, rim, bulletOut, bd) = big ? (19.3, 12.1, 13.5, 11.0, 11.6) : (19.7, 9.65, 11.1, 8.5, 9.1);
            var loaded = random.Next(0, 7);
            for (var c = 0; c < loaded; c++)
            {
                var (rx, ry) = Moved(hx, hy, a, cx0 - 1.2 - lift + ((caseL + bulletOut) / 2), ay + (cd * 0.3 * Math.Sin((c * Math.PI / 3) + 0.5)));
                BrassRound(new Turned(pen, rx, ry, a), caseL, caseD, rim, bulletOut, bd, jacketed: false);
            }

            return pen.Box;
        }

        /// <summary>
        /// A Makarov-pattern blowback pistol (PM / Baikal class), all steel: 159–163 × 124–128 mm, a fixed 94
        /// mm barrel (15 mm across, 9 mm bore) pinned in the frame with the recoil spring wound round it, a
        /// slide of two 3.5–4 mm walls and a solid breech end, an exposed hammer, a one-piece wrap-around
        /// plastic grip (two 5 mm sides, about 1.3 g/cm³) held by one steel screw, an 8-round single-stack
        /// steel magazine (0.8 mm walls) of 9 × 18 mm rounds, loaded on most; a lanyard loop at the butt.
        /// </summary>
        private PixelBox BlowbackPistol(double scale)
        {
            var l = U(159, 163);
            var sh = U(27, 29);
            var pen = Lay((-l / 2) - 11, -67, (l / 2) + 1, 73, scale);
            var gun = new Turned(pen, 0, 0, 0);
            var x0 = -l / 2;
            const double y0 = -63;
            var wall = U(3.5, 4);
            gun.Rect(Steel, 2 * wall, x0, y0, l, sh);
            gun.Rect(Steel, 14, x0, y0, l, 3);
            gun.Rect(Steel, 18, x0 + 2, y0 + 3, 34, sh - 6);
            gun.Tube(Steel, x0 + 36, y0 + 7, l - 37, 15, 3);
            gun.Line(Steel, 1.3, 1.5, false, [.. Enumerable.Range(0, 22).Select(i => (x0 + 40 + (i * (l - 46) / 21.0), y0 + (i % 2 == 0 ? 5.0 : 24.0)))]);
            gun.Rect(Steel, 4, x0 + l - 14, y0 - 3, 5, 3);
            gun.Rect(Steel, 5, x0 + 6, y0 - 3, 8, 3);
            gun.Poly(Steel, 8, (x0 + 2, y0 + 8), (x0 + 8, y0 + 12), (x0 - 4, y0 - 2), (x0 - 10, y0 + 2));
            gun.Rect(Steel, 6, x0 + 10, y0 + sh, l - 40, 9);
            var gy = y0 + sh + 6;
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10)
                .Select(t => (x0 + 68 + (22 * Math.Cos(t)), gy + 2 + (18 * Math.Sin(t)))).ToArray();
            gun.Line(Steel, 5, 4, false, guard);
            gun.Poly(Steel, 4, (x0 + 62, gy + 2), (x0 + 68, gy + 2), (x0 + 64, gy + 16), (x0 + 59, gy + 15));
            // Grip: the frame's walls round the magazine well and its solid backstrap, the grip, its screw.
            var rake = Math.Tan(U(12, 16) * Math.PI / 180);
            var gx = x0 + 6;
            var gb = y0 + U(124, 128);
            var drop = (gb - gy) * rake;
            var outline = new (double X, double Y)[] { (gx, gy - 4), (gx + 34, gy - 4), (gx + 34 - drop, gb), (gx - 2 - drop, gb) };
            gun.Poly(Steel, 5, outline);
            gun.Poly(Steel, 10, (gx - 2, gy - 4), (gx + 5, gy - 4), (gx + 3 - drop, gb), (gx - 2 - drop, gb));
            gun.Poly(Organic, 2 * 5 * 1.3, [.. outline.Select(p => (p.X - 1, p.Y))]);
            gun.Ellipse(Steel, 24, gx + 16 - (drop * 0.5), (gy + gb) / 2, 2.5, 2.5);
            gun.Ring(Steel, 2, 1.5, gx - drop + 2, gb + 3, 4, 4);
            // Magazine down the grip (+x of `mag` runs down it), the rounds across it, bullets forward.
            var a = (Math.PI / 2) + Math.Atan(rake);
            var ml = gb - gy;
            var (mx, my) = (gx + 17 - (drop * 0.5), (gy + gb) / 2);
            var mag = new Turned(pen, mx, my, a);
            mag.Rect(Steel, 1.6, -ml / 2, -14, ml, 28);
            mag.Rect(Steel, 4, (ml / 2) - 3, -15, 3, 30);
            var rounds = Chance(0.8) ? random.Next(3, 9) : 0;
            for (var i = 0; i < rounds; i++)
            {
                var (rx, ry) = Moved(mx, my, a, (-ml / 2) + 8 + (i * 9.5), 0);
                BrassRound(new Turned(pen, rx, ry, a - (Math.PI / 2)), 18.1, 9.9, 9.9, 7, 9.2, jacketed: true);
            }

            return pen.Box;
        }

        /// <summary>
        /// A percussion cap-and-ball revolver (Remington 1858 pattern replica), all steel but its guard: an
        /// octagonal barrel 22 mm across the flats with an 11.4 mm bore, 200 mm (330–340 mm overall) or 140 mm,
        /// the loading lever and rammer under it, a solid frame with its top strap, a 42 × 48 mm six-shot
        /// cylinder with its nipples at the back, a brass trigger guard, a steel grip frame under two 10 mm
        /// walnut panels (about 0.65 g/cm³); its chambers empty, or some loaded with 11.5 mm lead balls over
        /// black powder, copper caps on their nipples.
        /// </summary>
        private PixelBox CapAndBallRevolver(double scale)
        {
            var bl = Chance(0.7) ? U(198, 203) : U(138, 142);
            const double cd = 42;
            const double cl = 48;
            var length = bl + cl + 10 + 85;
            var pen = Lay((-length / 2) - 1, -63, (length / 2) + 1, 90, scale);
            var gun = new Turned(pen, 0, 0, 0);
            const double axis = -25;
            var xc = (length / 2) - bl - cl - 10;
            var xb = xc + cl + 10;
            gun.Tube(Steel, xb, axis - 11, bl, 22, 5.3);
            gun.Rect(Brass, 5, xb + bl - 12, axis - 16, 8, 5);
            gun.Poly(Steel, 7, (xb, axis + 11), (xb + (bl * 0.55), axis + 11), (xb + (bl * 0.55), axis + 16), (xb + 10, axis + 20), (xb - 5, axis + 18));
            gun.Cylinder(Steel, xb - 8, axis + 10, 20, 9);
            gun.Rect(Steel, 10, xc - 16, axis - (cd / 2) - 7, cl + 26, 7);
            gun.Rect(Steel, 14, xc - 16, axis + (cd / 2) - 4, cl + 26, 12);
            gun.Rect(Steel, 18, xc - 16, axis - (cd / 2), 13, cd);
            gun.Rect(Steel, 14, xb - 10, axis - 14, 10, 28);
            gun.Poly(Steel, 8, (xc - 16, axis - 14), (xc - 10, axis - 18), (xc - 24, axis - 36), (xc - 32, axis - 32), (xc - 26, axis - 8));
            var gy = axis + (cd / 2) + 8;
            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(t => (xc + 12 + (18 * Math.Cos(t)), gy + (16 * Math.Sin(t)))).ToArray();
            gun.Line(Brass, 6, 5, false, guard);
            gun.Poly(Steel, 5, (xc + 6, gy), (xc + 11, gy), (xc + 8, gy + 14), (xc + 3, gy + 13));
            var grip = new (double X, double Y)[] { (xc - 16, gy - 6), (xc - 4, gy), (xc - 14, gy + 50), (xc - 22, gy + 82), (xc - 46, gy + 84), (xc - 44, gy + 50), (xc - 32, gy - 14) };
            gun.Line(Steel, 6, 4, true, grip);
            gun.Poly(Organic, 2 * 10 * 0.65, grip);
            gun.Ellipse(Steel, 20, xc - 26, gy + 40, 2, 2);
            gun.Cylinder(Steel, xc, axis - (cd / 2), cl, cd, 0.55);
            var loaded = Chance(0.6) ? random.Next(1, 7) : 0;
            for (var c = 0; c < 6; c++)
            {
                var y = axis + (13 * Math.Sin((c * Math.PI / 3) + 0.4));
                gun.Rect(Steel, 5, xc - 6, y - 2.5, 6, 5);
                if (c < loaded)
                {
                    Ball(gun, Lead, xc + cl - 8, y, 5.75, 1);
                    gun.Rect(Organic, 9, xc + 6, y - 5, cl - 20, 10);
                    gun.Rect(Brass, 1, xc - 9, y - 3, 3, 6);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// An improvised 9 mm submachine gun (Luty pattern, made in a workshop from steel tube and sheet): a
        /// 38–45 mm tube receiver of 1.5–2 mm wall, 230–280 mm long, closed by screwed end caps; a 100–150 mm
        /// barrel (19 mm, 9 mm bore) through the front cap; a solid steel bolt (100–120 mm) and its recoil
        /// spring inside, the cocking handle standing out of the side; a welded sheet-steel pistol grip (2 mm
        /// sheet) and trigger; a magazine housing under the receiver holding a 32-round Sten-type magazine
        /// (0.9 mm steel, 190–205 mm, 9 × 19 rounds staggered, bullets forward), loaded on most; a wire stock
        /// folded under it on some.
        /// </summary>
        private PixelBox ImprovisedSmg(double scale)
        {
            var rl = U(230, 280);
            var rd = U(38, 45);
            var wall = U(1.5, 2);
            var bo = U(100, 150) - 40;
            var ml = U(190, 205);
            var total = rl + bo + 10;
            var pen = Lay((-total / 2) - 5, (-ml / 2) - (rd / 2) - 2, (total / 2) + 1, (ml / 2) + (rd / 2) + 1, scale);
            var gun = new Turned(pen, 0, 0, 0);
            var x0 = -total / 2;
            var ya = -ml / 2;
            gun.Tube(Steel, x0, ya - (rd / 2), rl, rd, wall);
            gun.Rect(Steel, (2 * wall) + 8, x0 - 4, ya - (rd / 2) - 1, 8, rd + 2);
            gun.Rect(Steel, (2 * wall) + 8, x0 + rl - 4, ya - (rd / 2) - 1, 10, rd + 2);
            var xb = x0 + rl - 40;
            gun.Tube(Steel, xb, ya - 9.5, 46 + bo, 19, 5);
            var boltL = U(100, 120);
            var bolt = rd - (2 * wall) - 1;
            var back = U(0, 20);
            var bx = xb - boltL - back;
            gun.Cylinder(Steel, bx, ya - (bolt / 2), boltL, bolt, 0.9);
            gun.Line(Steel, 1.6, 1.5, false, [.. Enumerable.Range(0, 16).Select(i => (x0 + 5 + (i * (bx - x0 - 5) / 15.0), ya + ((i % 2 == 0 ? -0.4 : 0.4) * bolt)))]);
            gun.Ellipse(Steel, 30, bx + 25, ya - 6, 4, 4);
            // Grip, guard and trigger under the receiver's middle.
            var gx = x0 + (rl * 0.3);
            var gy = ya + (rd / 2);
            var grip = new (double X, double Y)[] { (gx, gy), (gx + 32, gy), (gx + 24, gy + 105), (gx - 10, gy + 105) };
            gun.Poly(Steel, 4, grip);
            gun.Line(Steel, 22, 2, true, grip);
            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(t => (gx + 52 + (18 * Math.Cos(t)), gy + (16 * Math.Sin(t)))).ToArray();
            gun.Line(Steel, 4, 4, false, guard);
            gun.Poly(Steel, 5, (gx + 44, gy), (gx + 50, gy), (gx + 47, gy + 13), (gx + 42, gy + 12));
            // Magazine housing and magazine ahead of the guard, the rounds across it.
            var xm = gx + 80;
            gun.Rect(Steel, 3, xm - 2, gy - 2, 42, 42);
            gun.Line(Steel, 16, 1.5, true, (xm - 2, gy - 2), (xm + 40, gy - 2), (xm + 40, gy + 40), (xm - 2, gy + 40));
            var mag = new Turned(pen, xm + 19, gy - 10 + (ml / 2), Math.PI / 2);
            mag.Rect(Steel, 1.8, -ml / 2, -19, ml, 38);
            mag.Line(Steel, 19, 1.2, true, (-ml / 2, -19), (ml / 2, -19), (ml / 2, 19), (-ml / 2, 19));
            var rounds = Chance(0.8) ? random.Next(5, 33) : 0;
            for (var i = 0; i < rounds; i++)
            {
                var along = (-ml / 2) + 6 + (i * 5.6);
                if (along > (ml / 2) - 12)
                {
                    break;
                }

                BrassRound(new Turned(pen, xm + 19, gy - 10 + (ml / 2) + along, 0), 19.15, 9.9, 9.9, 10.5, 9.0, jacketed: true);
            }

            if (Chance(0.35))
            {
                gun.Line(Steel, 0.8 * 7, 7, false, (x0 + 10, gy + 6), (x0 + rl - 100, gy + 6), (x0 + rl - 100, gy + 26), (x0 + 10, gy + 26));
            }

            return pen.Box;
        }

        /// <summary>
        /// A pistol hidden in a cereal box: a 300–330 × 200–225 × 65–80 mm box of 0.45 mm paperboard (about
        /// 0.7 g/cm³; its sides edge-on round the outline where it lies on its face, the glued flaps at its
        /// ends), a polythene liner bag of flakes at about 0.15 g/cm³ filling 60–95 % of it; pushed down among
        /// the flakes in a freezer bag, a compact 9 mm pistol (160–180 mm) with a polymer or steel frame, its
        /// magazine in it or lying beside it.
        /// </summary>
        private PixelBox PistolInCerealBox(double scale)
        {
            var bl = U(300, 330);
            var bw = U(200, 225);
            var depth = U(65, 80);
            var fill = U(0.6, 0.95);
            var pen = Lay((bl / 2) + 1, (bw / 2) + 12, scale);
            var box = new Turned(pen, 0, 0, 0);
            box.Rect(Organic, 2 * 0.45 * 0.7, -bl / 2, -bw / 2, bl, bw);
            box.Line(Organic, depth * 0.45 * 0.7 / 1.5, 1.5, true, (-bl / 2, -bw / 2), (bl / 2, -bw / 2), (bl / 2, bw / 2), (-bl / 2, bw / 2));
            box.Rect(Organic, 3 * 0.45 * 0.7 * depth / 3, (-bl / 2) + 0.5, -bw / 2, 3, bw);
            box.Rect(Organic, 3 * 0.45 * 0.7 * depth / 3, (bl / 2) - 3.5, -bw / 2, 3, bw);
            var fl = (bl - 8) * fill;
            box.Rect(Organic, depth * 0.9 * 0.15, (-bl / 2) + 4, (-bw / 2) + 4, fl, bw - 8);
            box.Rect(Organic, 2.5, (-bl / 2) + fl - 2, (-bw / 2) + 4, 6, bw - 8);
            var gl = U(160, 180);
            var polymer = Chance(0.65);
            var magIn = Chance(0.7);
            var gx = Math.Clamp((-bl / 2) + 4 + (fl > gl + 40 ? U((gl / 2) + 18, fl - (gl / 2) - 18) : fl / 2), (-bl / 2) + 108, (bl / 2) - 108);
            var gy = U(-(bw / 2) + 90, (bw / 2) - 90);
            var angle = U(-0.25, 0.25) + (Chance(0.5) ? Math.PI : 0);
            pen.Item(() => CompactNine(pen, gx, gy, angle, gl, polymer, magIn, random.Next(0, 16)));
            var bag = new Turned(pen, gx, gy, angle);
            bag.Line(Organic, 1.5, 1.5, false, ((-gl / 2) - 5, (-gl * 0.35) - 6), ((gl / 2) + 5, (-gl * 0.35) - 6));
            if (!magIn)
            {
                // In the same bag, lying over or under the pistol.
                var (mx, my) = Moved(gx, gy, angle, U(-30, 30), U(-20, 20));
                pen.Item(() => NineMagazine(pen, mx, my, angle + U(-0.3, 0.3), U(85, 95), random.Next(0, 16)));
            }

            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>
        /// A compact smartphone (iPhone SE or 12/13 mini class): 131–139 × 64–68 × 7.3–7.7 mm; glass front and
        /// back (0.6–0.7 mm each) on an aluminium frame (a 2 mm rail 7.5 mm deep) and mid-plate; a 1800–2400
        /// mAh pouch cell, L-shaped on the mini; the stacked board with its shields in the top third; one or
        /// two cameras; a linear vibration motor in its steel can; the speaker and the port at the bottom end;
        /// on the SE a home button in a steel ring; bare or in a 1.2 mm silicone case (about 1.1 g/cm³).
        /// </summary>
        private PixelBox CompactSmartphone(double scale)
        {
            var mini = Chance(0.5);
            var l = mini ? U(131, 132) : U(138, 139);
            var w = mini ? U(64, 64.5) : U(67, 67.5);
            var cased = Chance(0.4);
            var pen = Lay((l / 2) + 2, (w / 2) + 2, scale);
            var phone = new Turned(pen, 0, 0, 0);
            var r = mini ? 9.0 : 10.0;
            RoundedRect(phone, Glass, 1.3, -l / 2, -w / 2, l, w, r);
            RoundedRect(phone, Aluminium, 0.7, (-l / 2) + 2, (-w / 2) + 2, l - 4, w - 4, r - 2);
            phone.Line(Aluminium, 6, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, r - 1));
            var top = (l / 2) - (l * 0.3);
            if (mini)
            {
                phone.Rect(Steel, 0.6, -l * 0.36, (-w / 2) + 5, top + (l * 0.36) - 3, w * 0.5);
                phone.Rect(Mixed, 3.4, -l * 0.36, (-w / 2) + 5, top + (l * 0.36) - 3, w * 0.5);
                phone.Rect(Steel, 0.6, -l * 0.36, (-w / 2) + 5 + (w * 0.5), 28, w * 0.3);
                phone.Rect(Mixed, 3.4, -l * 0.36, (-w / 2) + 5 + (w * 0.5), 28, w * 0.3);
            }
            else
            {
                phone.Rect(Steel, 0.6, -l * 0.32, (-w / 2) + 6, l * 0.58, w * 0.55);
                phone.Rect(Mixed, 3.2, -l * 0.32, (-w / 2) + 6, l * 0.58, w * 0.55);
            }

            phone.Rect(Mixed, 1.6, top, (-w / 2) + 4, (l / 2) - top - 4, w - 8);
            for (var i = random.Next(3, 7); i > 0; i--)
            {
                phone.Rect(Steel, 0.5, U(top, (l / 2) - 14), U((-w / 2) + 5, (w / 2) - 14), U(6, 12), U(5, 10));
            }

            for (var i = 0; i < (mini ? 2 : 1); i++)
            {
                phone.Ring(Steel, 2.2, 1.4, (l / 2) - 10 - (i * 11), (w / 2) - 10, 4.5, 4.5);
            }

            phone.Rect(Steel, 2.5, (-l / 2) + 10, (w / 2) - 20, 12, 14);
            phone.Rect(Steel, 2, (-l / 2) + 4, (-w / 2) + 8, 14, 10);
            phone.Rect(Steel, 2.5, (-l / 2) + 0.5, -4.5, 4, 9);
            if (!mini)
            {
                phone.Ring(Steel, 1.5, 1.2, (-l / 2) + 12, 0, 5.5, 5.5);
            }

            if (cased)
            {
                RoundedRect(phone, Organic, 1.2 * 1.1, (-l / 2) - 1.5, (-w / 2) - 1.5, l + 3, w + 3, r + 1.5);
                phone.Line(Organic, 9 * 1.1, 1.5, true, RoundedOutline((-l / 2) - 0.75, (-w / 2) - 0.75, l + 1.5, w + 1.5, r + 0.75));
            }

            return pen.Box;
        }

        /// <summary>
        /// A flagship smartphone (147–163 × 71–78 × 8.3 mm) with a magnetic accessory on its back: glass front
        /// and back, a 2 mm rail of stainless steel or titanium (8 mm deep, most of it metal), an aluminium
        /// mid-plate, a 3200–4400 mAh pouch cell, the board and its shields, a raised glass island of three
        /// cameras, a wireless-charging coil (copper) on its ferrite sheet inside a ring of 18 small NdFeB
        /// magnets (about 54 mm across); on the back, held by its own ring of magnets, a leather card wallet
        /// (two 1.2 mm leather layers, a 0.2 mm steel shield, one or two cards) or a ring-grip stand (a
        /// zinc-alloy ring and hinge on a plastic disc).
        /// </summary>
        private PixelBox MagWalletPhone(double scale)
        {
            var big = Chance(0.4);
            var l = big ? U(159, 163) : U(147, 151);
            var w = big ? U(76, 78) : U(71, 72);
            var pen = Lay((l / 2) + 1, (w / 2) + 1, scale);
            var phone = new Turned(pen, 0, 0, 0);
            const double r = 11;
            RoundedRect(phone, Glass, 1.4, -l / 2, -w / 2, l, w, r);
            RoundedRect(phone, Aluminium, 0.8, (-l / 2) + 2, (-w / 2) + 2, l - 4, w - 4, r - 2);
            phone.Line(Chance(0.5) ? Steel : Titanium, 6.5, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, r - 1));
            var bl = l * U(0.52, 0.58);
            var bx = (-l / 2) + 12;
            phone.Rect(Steel, 0.8, bx, (-w / 2) + 6, bl, w - 12);
            phone.Rect(Mixed, 3.8, bx, (-w / 2) + 6, bl, w - 12);
            var top = bx + bl + 3;
            phone.Rect(Mixed, 1.6, top, (-w / 2) + 4, (l / 2) - top - 3, w - 8);
            for (var i = random.Next(4, 8); i > 0; i--)
            {
                phone.Rect(Steel, 0.5, U(top, (l / 2) - 14), U((-w / 2) + 5, (w / 2) - 14), U(6, 12), U(5, 10));
            }

            var isl = U(35, 40);
            var (ix, iy) = ((l / 2) - 4 - isl, (-w / 2) + 4);
            RoundedRect(phone, Glass, 1.2, ix, iy, isl, isl, 7);
            foreach (var (dx, dy) in new[] { (0.28, 0.28), (0.72, 0.28), (0.5, 0.72) })
            {
                phone.Ring(Steel, 3, 1.8, ix + (dx * isl), iy + (dy * isl), 6, 6);
                phone.Rect(Steel, 0.8, ix + (dx * isl) - 5, iy + (dy * isl) - 5, 10, 10);
            }

            var (cx, cy) = (-l * 0.02, 0.0);
            phone.Ring(Brass, 0.45, 9, cx, cy, 17, 17);
            phone.Ellipse(Steel, 0.12, cx, cy, 24, 24);
            MagnetRing(phone, cx, cy, 27, 18);
            phone.Rect(Steel, 1.3, cx - 38, cy - 5, 6, 10);
            phone.Rect(Steel, 2, (-l / 2) + 4, (-w / 2) + 8, 16, 9);
            phone.Rect(Steel, 2.5, (-l / 2) + 0.5, -4.5, 4, 9);
            if (Chance(0.6))
            {
                var (al, aw) = (U(94, 97), U(62, 64));
                RoundedRect(phone, Organic, 2 * 1.2 * 0.95, cx - (al / 2), cy - (aw / 2), al, aw, 8);
                phone.Line(Organic, 9 * 0.95, 1.5, true, RoundedOutline(cx - (al / 2) + 0.75, cy - (aw / 2) + 0.75, al - 1.5, aw - 1.5, 8));
                phone.Ellipse(Steel, 0.2, cx, cy, 28, 28);
                MagnetRing(phone, cx, cy, 27, 16);
                for (var i = random.Next(1, 3); i > 0; i--)
                {
                    BankCard(new Turned(pen, cx + U(-2, 2), cy + U(-1, 1), U(-0.02, 0.02)));
                }
            }
            else
            {
                phone.Ellipse(Organic, 3, cx, cy, 29, 29);
                MagnetRing(phone, cx, cy, 24, 16);
                var ring = cx + U(-8, 8);
                phone.Ring(ZincAlloy, 3, 4, ring, cy, 17, 17);
                phone.Rect(ZincAlloy, 4, cx - 6, cy - 4, 12, 8);
            }

            return pen.Box;
        }

        /// <summary>
        /// A removable phone battery pack along its part's x: a pouch cell in a thin aluminium can (two 0.15
        /// mm faces) and a plastic frame under its label, the protection board at one end and four brass
        /// contacts on that edge.
        /// </summary>
        private static void CasedPack(Turned pack, double l, double w)
        {
            pack.Rect(Organic, 1.2, -l / 2, -w / 2, l, w);
            pack.Line(Organic, 5 * 1.2, 1, true, (-l / 2, -w / 2), (l / 2, -w / 2), (l / 2, w / 2), (-l / 2, w / 2));
            pack.Rect(Aluminium, 0.3, (-l / 2) + 1, (-w / 2) + 1, l - 6, w - 2);
            pack.Rect(Steel, 0.6, (-l / 2) + 2, (-w / 2) + 2, l - 9, w - 4);
            pack.Rect(Mixed, 3.4, (-l / 2) + 2, (-w / 2) + 2, l - 9, w - 4);
            pack.Rect(Mixed, 1.6, (l / 2) - 6, (-w / 2) + 2, 5, w - 4);
            for (var i = 0; i < 4; i++)
            {
                pack.Rect(Brass, 0.8, (l / 2) - 1, -10 + (i * 5.5), 1, 3.5);
            }
        }

        /// <summary>
        /// An older smartphone with a removable battery (Galaxy S4/S5 or Moto G class): 137–142 × 70–73 × 8–9
        /// mm, glass front, a magnesium-alloy mid-frame (about 1.8 g/cm³: a little under half aluminium's
        /// attenuation), a plastic frame and a 0.8 mm polycarbonate back cover; under it a 2600–2800 mAh cased
        /// pack (67–71 × 48–50 × 5 mm) over the SIM and microSD slots (0.3 mm steel covers); the board,
        /// cameras, speaker and port; back on, or the cover off and the pack lying beside the phone.
        /// </summary>
        private PixelBox RemovableBatteryPhone(double scale)
        {
            var l = U(137, 142);
            var w = U(70, 73);
            var apart = Chance(0.35);
            var pen = apart ? Lay(-93, -75, 93, 88, scale) : Lay((l / 2) + 1, (w / 2) + 1, scale);
            var (px, py) = apart ? (0.0, -28.0) : (0.0, 0.0);
            var angle = apart ? U(-0.1, 0.1) : 0;
            var phone = new Turned(pen, px, py, angle);
            const double r = 9;
            RoundedRect(phone, Glass, 0.8, -l / 2, -w / 2, l, w, r);
            RoundedRect(phone, Aluminium, 0.45, (-l / 2) + 2, (-w / 2) + 2, l - 4, w - 4, r - 2);
            phone.Line(Organic, 8 * 1.2, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, r - 1));
            var (bl, bw) = (U(67, 71), U(48, 50));
            var bx = (-l / 2) + 16;
            phone.Rect(Steel, 0.3, bx + 8, (-w / 2) + 5, 17, 13);
            phone.Rect(Steel, 0.3, bx + 30, (-w / 2) + 5, 14, 12);
            if (apart)
            {
                phone.Line(Organic, 4, 0.8, true, (bx, -bw / 2), (bx + bl, -bw / 2), (bx + bl, bw / 2), (bx, bw / 2));
                phone.Rect(Brass, 1, bx + bl - 1, -10, 2, 20);
            }
            else
            {
                RoundedRect(phone, Organic, 0.8 * 1.2, -l / 2, -w / 2, l, w, r);
                var (cx, cy) = Moved(px, py, angle, bx + (bl / 2), 0);
                CasedPack(new Turned(pen, cx, cy, angle), bl, bw);
            }

            var top = bx + bl + 3;
            phone.Rect(Mixed, 1.6, top, (-w / 2) + 4, (l / 2) - top - 3, w - 8);
            for (var i = random.Next(3, 7); i > 0; i--)
            {
                phone.Rect(Steel, 0.5, U(top, (l / 2) - 12), U((-w / 2) + 5, (w / 2) - 12), U(5, 10), U(5, 9));
            }

            phone.Ring(Steel, 2, 1.5, (l / 2) - 12, 0, 4.5, 4.5);
            phone.Rect(Steel, 2, (-l / 2) + 3, (w / 2) - 16, 12, 10);
            phone.Rect(Steel, 2.5, (-l / 2) + 0.5, -4, 3.5, 8);
            if (apart)
            {
                CasedPack(new Turned(pen, U(-25, 25), 42 + U(0, 8), U(-0.4, 0.4) + (Chance(0.5) ? Math.PI : 0)), bl, bw);
                var cover = new Turned(pen, U(-15, 15), U(-25, -15), U(-0.2, 0.2));
                RoundedRect(cover, Organic, 0.8 * 1.2, -l / 2, -w / 2, l, w, r);
                cover.Line(Organic, 4, 1.2, true, RoundedOutline(-l / 2, -w / 2, l, w, r));
            }

            return pen.Box;
        }

        /// <summary>
        /// A phone hidden in a crisp tube: a 75 mm tube 230–250 mm long of spiral-wound paperboard (1.2 mm,
        /// about 0.7 g/cm³) lined with aluminium foil, a tinplate bottom (0.2 mm) with its rolled seam, a
        /// polythene lid; inside, a thumb-sized phone or a compact feature phone wrapped in kitchen roll at
        /// the bottom, a stack of curved crisps (about 0.25 g/cm³ as stacked) over it to the top; lying on its
        /// side, or standing (the beam down its length).
        /// </summary>
        private PixelBox PhoneInCrispTube(double scale)
        {
            const double d = 75;
            var len = U(230, 250);
            var standing = Chance(0.3);
            var pen = standing ? Lay((d / 2) + 2, (d / 2) + 2, scale) : Lay((len / 2) + 2, (d / 2) + 3, scale);
            var tube = new Turned(pen, 0, 0, 0);
            var thumb = Chance(0.6);
            var (pl, pw) = thumb ? (U(46, 72), U(20, 27)) : (U(105, 118), U(46, 51));
            var wrapped = pl + 10;
            var stack = len - wrapped - 16;
            if (standing)
            {
                tube.Ring(Organic, len * 1.2 * 0.7 / 1.5, 1.5, 0, 0, (d / 2) - 0.75, (d / 2) - 0.75);
                tube.Ring(Aluminium, len * 0.012, 1, 0, 0, (d / 2) - 2, (d / 2) - 2);
                tube.Ellipse(Steel, 0.2, 0, 0, d / 2, d / 2);
                tube.Ring(Steel, 3, 2, 0, 0, d / 2, d / 2);
                tube.Ellipse(Organic, 1.2, 0, 0, (d / 2) + 1.5, (d / 2) + 1.5);
                tube.Ellipse(Organic, stack * 0.25, 0, 0, (d / 2) - 3, (d / 2) - 3);
                tube.Ellipse(Organic, wrapped * 0.06, 0, 0, (d / 2) - 2, (d / 2) - 2);
                pen.Item(() => PhoneEndOn(new Turned(pen, U(-4, 4), U(-4, 4), U(0, 2 * Math.PI)), pl, pw, thumb ? 12 : 14));
                return pen.Box;
            }

            var x0 = -len / 2;
            tube.Tube(Organic, x0, -d / 2, len, d, 1.2 * 0.7);
            tube.Line(Aluminium, 1.5, 1, false, (x0, (-d / 2) + 1.5), (x0 + len, (-d / 2) + 1.5));
            tube.Line(Aluminium, 1.5, 1, false, (x0, (d / 2) - 1.5), (x0 + len, (d / 2) - 1.5));
            tube.Rect(Steel, 0.2 * d * 0.7 / 1.5, x0, (-d / 2) + 1, 1.5, d - 2);
            tube.Rect(Steel, 2, x0 - 1, (-d / 2) - 1, 3, 4);
            tube.Rect(Steel, 2, x0 - 1, (d / 2) - 3, 3, 4);
            tube.Tube(Organic, x0 + len - 12, (-d / 2) - 1.5, 14, d + 3, 1);
            tube.Rect(Organic, 0.8 / 1.5 * d * 0.8 * 0.92, x0 + len + 0.5, (-d / 2) - 1, 1.5, d + 2);
            var xp = x0 + 2 + (wrapped / 2);
            tube.Cylinder(Organic, x0 + 2, (-d / 2) + 2, wrapped, d - 4, 0.06);
            var phone = new Turned(pen, xp, U(-4, 4), U(-0.1, 0.1) + (Chance(0.5) ? Math.PI : 0));
            pen.Item(() =>
            {
                if (thumb)
                {
                    ThumbPhone(phone, pl, pw, battery: Chance(0.85));
                }
                else
                {
                    CandyBarPhone(phone, pl, pw);
                }
            });

            tube.Cylinder(Organic, x0 + 4 + wrapped, (-d / 2) + 3, stack, d - 6, 0.25);
            return pen.Box;
        }

        /// <summary>
        /// A thumb-sized phone inside an electric toothbrush: a 180–200 × 26–30 mm polypropylene handle
        /// (1.8–2 mm walls, about 0.9 g/cm³, a rubber grip panel) emptied of its motor, board and cell, a phone
        /// of 46–66 × 18–22 mm (battery in) slid in their place and padded with tissue, the 3 mm steel drive
        /// shaft in its bronze bearing left in the neck; a brush head on it (a polypropylene stem, a round head
        /// of nylon tufts and its steel spring clip) or off and lying beside it; in a travel case on some.
        /// </summary>
        private PixelBox PhoneInToothbrush(double scale)
        {
            var hl = U(180, 200);
            var d = U(26, 30);
            var headOn = Chance(0.6);
            var cased = Chance(0.25);
            var total = hl + (headOn ? 62 : 0);
            var pen = headOn
                ? Lay((total / 2) + 6, (d / 2) + 8, scale)
                : Lay(-Math.Max((total / 2) + 6, 115), -(d / 2) - 8, Math.Max((total / 2) + 6, 95), (d / 2) + 60, scale);
            var brush = new Turned(pen, 0, 0, 0);
            var x0 = -total / 2;
            var wall = U(1.8, 2) * 0.9;
            brush.Tube(Organic, x0, -d / 2, hl - 30, d, wall);
            brush.Poly(Organic, 2 * wall, (x0 + hl - 30, -d / 2), (x0 + hl, -7), (x0 + hl, 7), (x0 + hl - 30, d / 2));
            brush.Rect(Organic, 2.0 / 3 * d * 0.8 * 0.9, x0, (-d / 2) + 1, 3, d - 2);
            brush.Rect(Organic, 2 * 1.2, x0 + 40, (-d / 2) - 0.5, 60, d + 1);
            brush.Cylinder(Steel, x0 + hl - 25, -1.5, 25 + (headOn ? 8 : 4), 3);
            brush.Tube(Brass, x0 + hl - 25, -4, 8, 8, 1.5);
            var pl = U(46, 66);
            var pw = U(18, Math.Min(22, d - 6));
            brush.Cylinder(Organic, x0 + 4, (-d / 2) + 2, hl - 40, d - 4, 0.05);
            pen.Item(() => ThumbPhone(new Turned(pen, x0 + 12 + (pl / 2), 0, Chance(0.5) ? 0 : Math.PI), pl, pw, battery: true));
            var head = headOn
                ? new Turned(pen, x0 + hl, 0, 0)
                : new Turned(pen, U(-50, 30), (d / 2) + 22, U(-0.3, 0.3) + (Chance(0.5) ? Math.PI : 0));
            head.Tube(Organic, 0, -5, 48, 10, 1.5);
            head.Rect(Steel, 0.6, 2, -3, 12, 6);
            head.Ellipse(Organic, 8, 55, 0, 7, 7);
            head.Rect(Organic, 11 * 0.5, 48, -17, 14, 10);
            if (cased)
            {
                RoundedRect(brush, Organic, 2 * 1.2 * 0.9, x0 - 6, (-d / 2) - 8, total + 12, d + 16, 12);
                brush.Line(Organic, (d + 10) * 0.9 * 0.8, 1.2, true, RoundedOutline(x0 - 6, (-d / 2) - 8, total + 12, d + 16, 12));
            }

            return pen.Box;
        }

        // ---- ammunition -----------------------------------------------------------------------

        /// <summary>
        /// A loaded 5.56 mm rifle magazine (STANAG / AR-15 pattern): a 30-round body (176–180 mm, its lower
        /// part curving forward 10–14°) or a straight 10 or 20-round one (100 or 124 mm), 62 mm front to back
        /// and 22 mm thick, of 0.9–1 mm aluminium alloy with ribs pressed in, a plastic follower on a steel
        /// spring, a steel or plastic floor plate; 5 rounds to full of 5.56 × 45 lying across it in two
        /// staggered columns, bullets forward.
        /// </summary>
        private PixelBox RifleMagazine(double scale)
        {
            var (ml, capacity) = random.Next(3) switch
            {
                0 => (U(98, 102), 10),
                1 => (U(122, 126), 20),
                _ => (U(176, 180), 30),
            };
            var bend = capacity == 30 ? U(10, 14) * Math.PI / 180 : 0;
            const double mw = 62;
            var pen = Lay((-ml / 2) - 4, -34, (ml / 2) + 5, capacity == 30 ? 50 : 34, scale);
            var mag = new Turned(pen, 0, 0, 0);
            // Straight down to xk, then curving forward along a circular arc to the floor plate.
            var xk = (-ml / 2) + (ml * 0.42);
            var radius = bend > 0 ? ((ml / 2) - xk) / bend : 0;
            double Turn(double x) => x <= xk || bend == 0 ? 0 : (x - xk) / radius;
            (double X, double Y) At(double x, double y)
            {
                if (x <= xk || bend == 0)
                {
                    return (x, y);
                }

                var t = Turn(x);
                return (xk + (radius * Math.Sin(t)) - (y * Math.Sin(t)), radius - (radius * Math.Cos(t)) + (y * Math.Cos(t)));
            }
            var back = new List<(double X, double Y)>();
            var front = new List<(double X, double Y)>();
            for (var i = 0; i <= 10; i++)
            {
                var x = (-ml / 2) + (ml * i / 10);
                back.Add(At(x, -mw / 2));
                front.Add(At(x, mw / 2));
            }

            front.Reverse();
            (double X, double Y)[] outline = [.. back, .. front];
            mag.Poly(Aluminium, 2 * U(0.9, 1), outline);
            mag.Line(Aluminium, 22 * 0.95 / 1.5, 1.5, true, outline);
            foreach (var y in new[] { -mw * 0.25, mw * 0.25 })
            {
                mag.Line(Aluminium, 1.5, 2, false, [.. Enumerable.Range(0, 9).Select(i => At((-ml / 2) + 20 + (i * (ml - 35) / 8), y))]);
            }

            var (fx, fy) = At(ml / 2, 0);
            var plate = new Turned(pen, fx, fy, Turn(ml / 2));
            if (Chance(0.6))
            {
                plate.Rect(Steel, 1.2 / 2.5 * 24, -1, (-mw / 2) - 2, 2.5, mw + 4);
            }
            else
            {
                plate.Rect(Organic, 24 * 1.05, -1, (-mw / 2) - 2, 3.5, mw + 4);
            }

            var rounds = random.Next(5, capacity + 1);
            const double pitch = 4.8;
            for (var i = 0; i < rounds; i++)
            {
                var x = (-ml / 2) + 6 + (i * pitch);
                var (rx, ry) = At(x, 0);
                Round556(new Turned(pen, rx, ry, (Math.PI / 2) + Turn(x)));
            }

            var xf = (-ml / 2) + 6 + (rounds * pitch) + 4;
            var (ox, oy) = At(xf, 0);
            new Turned(pen, ox, oy, Turn(xf)).Rect(Organic, 22 * 1.05 * 0.6, -4, -(mw / 2) + 4, 14, mw - 8);
            var spring = Enumerable.Range(0, 10).Select(i => xf + 12 + (i * ((ml / 2) - xf - 16) / 9.0))
                .Select((x, i) => At(x, i % 2 == 0 ? -mw * 0.38 : mw * 0.38)).ToArray();
            mag.Line(Steel, 1.6, 1.5, false, spring);
            return pen.Box;
        }

        // ---- SIM cards ------------------------------------------------------------------------

        /// <summary>
        /// SIMs hidden in a TV remote control: a 150–210 × 40–50 mm ABS case (2 mm walls, 18–24 mm deep), a
        /// silicone keypad sheet (about 3 mm at 1.2 g/cm³) over a 1 mm board with its chip and crystal, the IR
        /// LED at the front, two AA or AAA alkaline cells in the bay at the back with their spring contacts;
        /// one to three nano or micro SIMs under the cells or between the board and the case, bare or in a
        /// scrap of folded paper.
        /// </summary>
        private PixelBox SimInRemote(double scale)
        {
            var l = U(150, 210);
            var w = U(40, 50);
            var depth = U(18, 24);
            var pen = Lay((l / 2) + 1, (w / 2) + 8, scale);
            var remote = new Turned(pen, 0, 0, 0);
            RoundedRect(remote, Organic, 2 * 2 * 1.05, -l / 2, -w / 2, l, w, 10);
            remote.Line(Organic, depth * 1.05 * 0.9, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, 9));
            var xs = (-l / 2) + 62;
            remote.Rect(Organic, 3 * 1.2, xs + 2, (-w / 2) + 4, (l / 2) - xs - 8, w - 8);
            remote.Rect(Mixed, 1, xs + 2, (-w / 2) + 4, (l / 2) - xs - 8, w - 8);
            remote.Rect(Mixed, 1.5, xs + 20, -5, 10, 10);
            remote.Rect(Steel, 1.5, xs + 35, -6, 11, 4.5);
            remote.Rect(Steel, 1.5, (l / 2) - 9, -2.5, 6, 5);
            remote.Ellipse(Organic, 5, (l / 2) - 5, 0, 3, 2.5);
            var aa = Chance(0.6);
            var (cl, cd) = aa ? (50.5, 14.5) : (44.5, 10.5);
            var bx = (-l / 2) + 6 + (cl / 2);
            AlkalineCell(new Turned(pen, bx, (-cd / 2) - 0.5, 0), cl, cd);
            AlkalineCell(new Turned(pen, bx, (cd / 2) + 0.5, Math.PI), cl, cd);
            remote.Line(Steel, 0.5, 0.6, false, [.. Enumerable.Range(0, 7).Select(i => ((-l / 2) + 3.5 + (i % 2 == 0 ? -1.0 : 1.0), -cd + (i * cd / 6)))]);
            remote.Rect(Steel, 0.5, bx + (cl / 2) + 1.5, -cd, 0.8, 2 * cd);
            var sims = random.Next(1, 4);
            for (var i = 0; i < sims; i++)
            {
                var underCells = Chance(0.6);
                var x = underCells ? U((-l / 2) + 14, xs - 12) : U(xs + 12, (l / 2) - 24);
                var sim = new Turned(pen, x, U((-w / 2) + 12, (w / 2) - 12), U(0, 2 * Math.PI));
                var nano = Chance(0.6);
                if (Chance(0.3))
                {
                    sim.Rect(Organic, 4 * 0.1 * 0.8, -14, -11, 28, 22);
                }

                pen.Item(() => SimOutline(sim, nano ? 12.3 : 15, nano ? 8.8 : 12));
            }

            return pen.Box;
        }

        // ---- syringes -------------------------------------------------------------------------

        /// <summary>
        /// A 50/60 ml syringe: a 29–30 mm polypropylene barrel 115–125 mm long (1.5 mm wall, about 0.9 g/cm³),
        /// an oval finger flange 50 mm across, a cross-ribbed plunger (two 1.5 mm ribs 25 mm wide) with a 10 mm
        /// rubber stopper (about 1.3 g/cm³) and its thumb press, drawn out part way over nothing or over
        /// liquid; a Luer-lock tip with a 19–21 G steel needle (38–50 mm) under its cap, or the long catheter
        /// tip of an enteral feeding syringe.
        /// </summary>
        private PixelBox Syringe50Ml(double scale)
        {
            var bl = U(115, 125);
            var d = U(29, 30);
            var drawn = U(0, 0.9);
            var luer = Chance(0.6);
            var needle = U(38, 50);
            var tip = luer ? 22 + needle + 4 : 28;
            var rod = bl - 2;
            // With the flange at x = 0: the stopper's front face, the thumb press behind it.
            var front = bl - 3 - ((bl - 16) * drawn);
            var thumb = front - 10 - rod - 3;
            var o = -(thumb + bl + tip) / 2;
            var pen = Lay(((bl + tip - thumb) / 2) + 1, 26, scale);
            var s = new Turned(pen, 0, 0, 0);
            var inner = d - 3;
            s.Tube(Organic, o, -d / 2, bl, d, 1.5 * 0.9);
            s.Rect(Organic, 20, o - 2.5, -25, 2.5, 50);
            s.Cylinder(Organic, o + front - 10, -inner / 2, 10, inner, 1.3);
            if (drawn > 0.15 && Chance(0.5))
            {
                s.Cylinder(Organic, o + front, -inner / 2, bl - 3 - front, inner, 1);
            }

            s.Rect(Organic, 1.5 * 0.9, o + thumb + 3, -12.5, rod, 25);
            s.Rect(Organic, 25 * 0.9, o + thumb + 3, -0.75, rod, 1.5);
            s.Rect(Organic, 20, o + thumb, -15, 3, 30);
            if (luer)
            {
                s.Cylinder(Organic, o + bl, -4, 12, 8, 0.9);
                s.Tube(Organic, o + bl, -7, 10, 14, 1.5);
                s.Cylinder(Organic, o + bl + 10, -3.5, 12, 7, 0.8);
                s.Line(Steel, 0.9, 1, false, (o + bl + 22, 0), (o + bl + 22 + needle, 0));
                s.Tube(Organic, o + bl + 18, -4, needle + 8, 8, 0.8);
            }
            else
            {
                s.Poly(Organic, 5, (o + bl, -6), (o + bl + tip, -3), (o + bl + tip, 3), (o + bl, 6));
            }

            return pen.Box;
        }

        // ---- lithium batteries ----------------------------------------------------------------

        /// <summary>
        /// A magnetic wireless power bank (5000–10000 mAh): a 95–105 × 63–70 × 11–17 mm shell of polycarbonate
        /// (1.5 mm walls, about 1.2 g/cm³) or aluminium (0.8 mm), one or two Li-polymer pouch cells (4–6 mm
        /// each) over most of it, a copper Qi coil (36–54 mm) on its ferrite sheet inside a ring of 16–18 NdFeB
        /// magnets, the charge board with its USB-C socket; a fold-flat zinc-alloy kickstand on some; a short
        /// lead coiled beside it on some.
        /// </summary>
        private PixelBox MagneticPowerBank(double scale)
        {
            var cells = Chance(0.5) ? 2 : 1;
            var l = U(95, 105);
            var w = U(63, 70);
            var lead = Chance(0.35);
            var pen = Lay((-l / 2) - 1, (-w / 2) - 1, (l / 2) + 1, (w / 2) + (lead ? 38 : 1), scale);
            pen.Item(() =>
            {
                var bank = new Turned(pen, 0, 0, 0);
                var depth = cells == 2 ? U(15, 17) : U(11, 13);
                const double r = 10;
                var outline = RoundedOutline((-l / 2) + 0.75, (-w / 2) + 0.75, l - 1.5, w - 1.5, r);
                if (Chance(0.3))
                {
                    RoundedRect(bank, Aluminium, 1.6, -l / 2, -w / 2, l, w, r);
                    bank.Line(Aluminium, depth * 0.8 / 1.5, 1.5, true, outline);
                }
                else
                {
                    RoundedRect(bank, Organic, 2 * 1.5 * 1.2, -l / 2, -w / 2, l, w, r);
                    bank.Line(Organic, depth * 1.2, 1.5, true, outline);
                }

                var (cl, cw) = (l - 22, w - 8);
                for (var i = 0; i < cells; i++)
                {
                    bank.Rect(Steel, 0.7, (-l / 2) + 4, -cw / 2, cl, cw);
                    bank.Rect(Mixed, 4, (-l / 2) + 4, -cw / 2, cl, cw);
                }

                bank.Rect(Mixed, 1.6, (l / 2) - 16, (-w / 2) + 4, 12, w - 8);
                bank.Rect(Steel, 2.5, (l / 2) - 4, -4.5, 4, 9);
                const double cx = -4;
                bank.Ring(Brass, 0.5, 9, cx, 0, 18, 18);
                bank.Ellipse(Steel, 0.15, cx, 0, 24, 24);
                MagnetRing(bank, cx, 0, 27, random.Next(16, 19));
                if (Chance(0.4))
                {
                    bank.Rect(ZincAlloy, 1.5, (-l / 2) + 6, (-w / 2) + 8, 45, w - 16);
                    bank.Ellipse(Steel, 8, (-l / 2) + 8, (-w / 2) + 12, 1.5, 1.5);
                    bank.Ellipse(Steel, 8, (-l / 2) + 8, (w / 2) - 12, 1.5, 1.5);
                }
            });

            if (lead)
            {
                CoiledLead(pen, U(-20, 20), (w / 2) + 18, U(12, 16));
            }

            return pen.Box;
        }

        // ---- tools ----------------------------------------------------------------------------

        /// <summary>
        /// A pipe wrench (Stillson pattern), 250, 300 or 350 mm: an I-section handle of cast iron (a 4–6 mm
        /// web between 14–18 mm flanges) or of aluminium alloy (a 5–7 mm web, 16–20 mm flanges) ending round a
        /// hanging hole; the frame at its head (about 18–24 mm of metal across); the forged steel hook jaw (a
        /// 14 mm square shank through the frame, the toothed jaw 22 mm deep); the knurled steel adjusting nut
        /// (36 mm, 22 mm long) on the shank's thread; the toothed steel heel jaw and its flat spring.
        /// </summary>
        private PixelBox PipeWrench(double scale)
        {
            var size = random.Next(3) switch
            {
                0 => 250.0,
                1 => 300.0,
                _ => 350.0,
            };
            var k = size / 300;
            var alloy = Chance(0.35);
            var body = alloy ? Aluminium : Steel;
            var pen = Lay((-size / 2) - 1, (-80 * k) - 12, (0.37 * size) + 6, (12 * k) + 6, scale);
            var wrench = new Turned(pen, 0, 0, 0);
            var x0 = -size / 2;
            var hw = 24 * k;
            var hx1 = x0 + (size * 0.72);
            var web = alloy ? U(5, 7) : U(4, 6);
            var flange = alloy ? U(16, 20) : U(14, 18);
            var outline = new (double X, double Y)[] { (x0 + 12, -hw * 0.35), (hx1, -hw / 2), (hx1, hw / 2), (x0 + 12, hw * 0.35) };
            wrench.Poly(body, web, outline);
            wrench.Line(body, flange - web, 4, false, outline[0], outline[1]);
            wrench.Line(body, flange - web, 4, false, outline[3], outline[2]);
            wrench.Ring(body, flange * 0.8, 5, x0 + 12, 0, hw * 0.32, hw * 0.32);
            var fl = 45 * k;
            var ft = (-hw / 2) - 4;
            wrench.Rect(body, alloy ? 24 : 18, hx1, ft, fl, hw + 8);
            var hj = 22 * k;
            wrench.Rect(Steel, 16 * k, hx1 + fl - hj, ft - 6, hj, 7);
            wrench.Line(Steel, 14 * k, 1.5, false, [.. Enumerable.Range(0, 8).Select(i => (hx1 + fl - hj + (i * hj / 7), ft - 6.5 - (i % 2 == 0 ? 0 : 1.5)))]);
            wrench.Line(Steel, 1.5, 3, false, (hx1 + 3, ft + 4), (hx1 + 3, hw / 2));
            var open = U(6, 45) * k;
            var sx = hx1 + (10 * k);
            var sw = 14 * k;
            var jt = 22 * k;
            var topY = ft - 6 - open - jt;
            wrench.Rect(Steel, sw * 0.95, sx, topY, sw, (hw / 2) + 4 - topY);
            wrench.Poly(Steel, 20 * k, (sx, topY), (hx1 + fl + 4, topY + 4), (hx1 + fl + 4, topY + jt), (sx + sw, topY + jt));
            wrench.Line(Steel, 16 * k, 1.5, false, [.. Enumerable.Range(0, 8).Select(i => (sx + sw + (i * (hx1 + fl + 4 - sx - sw) / 7), topY + jt + (i % 2 == 0 ? 0 : 1.5)))]);
            var nd = 36 * k;
            var nl = 22 * k;
            var nut = new Turned(pen, sx + (sw / 2), ft - (nl / 2) + 2, -Math.PI / 2);
            nut.Tube(Steel, -nl / 2, -nd / 2, nl, nd, (nd - sw) * 0.3);
            return pen.Box;
        }

        // ---- alcohol --------------------------------------------------------------------------

        /// <summary>
        /// A bottle of whisky in its gift tube: a 700 ml round bottle (75–85 mm across, 265–305 mm with its
        /// neck; 4–6 mm glass walls, a 10–15 mm base) with a cork stopper under a wooden or plastic top, full,
        /// lying on its side in a tube 14–20 mm wider of spiral-wound card (1.5–2 mm, about 0.7 g/cm³) closed
        /// by tinplate ends (0.25 mm), or in an all-tinplate canister; a card collar round its neck on some.
        /// </summary>
        private PixelBox WhiskyInTube(double scale)
        {
            var d = U(75, 85);
            var body = U(180, 195);
            var shoulder = U(25, 35);
            var neck = U(60, 75);
            var wall = U(4, 6);
            var baseT = U(10, 15);
            var total = body + shoulder + neck + 18;
            var td = d + U(14, 20);
            var tl = total + U(8, 20);
            var pen = Lay((tl / 2) + 3, (td / 2) + 2, scale);
            var tube = new Turned(pen, 0, 0, 0);
            if (Chance(0.3))
            {
                tube.Tube(Steel, -tl / 2, -td / 2, tl, td, 0.25);
            }
            else
            {
                tube.Tube(Organic, -tl / 2, -td / 2, tl, td, U(1.5, 2) * 0.7);
            }

            foreach (var x in new[] { -tl / 2, (tl / 2) - 2 })
            {
                tube.Rect(Steel, 0.25 * td * 0.7 / 2, x, (-td / 2) + 1, 2, td - 2);
                tube.Rect(Steel, 2.5, x - 1, (-td / 2) - 1.5, 4, 3);
                tube.Rect(Steel, 2.5, x - 1, (td / 2) - 1.5, 4, 3);
            }

            var bottle = new Turned(pen, (-tl / 2) + 3 + (total / 2), U((-(td - d) / 2) + 1, ((td - d) / 2) - 1), U(-0.02, 0.02));
            var x0 = -total / 2;
            var xs = x0 + body;
            var xn = xs + shoulder;
            pen.Item(() =>
            {
                bottle.Tube(Glass, x0, -d / 2, body, d, wall);
                bottle.Rect(Glass, d * 0.8, x0, (-d / 2) + 2, baseT, d - 4);
                bottle.Poly(Glass, 2 * wall * 1.3, (xs, -d / 2), (xs + shoulder, -15), (xs + shoulder, 15), (xs, d / 2));
                bottle.Tube(Glass, xn, -15, neck, 30, wall * 0.8);
                bottle.Rect(Glass, 4 * wall, xn + neck - 8, -16, 8, 32);
                var inner = d - (2 * wall);
                LyingFill(bottle, Organic, x0 + baseT, body - baseT, inner, 0.97, 0.95);
                bottle.Poly(Organic, 0.6 * inner * 0.95, (xs, -inner / 2), (xn, -11), (xn, 11), (xs, inner / 2));
                bottle.Cylinder(Organic, xn, -11, neck * 0.45, 22, 0.9);
                bottle.Cylinder(Organic, xn + neck - 28, -10, 28, 20, 0.24);
                bottle.Cylinder(Organic, xn + neck, -17, 18, 34, Chance(0.5) ? 0.7 : 1.0);
            });

            if (Chance(0.4))
            {
                bottle.Rect(Organic, td * 0.7 * 0.7, xn + 8, (-td / 2) + 2, 2, td - 4);
            }

            return pen.Box;
        }

        // ---- controlled drugs -----------------------------------------------------------------

        /// <summary>One pre-rolled cone along its part's x, centred: herb in thin paper widening toward +x, the card crutch at −x, the twist at +x.</summary>
        private void Cone(Turned cone, double len, double density)
        {
            var x0 = -len / 2;
            var wide = U(10, 12);
            const double narrow = 7;
            cone.Poly(Organic, density * narrow * 0.6, (x0 + 18, -narrow / 2), (x0 + len - 6, -wide / 2), (x0 + len - 6, wide / 2), (x0 + 18, narrow / 2));
            cone.Poly(Organic, density * wide * 0.45, (x0 + 18, -narrow * 0.3), (x0 + len - 6, -wide * 0.3), (x0 + len - 6, wide * 0.3), (x0 + 18, narrow * 0.3));
            cone.Rect(Organic, 2.5 * 0.7, x0, -narrow / 2, 18, narrow);
            cone.Poly(Organic, 0.8, (x0 + len - 6, -wide / 2), (x0 + len, -1), (x0 + len, 1), (x0 + len - 6, wide / 2));
        }

        /// <summary>
        /// Pre-rolled cannabis joints: 3–10 cones 98–110 mm long, 10–12 mm across at the twisted end and 7 mm
        /// at the card crutch (an 18 mm spiral of card), each holding 0.5–1 g of ground herb (about 0.15–0.25
        /// g/cm³ as rolled) in thin paper; loose, each in a 116 × 22 mm pop-top polypropylene tube (1 mm wall),
        /// together in a flat 0.25 mm tinplate pocket tin (120 × 80 × 15 mm), or in a grip-seal bag (only its
        /// zip ridge shows).
        /// </summary>
        private PixelBox PreRolls(double scale)
        {
            var n = random.Next(3, 11);
            var holder = random.Next(4);
            var pen = holder >= 2 ? Lay(63, 50, scale) : Lay(95, 95, scale);
            var density = U(0.15, 0.25);
            if (holder == 2)
            {
                var tin = new Turned(pen, 0, 0, 0);
                RoundedRect(tin, Steel, 0.5, -60, -40, 120, 80, 6);
                tin.Line(Steel, 0.25 * 15, 1, true, RoundedOutline(-59.5, -39.5, 119, 79, 6));
                tin.Line(Steel, 1.5, 2, true, RoundedOutline(-60.5, -40.5, 121, 81, 6.5));
            }
            else if (holder == 3)
            {
                // Two 50 µm polythene sheets do not show; the bag's zip ridge does.
                new Turned(pen, 0, 0, 0).Line(Organic, 1.5, 1.5, false, (-60, -42), (60, -42));
            }

            pen.Item(() =>
            {
                for (var i = 0; i < n; i++)
                {
                    var len = U(98, 110);
                    var cone = holder switch
                    {
                        2 => new Turned(pen, U(-2, 2), -33 + ((i % 7) * 11) + U(-1, 1), U(-0.03, 0.03) + (i % 2 == 0 ? 0 : Math.PI)),
                        3 => new Turned(pen, U(-4, 4), U(-35, 35), U(-0.2, 0.2) + (Chance(0.5) ? 0 : Math.PI)),
                        _ => new Turned(pen, U(-20, 20), U(-35, 35), U(0, 2 * Math.PI)),
                    };
                    if (holder == 1)
                    {
                        cone.Tube(Organic, -58, -11, 116, 22, 0.9);
                        cone.Rect(Organic, 22 * 0.8 * 0.9, 56, -12, 2, 24);
                        cone.Rect(Organic, 22 * 0.8 * 0.9, -58, -11, 1.5, 22);
                        Cone(cone, Math.Min(len, 108), density);
                    }
                    else
                    {
                        Cone(cone, len, density);
                    }
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// Drugs hidden in a disposable nappy: the nappy folded flat (200–240 × 130–150 mm: a polypropylene
        /// cover, a core of fluff pulp and absorbent gel 8–12 mm thick at about 0.25 g/cm³, elastic cuffs, tape
        /// tabs) or rolled up and taped (130–150 mm long, 50–65 mm across); pushed into its core, 2–8 cling-film
        /// wraps of powder (20–40 × 12–20 mm, 8–15 mm thick, about 0.6–1 g/cm³) or one pressed block of 20–60 g.
        /// </summary>
        private PixelBox DrugsInNappy(double scale)
        {
            var rolled = Chance(0.35);
            var l = rolled ? U(130, 150) : U(200, 240);
            var w = rolled ? U(50, 65) : U(130, 150);
            var pen = rolled ? Lay((l / 2) + 1, (w / 2) + 2, scale) : Lay((-l / 2) - 11, (-w / 2) - 1, (l / 2) + 1, (w / 2) + 1, scale);
            var nappy = new Turned(pen, 0, 0, 0);
            double il;
            double iw;
            if (rolled)
            {
                var d = w;
                nappy.Cylinder(Organic, -l / 2, -d / 2, l, d, U(0.25, 0.35));
                nappy.Rect(Organic, 1.5, (-l / 2) + 10, (-d / 2) - 1, 22, d + 2);
                (il, iw) = (l * 0.6, d * 0.4);
            }
            else
            {
                RoundedRect(nappy, Organic, 1.5, -l / 2, -w / 2, l, w, 15);
                RoundedRect(nappy, Organic, U(8, 12) * 0.25, -l * 0.42, -w * 0.3, l * 0.84, w * 0.6, 20);
                nappy.Rect(Organic, 2, (-l / 2) + 8, (-w / 2) + 5, l - 16, 3);
                nappy.Rect(Organic, 2, (-l / 2) + 8, (w / 2) - 8, l - 16, 3);
                nappy.Rect(Organic, 1.5, (-l / 2) - 10, (-w / 2) + 8, 12, 25);
                nappy.Rect(Organic, 1.5, (-l / 2) - 10, (w / 2) - 33, 12, 25);
                (il, iw) = (l * 0.6, w * 0.4);
            }

            var rho = U(0.6, 1);
            if (Chance(0.3))
            {
                var t = U(12, 20);
                var area = U(20, 60) / rho * 1000 / t;
                var bw = Math.Sqrt(area / 1.5);
                var block = new Turned(pen, U(-il / 6, il / 6), U(-iw / 6, iw / 6), U(-0.3, 0.3));
                pen.Item(() =>
                {
                    RoundedRect(block, Organic, t * rho, -bw * 0.75, -bw / 2, bw * 1.5, bw, 4);
                    block.Line(Organic, 1.5, 2, true, RoundedOutline(-bw * 0.75, -bw / 2, bw * 1.5, bw, 4));
                });

                return pen.Box;
            }

            pen.Item(() =>
            {
                for (var i = random.Next(2, 9); i > 0; i--)
                {
                    var wrap = new Turned(pen, U(-il / 2, il / 2), U(-iw / 2, iw / 2), U(0, 2 * Math.PI));
                    var (rx, ry) = (U(10, 20), U(6, 10));
                    var t = U(8, 15);
                    wrap.Ellipse(Organic, t * rho * 0.6, 0, 0, rx, ry);
                    wrap.Ellipse(Organic, t * rho * 0.4, 0, 0, rx * 0.6, ry * 0.6);
                    wrap.Ellipse(Organic, 3, rx + 2, 0, 3, 2.5);
                }
            });

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>
        /// Nail clippers and tweezers: one or two nail clippers (55–80 × 13–20 mm: two 1.2–1.5 mm spring-steel
        /// jaws riveted at their tail, a 2 mm lever on a 2.5 mm pin through them, a nail file on the lever's
        /// underside), a pair of 90 mm tweezers (two 0.6 mm stainless legs), loose or in a 100 × 64 mm zipped
        /// PU case (two 1.5 mm layers, about 1.1 g/cm³).
        /// </summary>
        private void NailClippers()
        {
            var cased = Chance(0.5);
            var pen = Place(cased ? 58 : 60);
            for (var i = Chance(0.4) ? 2 : 1; i > 0; i--)
            {
                var l = U(55, 80);
                var w = l * U(0.22, 0.26);
                var c = cased
                    ? new Turned(pen, U(-6, 6), U(-14, 14), U(-0.15, 0.15))
                    : new Turned(pen, U(-20, 20), U(-20, 20), U(0, 2 * Math.PI));
                c.Poly(Steel, 2 * U(1.2, 1.5), (-l / 2, -w * 0.3), (l * 0.3, -w / 2), (l / 2, -w * 0.35), (l / 2, w * 0.35), (l * 0.3, w / 2), (-l / 2, w * 0.3));
                c.Ellipse(Steel, 4, (-l / 2) + 5, 0, 2, 2);
                c.Poly(Steel, 2, (l * 0.32, -w * 0.3), ((-l / 2) - 4, -w * 0.28), ((-l / 2) - 6, 0), ((-l / 2) - 4, w * 0.28), (l * 0.32, w * 0.3));
                c.Ellipse(Steel, 10, l * 0.3, 0, 1.25, 1.25);
                c.Rect(Steel, 0.8, -l * 0.4, -w * 0.2, l * 0.5, w * 0.4);
            }

            if (Chance(0.6))
            {
                var t = cased
                    ? new Turned(pen, U(-2, 2), U(-20, 20), U(-0.1, 0.1))
                    : new Turned(pen, U(-15, 15), U(-15, 15), U(0, 2 * Math.PI));
                t.Poly(Steel, 1.2, (-45, -4), (25, -3.5), (45, -1), (45, 1), (25, 3.5), (-45, 4));
            }

            if (cased)
            {
                var bag = new Turned(pen, 0, 0, 0);
                RoundedRect(bag, Organic, 2 * 1.5 * 1.1, -50, -32, 100, 64, 10);
                SteelZip(bag, 48, -20, (-44, -31), (44, -31), (49, 0), (44, 31), (-44, 31));
            }
        }

        /// <summary>A gem paper clip of length <paramref name="l"/> along its part's x: 0.8–1 mm steel wire in three nested loops.</summary>
        private static (double X, double Y)[] PaperClipPath(double l)
        {
            var w = l * 0.24;
            var points = new List<(double X, double Y)>();
            void Arc(double cx, double cy, double r, double from, double to)
            {
                for (var i = 0; i <= 6; i++)
                {
                    var a = from + ((to - from) * i / 6);
                    points.Add((cx + (r * Math.Cos(a)), cy + (r * Math.Sin(a))));
                }
            }

            points.Add(((l / 2) - (w * 0.9), w / 2));
            Arc((-l / 2) + (w / 2), 0, w / 2, Math.PI / 2, 3 * Math.PI / 2);
            Arc((l / 2) - (w * 0.35), (-w / 2) + (w * 0.35), w * 0.35, -Math.PI / 2, Math.PI / 2);
            Arc((-l / 2) + (w * 0.85), (w * 0.2) - (w * 0.3), w * 0.3, Math.PI / 2, 3 * Math.PI / 2);
            points.Add(((l / 2) - (w * 1.2), -w * 0.4));
            return [.. points];
        }

        /// <summary>
        /// Office clips: 3–10 foldback clips (19–51 mm wide, a 0.4–0.5 mm black-painted spring-steel body folded
        /// into a triangle, two 1.2–1.5 mm steel wire handles folded down or standing up) and 5–20 steel paper
        /// clips (28–50 mm of 0.8–1 mm wire), loose in a heap or on a stack of 20–100 sheets of A4 paper (0.1 mm,
        /// about 0.8 g/cm³), some of them clipped on.
        /// </summary>
        private void BinderClips()
        {
            var paper = Chance(0.5);
            var pen = Place(paper ? 150 : 60);
            var spread = paper ? 90.0 : 40.0;
            if (paper)
            {
                pen.Rect(Organic, random.Next(20, 101) * 0.1 * 0.8, -148.5, -105, 297, 210);
            }

            for (var i = random.Next(3, 11); i > 0; i--)
            {
                var s = new[] { 19.0, 25.0, 32.0, 41.0, 51.0 }[random.Next(5)];
                var depth = s * 0.5;
                var c = new Turned(pen, U(-spread, spread), U(-spread * 0.6, spread * 0.6), U(0, 2 * Math.PI));
                c.Rect(Steel, 0.45 * 2.6, -s / 2, -depth / 2, s, depth);
                c.Line(Steel, 0.45 * 6, 0.8, false, (-s / 2, depth / 2), (s / 2, depth / 2));
                var wire = s < 30 ? 1.2 : 1.5;
                if (Chance(0.7))
                {
                    c.Line(Steel, 2 * 0.8 * wire, wire, false, (-s * 0.35, -depth / 2), (-s * 0.35, (-depth / 2) - (s * 0.7)), (s * 0.35, (-depth / 2) - (s * 0.7)), (s * 0.35, -depth / 2));
                }
                else
                {
                    foreach (var x in new[] { -s * 0.35, s * 0.35 })
                    {
                        c.Ellipse(Steel, s * 0.7, x, -depth / 2, wire, wire / 2);
                    }
                }
            }

            for (var i = random.Next(5, 21); i > 0; i--)
            {
                var clip = new Turned(pen, U(-spread, spread), U(-spread * 0.6, spread * 0.6), U(0, 2 * Math.PI));
                var wd = U(0.8, 1);
                clip.Line(Steel, 0.8 * wd, wd, false, PaperClipPath(U(28, 50)));
            }
        }

        /// <summary>
        /// An empty ceramic mug: stoneware or porcelain (about 2.3–2.4 g/cm³: to the beam much like glass),
        /// 80–90 mm across and 90–100 mm tall, 4–6 mm walls, a 5–7 mm base with a foot ring, a loop handle (12 ×
        /// 8 mm section); lying on its side (its base edge-on), or standing (the beam down its axis: the wall
        /// edge-on as a dense ring). Empty: a drink is on list C.
        /// </summary>
        private void CeramicMug()
        {
            var d = U(80, 90);
            var h = U(90, 100);
            var wall = U(4, 6);
            var baseT = U(5, 7);
            var pen = Place((h / 2) + 30);
            var mug = new Turned(pen, 0, 0, 0);
            if (Chance(0.4))
            {
                mug.Ring(Glass, h * 0.9, wall, 0, 0, (d / 2) - (wall / 2), (d / 2) - (wall / 2));
                mug.Ellipse(Glass, baseT, 0, 0, (d / 2) - wall, (d / 2) - wall);
                mug.Ring(Glass, 6, 3, 0, 0, (d / 2) - 10, (d / 2) - 10);
                mug.Rect(Glass, 2 * 8 * 0.8, d / 2, -6, 28, 12);
                mug.Rect(Glass, h * 0.6 * 0.8, (d / 2) + 22, -6, 8, 12);
                return;
            }

            var x0 = -h / 2;
            mug.Tube(Glass, x0, -d / 2, h, d, wall);
            mug.Rect(Glass, d * 0.75, x0, (-d / 2) + wall, baseT, d - (2 * wall));
            var side = Chance(0.5) ? 1 : -1;
            var loop = Enumerable.Range(0, 12).Select(i => Math.PI * i / 11)
                .Select(a => (x0 + (h / 2) + (h * 0.35 * Math.Cos(a)), side * ((d / 2) + (28 * Math.Sin(a))))).ToArray();
            mug.Line(Glass, 12 * 0.8, 8, false, loop);
        }

        /// <summary>
        /// A bottle of perfume lying on its face: a 30, 50 or 100 ml flacon of soda-lime glass (about 45–75 ×
        /// 55–100 mm, 25–45 mm deep, 4–8 mm walls and a 10–20 mm base), 60–95 % full of scent (mostly ethanol,
        /// about 0.85 g/cm³), a 0.3 mm aluminium collar crimped over the pump with its steel spring and
        /// polythene dip tube, a zinc-alloy (2.5 mm walls) or polypropylene cap.
        /// </summary>
        private void PerfumeBottle()
        {
            var millilitres = random.Next(3) switch
            {
                0 => 30.0,
                1 => 50.0,
                _ => 100.0,
            };
            var k = Math.Cbrt(millilitres / 50);
            var w = U(52, 62) * k;
            var h = U(68, 82) * k;
            var depth = U(30, 38) * k;
            var wall = U(4, 8);
            var baseT = U(10, 20);
            var fill = U(0.6, 0.95);
            var pen = Place((h / 2) + 30);
            var p = new Turned(pen, 0, 0, 0);
            var x0 = -(h + 25) / 2;
            var inside = depth - (2 * wall);
            p.Rect(Glass, 2 * wall, x0, -w / 2, h, w);
            p.Rect(Glass, inside, x0, -w / 2, h, wall);
            p.Rect(Glass, inside, x0, (w / 2) - wall, h, wall);
            p.Rect(Glass, inside, x0, (-w / 2) + wall, baseT, w - (2 * wall));
            p.Rect(Glass, inside, x0 + h - wall, (-w / 2) + wall, wall, w - (2 * wall));
            p.Rect(Organic, inside * fill * 0.85, x0 + baseT, (-w / 2) + wall, h - baseT - wall, w - (2 * wall));
            p.Rect(Organic, 1, x0 + baseT, -1.5, h - baseT - wall, 3);
            p.Tube(Aluminium, x0 + h, -8, 10, 16, 0.3);
            p.Cylinder(Organic, x0 + h, -6, 10, 12);
            p.Line(Steel, 0.4, 0.5, false, [.. Enumerable.Range(0, 8).Select(i => (x0 + h + 1 + i, i % 2 == 0 ? -3.0 : 3.0))]);
            var capW = w * 0.7;
            var capD = depth * 0.7;
            if (Chance(0.5))
            {
                RoundedRect(p, ZincAlloy, 5, x0 + h + 2, -capW / 2, 25, capW, 4);
                p.Line(ZincAlloy, capD, 2.5, true, RoundedOutline(x0 + h + 3.25, (-capW / 2) + 1.25, 22.5, capW - 2.5, 3));
            }
            else
            {
                RoundedRect(p, Organic, 4 * 0.9, x0 + h + 2, -capW / 2, 25, capW, 4);
                p.Line(Organic, capD * 0.9, 2, true, RoundedOutline(x0 + h + 3, (-capW / 2) + 1, 23, capW - 2, 3));
            }
        }

        /// <summary>
        /// A clipboard: a 230–240 × 320–340 mm board of 2–3 mm hardboard (about 0.9 g/cm³) or 3 mm
        /// polypropylene, a spring clip at one end (a 0.8–1 mm steel plate 100–125 mm wide with its curled
        /// lever, a coiled 1.5 mm wire spring on its axle, two rivets, a wire hanging loop), 5–40 sheets of A4
        /// paper (0.1 mm, about 0.8 g/cm³) under it.
        /// </summary>
        private void Clipboard()
        {
            var l = U(320, 340);
            var w = U(230, 240);
            var pen = Place(w / 2);
            pen.Rect(Organic, U(2, 3) * 0.9, -l / 2, -w / 2, l, w);
            pen.Rect(Organic, random.Next(5, 41) * 0.1 * 0.8, (-297 / 2.0) + 8, -105, 297, 210);
            var cw = U(100, 125);
            var xc = (-l / 2) + 6;
            var plate = U(0.8, 1);
            pen.Rect(Steel, plate, xc, -cw / 2, 35, cw);
            pen.Rect(Steel, plate * 3, xc + 30, -cw / 2, 5, cw);
            pen.Rect(Steel, 2.4, xc + 4, -cw * 0.2, 10, cw * 0.4);
            pen.Rect(Steel, 1.6, xc + 7, -cw * 0.3, 3, cw * 0.6);
            pen.Ellipse(Steel, 4, xc + 3, -cw * 0.35, 2.5, 2.5);
            pen.Ellipse(Steel, 4, xc + 3, cw * 0.35, 2.5, 2.5);
            pen.Line(Steel, 1.6, 2, false, (xc + 2, -10), (xc - 12, -8), (xc - 12, 8), (xc + 2, 10));
        }

        /// <summary>
        /// A pack of baby wipes: 60–80 wet nonwoven wipes folded in a soft polythene pack (190–200 × 110–120 mm,
        /// 45–70 mm deep when full; about 0.9 g/cm³ as packed, mostly water), part used, its sealed ends
        /// crimped flat, a polypropylene flip lid (1.2 mm, 90 × 60 mm) on its frame on most.
        /// </summary>
        private void BabyWipes()
        {
            var l = U(190, 200);
            var w = U(110, 120);
            var stack = U(45, 70) * U(0.3, 1);
            var pen = Place((l / 2) + 10);
            RoundedRect(pen, Organic, stack * 0.9, (-l / 2) + 8, (-w / 2) + 3, l - 16, w - 6, 12);
            pen.Rect(Organic, 0.6, -l / 2, -w / 2, 10, w);
            pen.Rect(Organic, 0.6, (l / 2) - 10, -w / 2, 10, w);
            if (Chance(0.8))
            {
                pen.Rect(Organic, 2 * 1.2 * 0.9, -45, -30, 90, 60);
                pen.Line(Organic, 8, 2, true, (-45, -30), (45, -30), (45, 30), (-45, 30));
            }
        }

        /// <summary>
        /// A child's building bricks: 20–60 ABS bricks and plates (2 × 2 or 2 × 4 studs: 15.8 or 31.8 × 15.8
        /// mm, 9.6 mm tall or 3.2 mm plates, 1.5 mm walls, a 1 mm top with its studs, hollow tubes under it,
        /// about 1.05 g/cm³) heaped anyhow, standing or on their sides, up to three minifigures among them; in
        /// a polypropylene tub (190–210 × 140–160 mm, 1.5 mm walls, 90–110 mm deep) or a polythene bag.
        /// </summary>
        private void BuildingBricks()
        {
            var tub = Chance(0.5);
            var (l, w) = tub ? (U(190, 210), U(140, 160)) : (U(150, 200), U(110, 150));
            var pen = Place((l / 2) + 5);
            if (tub)
            {
                RoundedRect(pen, Organic, 2 * 1.5 * 0.9, -l / 2, -w / 2, l, w, 12);
                pen.Line(Organic, U(90, 110) * 0.9 * 1.5 / 2, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, 11));
            }

            for (var i = random.Next(20, 61); i > 0; i--)
            {
                var b = new Turned(pen, U((-l / 2) + 20, (l / 2) - 20), U((-w / 2) + 15, (w / 2) - 15), U(0, 2 * Math.PI));
                var rows = Chance(0.5) ? 1 : 2;
                var bl = rows == 1 ? 15.8 : 31.8;
                var bh = Chance(0.25) ? 3.2 : 9.6;
                if (Chance(0.6))
                {
                    b.Rect(Organic, 1.05, -bl / 2, -7.9, bl, 15.8);
                    b.Line(Organic, bh * 1.05, 1.5, true, ((-bl / 2) + 0.75, -7.15), ((bl / 2) - 0.75, -7.15), ((bl / 2) - 0.75, 7.15), ((-bl / 2) + 0.75, 7.15));
                    for (var sx = 0; sx < 2 * rows; sx++)
                    {
                        b.Ellipse(Organic, 1.7 * 1.05, (-bl / 2) + 4 + (sx * 8), -4, 2.4, 2.4);
                        b.Ellipse(Organic, 1.7 * 1.05, (-bl / 2) + 4 + (sx * 8), 4, 2.4, 2.4);
                    }

                    for (var tx = 0; tx < (2 * rows) - 1; tx++)
                    {
                        b.Ring(Organic, (bh - 1) * 1.05, 0.85, (-bl / 2) + 8 + (tx * 8), 0, 2.85, 2.85);
                    }
                }
                else
                {
                    b.Rect(Organic, 3 * 1.05, -bl / 2, -bh / 2, bl, bh);
                    b.Rect(Organic, 15.8 * 1.05, -bl / 2, -bh / 2, bl, 1);
                    b.Rect(Organic, 12.8 * 1.05, -bl / 2, -bh / 2, 1.5, bh);
                    b.Rect(Organic, 12.8 * 1.05, (bl / 2) - 1.5, -bh / 2, 1.5, bh);
                    for (var sx = 0; sx < 2 * rows; sx++)
                    {
                        b.Rect(Organic, 2 * 4.8 * 0.8 * 1.05, (-bl / 2) + 1.6 + (sx * 8), (-bh / 2) - 1.7, 4.8, 1.7);
                    }
                }
            }

            for (var i = random.Next(0, 4); i > 0; i--)
            {
                var fig = new Turned(pen, U((-l / 2) + 25, (l / 2) - 25), U((-w / 2) + 15, (w / 2) - 15), U(0, 2 * Math.PI));
                fig.Rect(Organic, 6, -20, -7, 30, 14);
                fig.Ellipse(Organic, 9, 15, 0, 5, 5);
            }
        }

        /// <summary>
        /// A small first-aid kit: a 130–180 × 90–120 mm nylon pouch (two 1 mm layers, about 1.15 g/cm³) with a
        /// steel-toothed zip round three sides; inside, a strip of plasters, one or two wound dressings (a
        /// 10–15 mm pad of cotton gauze at about 0.15 g/cm³), a crepe bandage rolled to 50–75 mm (about 0.3
        /// g/cm³), a 12 mm roll of tape on its plastic spool, 2–6 steel safety pins (0.7–0.8 mm wire), plastic
        /// tweezers, a few antiseptic wipes in paper-and-foil sachets; a foil blanket folded flat (12 µm
        /// aluminised PET, 20–40 layers) on some.
        /// </summary>
        private void FirstAidKit()
        {
            var l = U(130, 180);
            var w = U(90, 120);
            var pen = Place((l / 2) + 5);
            var kit = new Turned(pen, 0, 0, 0);
            RoundedRect(kit, Organic, 2 * 1.15, -l / 2, -w / 2, l, w, 12);
            SteelZip(kit, (l / 2) - 4, -w * 0.2, ((-l / 2) + 8, (-w / 2) + 1), ((l / 2) - 8, (-w / 2) + 1), ((l / 2) - 1, 0), ((l / 2) - 8, (w / 2) - 1), ((-l / 2) + 8, (w / 2) - 1));
            (double X, double Y) Inside() => (U((-l / 2) + 30, (l / 2) - 30), U((-w / 2) + 22, (w / 2) - 22));
            var (px, py) = Inside();
            new Turned(pen, px, py, U(0, Math.PI)).Rect(Organic, 0.8, -36, -10, 72, 20);
            for (var i = random.Next(1, 3); i > 0; i--)
            {
                var (dx, dy) = Inside();
                new Turned(pen, dx, dy, U(0, Math.PI)).Rect(Organic, U(10, 15) * 0.15, -25, -20, 50, 40);
            }

            var (bx, by) = Inside();
            var bandage = new Turned(pen, bx, by, U(0, Math.PI));
            var bd = U(50, 75);
            bandage.Cylinder(Organic, -37, -bd / 2, 75, bd, 0.3);
            var (tx, ty) = Inside();
            var tape = new Turned(pen, tx, ty, 0);
            tape.Ring(Organic, 12 * 1.05, 5, 0, 0, 14, 14);
            tape.Ring(Organic, 12 * 1.05, 1.5, 0, 0, 10, 10);
            for (var i = random.Next(2, 7); i > 0; i--)
            {
                var (sx, sy) = Inside();
                var pin = new Turned(pen, sx, sy, U(0, 2 * Math.PI));
                var pl = U(27, 45);
                var wire = U(0.7, 0.8);
                pin.Line(Steel, 0.8 * wire, wire, false, ((-pl / 2) + 3, -1.5), ((pl / 2) - 2, -1.5), ((pl / 2) - 2, 1.5), (-pl / 2, 1.5), (-pl / 2, -1.5));
                pin.Rect(Steel, 1.5, (pl / 2) - 6, -2.5, 6, 5);
            }

            var (wx, wy) = Inside();
            new Turned(pen, wx, wy, U(0, Math.PI)).Poly(Organic, 4, (-40, -1.5), (45, -3), (45, 3), (-40, 1.5));
            for (var i = random.Next(2, 5); i > 0; i--)
            {
                var (ax, ay) = Inside();
                var sachet = new Turned(pen, ax, ay, U(0, Math.PI));
                sachet.Rect(Organic, 0.3, -30, -30, 60, 60);
                sachet.Rect(Aluminium, 0.02, -30, -30, 60, 60);
                sachet.Rect(Organic, 1.5, -20, -20, 40, 40);
            }

            if (Chance(0.4))
            {
                // The blanket's aluminium is a few tens of nanometres a layer: only its film shows.
                kit.Rect(Organic, random.Next(20, 41) * 0.012 * 1.4, -l * 0.35, -w * 0.35, l * 0.7, w * 0.7);
            }
        }
    }
}
