namespace Screening.Devices.Xray;

// Variant set F (held out after E's run): threat shapes and clutter kinds that none of A, B, C, D, E
// and R draws. Written from what the real things measure and are made of; neither the analyser nor
// any x-ray figures were read while writing them. Thicknesses follow the rest of the scene: roughly
// the millimetres of that material the beam crosses where the part lies flat.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        /// <summary>Draws one of set F's threat shapes; null for a shape that is not set F's.</summary>
        private PixelBox? DrawSetFThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.Karambit => Karambit(scale),
            ThreatShape.FilletKnife => FilletKnife(scale),
            ThreatShape.CraftScalpel => CraftScalpel(scale),
            ThreatShape.BreakActionPistol => BreakActionPistol(scale),
            ThreatShape.TargetPistol => TargetPistol(scale),
            ThreatShape.StrippedPistol => StrippedPistol(scale),
            ThreatShape.PhoneInBook => PhoneInBook(scale),
            ThreatShape.WalletCasePhone => WalletCasePhone(scale),
            ThreatShape.WatchPhone => WatchPhone(scale),
            ThreatShape.Speedloader => Speedloader(scale),
            ThreatShape.SimInCard => SimInCard(scale),
            ThreatShape.AutoInjector => AutoInjector(scale),
            ThreatShape.LiPoPack => LiPoPack(scale),
            ThreatShape.RatchetSockets => RatchetSockets(scale),
            ThreatShape.BeerBottles => BeerBottles(scale),
            ThreatShape.HerbalBag => HerbalBag(scale),
            _ => null,
        };

        /// <summary>Draws one of set F's clutter kinds; false for a kind that is not set F's.</summary>
        private bool DrawSetFClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.Harmonica:
                    Harmonica();
                    return true;
                case ClutterKind.CoinPurse:
                    CoinPurse();
                    return true;
                case ClutterKind.RingBox:
                    RingBox();
                    return true;
                case ClutterKind.FidgetSpinner:
                    FidgetSpinner();
                    return true;
                case ClutterKind.SoftToy:
                    SoftToy();
                    return true;
                case ClutterKind.TinWhistle:
                    TinWhistle();
                    return true;
                case ClutterKind.HairStraightener:
                    HairStraightener();
                    return true;
                case ClutterKind.PhotoFrame:
                    PhotoFrame();
                    return true;
                default:
                    return false;
            }
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>A karambit: a claw-curved blade 50–75 mm along its curve, 3.5–4.5 mm steel, full tang in a 100–110 mm handle of G10 scales ending in a 25 mm finger ring.</summary>
        private PixelBox Karambit(double scale)
        {
            var t = U(3.5, 4.5);
            var lh = U(100, 110);
            var pen = Place((lh / 2) + 50, scale);
            var x0 = -lh / 2;
            var xb = x0 + lh;
            // Handle: tang and scales, the ring at its end, pins through it.
            pen.Rect(Steel, t, x0, -9, lh, 18);
            RoundedRect(pen, Organic, U(8, 12), x0 + 8, -11, lh - 8, 22, 6);
            pen.Ring(Steel, t, 6, x0 - 12, 0, 15, 15);
            pen.Ring(Organic, 8, 4, x0 - 12, 0, 15, 15);
            for (var i = 0; i < 3; i++)
            {
                pen.Ellipse(Steel, 18, x0 + 20 + (i * (lh - 35) / 2), 0, 2, 2);
            }

            // Blade: the spine follows an arc curving down like a claw; the edge is on the inner side.
            var r = U(45, 60);
            var sweep = U(0.9, 1.2);
            var spine = new List<(double, double)>();
            var edge = new List<(double, double)>();
            for (var i = 0; i <= 12; i++)
            {
                var a = sweep * i / 12;
                var w = 20 * (1 - Math.Pow(i / 12.0, 1.5));
                spine.Add((xb + (r * Math.Sin(a)), -9 + (r * (1 - Math.Cos(a)))));
                edge.Add((xb + ((r - w) * Math.Sin(a)) - 2, -9 + w + ((r - w) * (1 - Math.Cos(a)))));
            }

            edge.Reverse();
            pen.Poly(Steel, t * 0.6, [.. spine, .. edge]);
            pen.Poly(Steel, t * 0.4, [.. spine.Take(11), .. spine.Take(11).Reverse().Select(p => (p.Item1 - 3, p.Item2 + 6))]);
            return pen.Box;
        }

        /// <summary>A filleting knife: a flexible blade 150–230 × 15–20 mm of 1.5–2 mm stainless, an upswept point, a partial tang in a 115–130 mm moulded handle; in a plastic sheath on some.</summary>
        private PixelBox FilletKnife(double scale)
        {
            var l = U(150, 230);
            var h = U(15, 20);
            var lh = U(115, 130);
            var t = U(1.5, 2);
            var pen = Place(((l + lh) / 2) + 8, scale);
            var ox = -(l - lh) / 2;
            var edge = new List<(double, double)>();
            for (var i = 0; i <= 12; i++)
            {
                var f = i / 12.0;
                // The edge runs straight, then sweeps up to the point on the spine's line.
                var y = f < 0.7 ? h / 2 : (h / 2) - (h * Math.Pow((f - 0.7) / 0.3, 1.6));
                edge.Add((ox + (f * l), y));
            }

            pen.Poly(Steel, t * 0.6, [(ox, -h / 2), (ox + (l * 0.85), -h / 2), (ox + l, -h / 2 + 1), .. Enumerable.Reverse(edge)]);
            pen.Poly(Steel, t * 0.4, (ox, -h / 2), (ox + (l * 0.8), -h / 2), (ox + (l * 0.8), -h / 2 + 2), (ox, -h / 2 + (h * 0.5)));
            // Tang inside the handle, a steel bolster on some.
            pen.Rect(Steel, t, ox - (lh * 0.6), -h / 3, lh * 0.6, h * 0.66);
            RoundedRect(pen, Organic, U(18, 24), ox - lh, -12, lh, 24, 9);
            if (Chance(0.4))
            {
                pen.Rect(Steel, 8, ox - 6, -11, 6, 22);
            }

            if (Chance(0.4))
            {
                // Sheath: 1.5 mm polypropylene both sides, a belt clip.
                pen.Poly(Organic, 3, (ox - 4, -h / 2 - 4), (ox + l + 8, -h / 2 - 2), (ox + l + 8, h / 2 + 2), (ox - 4, h / 2 + 6));
                pen.Rect(Organic, 4, ox + 20, -h / 2 - 8, 30, 6);
            }

            return pen.Box;
        }

        /// <summary>A craft scalpel (No. 3 handle, 120–130 × 8 mm, 3 mm steel or aluminium) with a fitted 40 × 8 mm blade of 0.4 mm carbon steel, and 2–5 spare blades in their foil packets.</summary>
        private PixelBox CraftScalpel(double scale)
        {
            var pen = Place(75, scale);
            var lh = U(120, 130);
            var alloy = Chance(0.4);
            var handle = new Turned(pen, U(-10, 10), U(-25, -10), U(-0.2, 0.2));
            var x0 = -(lh + 35) / 2;
            handle.Rect(alloy ? Aluminium : Steel, alloy ? 8 : 2.5, x0, -4, lh, 8);
            // Knurled grip: ridges of extra metal.
            for (var x = x0 + 15; x < x0 + 60; x += 3)
            {
                handle.Rect(alloy ? Aluminium : Steel, alloy ? 2 : 0.6, x, -4, 1.5, 8);
            }

            // The fitted blade on its bayonet fitting.
            handle.Rect(Steel, 1.2, x0 + lh, -2.5, 10, 5);
            handle.Poly(Steel, 0.4, (x0 + lh - 5, -3), (x0 + lh + 25, -4), (x0 + lh + 38, 1), (x0 + lh + 12, 4), (x0 + lh - 5, 3));
            for (var i = random.Next(2, 6); i > 0; i--)
            {
                // A spare in its foil packet (foil 0.03 mm aluminium, paper, 50 × 20 mm).
                var spare = new Turned(pen, U(-40, 40), U(10, 35), U(-0.6, 0.6));
                spare.Rect(Aluminium, 0.3, -25, -10, 50, 20);
                spare.Rect(Organic, 0.4, -25, -10, 50, 20);
                spare.Poly(Steel, 0.4, (-18, -4), (12, -5), (20, 1), (-5, 4), (-18, 4));
            }

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>A single-shot break-action pistol (Contender class): a 250–300 mm barrel of 22 mm steel round a small bore, a steel frame 75 × 45 mm with its exposed hammer, wooden grip and forend; 330–400 mm overall.</summary>
        private PixelBox BreakActionPistol(double scale)
        {
            var barrel = U(250, 300);
            var pen = Place((barrel + 100) / 2, scale);
            var x0 = -(barrel + 100) / 2;
            var xf = x0 + 25;
            // Barrel: nearly solid steel (a .22 to .44 bore in a 22 mm barrel), its lug under the breech.
            pen.Cylinder(Steel, xf + 75, -30, barrel, 22, 0.85);
            pen.Rect(Steel, 8, xf + 75, -8, 30, 10);
            // Forend: walnut under the barrel, its steel screw.
            RoundedRect(pen, Organic, 20, xf + 110, -10, U(180, 230) - 60, 18, 6);
            pen.Rect(Steel, 4, xf + 130, -8, 8, 12);
            // Frame: a solid steel block with the hinge pin, the hammer above, the trigger guard below.
            pen.Rect(Steel, 16, xf, -32, 75, 42);
            pen.Ellipse(Steel, 10, xf + 70, 2, 4, 4);
            pen.Poly(Steel, 8, (xf + 5, -32), (xf + 15, -32), (xf + 2, -48), (xf - 6, -46));
            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(a => (xf + 40 + (18 * Math.Cos(a)), 10 + (14 * Math.Sin(a)))).ToArray();
            pen.Line(Steel, 4, 4, closed: false, guard);
            pen.Poly(Steel, 5, (xf + 36, 10), (xf + 41, 10), (xf + 38, 22), (xf + 34, 22));
            // Grip: two walnut panels round the frame's grip tang, raked back.
            pen.Poly(Organic, 34, (xf, -20), (xf + 22, 10), (xf - 10, 95), (x0 - 15, 88), (x0, -12));
            pen.Rect(Steel, 6, xf - 20, -14, 25, 10);
            if (Chance(0.6))
            {
                // A round in the chamber: brass case, lead bullet.
                pen.Rect(Brass, 3, xf + 75, -25, 35, 12);
                pen.Rect(Lead, 5, xf + 110, -24, 10, 10);
            }

            return pen.Box;
        }

        /// <summary>A .22 target pistol (Mark IV class): a 140–175 mm bull barrel 18–22 mm across, a 27 mm tubular steel receiver, raked grip frame of steel or aluminium with plastic panels, a thin 10-round steel magazine; 240–300 mm overall.</summary>
        private PixelBox TargetPistol(double scale)
        {
            var barrel = U(140, 175);
            var bd = U(18, 22);
            var alloy = Chance(0.4);
            var frame = alloy ? Aluminium : Steel;
            var frameT = alloy ? 24 : 8;
            var pen = Place((barrel + 140) / 2, scale);
            var xr = -(barrel + 120) / 2 + 20;
            // Receiver tube with its bolt inside, then the barrel; a rear sight and front sight.
            pen.Tube(Steel, xr, -30, 115, 27, 2.5);
            pen.Rect(Steel, 10, xr + 10, -24, 60, 15);
            pen.Cylinder(Steel, xr + 115, -30 + ((27 - bd) / 2), barrel, bd, 0.9);
            pen.Rect(Steel, 3, xr + 5, -34, 10, 5);
            pen.Rect(Steel, 3, xr + 110 + barrel, -33, 4, 4);
            // Grip frame raked back at about 20°, the guard and trigger.
            var (gx, gy) = (xr + 25, -3.0);
            pen.Poly(frame, frameT, (gx - 5, gy), (gx + 55, gy), (gx + 55, gy + 10), (gx + 20, gy + 10), (gx - 2, gy + 95), (gx - 32, gy + 90));
            pen.Poly(Organic, 18, (gx - 3, gy + 12), (gx + 18, gy + 12), (gx - 4, gy + 92), (gx - 30, gy + 88));
            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(a => (gx + 38 + (17 * Math.Cos(a)), gy + 10 + (13 * Math.Sin(a)))).ToArray();
            pen.Line(frame, frameT * 0.5, 4, closed: false, guard);
            pen.Poly(Steel, 4, (gx + 32, gy + 10), (gx + 37, gy + 10), (gx + 33, gy + 21), (gx + 30, gy + 21));
            if (Chance(0.7))
            {
                // Magazine in the grip: 0.6 mm steel body 85 × 15 mm, .22 rounds (25 mm) stacked in one column.
                var mag = new Turned(pen, gx - 12, gy + 50, 1.92);
                mag.Rect(Steel, 1.2, -45, -7.5, 90, 15);
                for (var i = random.Next(0, 11); i > 0; i--)
                {
                    mag.Rect(Brass, 1.5, -40 + (i * 6), -6, 5.7, 11);
                    mag.Rect(Lead, 5, -40 + (i * 6), 5, 5.7, 5);
                }
            }

            return pen.Box;
        }

        /// <summary>A polymer-frame 9 mm pistol field-stripped: the steel slide (185 × 25 mm, 6 mm walls), the barrel (115 mm, 14 mm with its 20 mm chamber block), the recoil spring on its guide rod, the polymer frame with its steel rails and trigger parts, the magazine; lying apart.</summary>
        private PixelBox StrippedPistol(double scale)
        {
            var pen = Place(110, scale);
            // Slide on its side: two 6 mm walls along the beam's view are its top and bottom; ejection port cut out.
            var slide = new Turned(pen, U(-20, 20), U(-55, -40), U(-0.3, 0.3));
            slide.Rect(Steel, 12, -92, -12, 185, 24);
            slide.Rect(Steel, 10, -92, -12, 185, 5);
            slide.Rect(Steel, 8, 50, -7, 42, 14);
            // Barrel and its chamber block.
            var barrel = new Turned(pen, U(-30, 30), U(-15, 5), U(-0.5, 0.5));
            barrel.Tube(Steel, -45, -7, 95, 14, 3);
            barrel.Rect(Steel, 18, -65, -10, 22, 20);
            // Recoil spring on its guide rod.
            var rod = new Turned(pen, U(-30, 30), U(15, 25), U(-0.4, 0.4));
            rod.Rect(Steel, 3, -45, -2, 90, 4);
            rod.Line(Steel, 1.2, 1, false, [.. Enumerable.Range(0, 30).Select(i => (-42 + (i * 3.0), i % 2 == 0 ? -5.0 : 5.0))]);
            // Frame: polymer grip and dust cover, its steel rail inserts, locking block, trigger bar.
            var frame = new Turned(pen, U(-20, 20), U(45, 60), U(-0.3, 0.3));
            frame.Poly(Organic, 28, (-90, -18), (70, -18), (70, -2), (0, -2), (-20, 60), (-52, 58), (-40, -2), (-90, -2));
            frame.Rect(Steel, 4, 50, -18, 15, 4);
            frame.Rect(Steel, 4, -70, -18, 12, 4);
            frame.Rect(Steel, 8, 15, -16, 20, 10);
            frame.Rect(Steel, 1.5, -30, -10, 60, 3);
            if (Chance(0.7))
            {
                var mag = new Turned(pen, U(50, 80), U(-10, 40), U(0, Math.PI));
                RoundedRect(mag, Steel, 1.6, -62, -16, 124, 32, 3);
                mag.Rect(Organic, 10, -66, -18, 8, 36);
                for (var i = random.Next(0, 16); i > 0; i--)
                {
                    mag.Rect(Brass, 3, 50 - (i * 6), -12, 5, 19);
                }
            }

            return pen.Box;
        }

        private static void RoundedRect(Turned part, Material m, double t, double x, double y, double w, double h, double r) =>
            part.Poly(m, t, RoundedOutline(x, y, w, h, r));

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>A smartphone's insides within its outline: aluminium side frame, glass front and back, the board and its shields, a pouch Li-ion battery of about 0.6 of its area.</summary>
        private void SmartphoneBody(Turned phone, double l, double w)
        {
            RoundedRect(phone, Glass, 1.4, -l / 2, -w / 2, l, w, 8);
            RoundedRect(phone, Aluminium, 3, -l / 2, -w / 2, l, w, 8);
            phone.Line(Aluminium, 8, 2.5, true, (-l / 2 + 2, -w / 2 + 2), (l / 2 - 2, -w / 2 + 2), (l / 2 - 2, w / 2 - 2), (-l / 2 + 2, w / 2 - 2));
            var bl = l * 0.55;
            phone.Rect(Steel, 0.7, -l / 2 + 8, -w / 2 + 6, bl, w - 12);
            phone.Rect(Mixed, 4, -l / 2 + 8, -w / 2 + 6, bl, w - 12);
            var bx = -l / 2 + 12 + bl;
            phone.Rect(Mixed, 2, bx, -w / 2 + 5, (l / 2) - bx - 4, w - 10);
            for (var i = random.Next(5, 10); i > 0; i--)
            {
                phone.Rect(Steel, 1.5, U(bx, (l / 2) - 10), U(-w / 2 + 5, (w / 2) - 10), U(3, 7), U(3, 6));
            }

            // Camera bump and the speaker magnet.
            phone.Rect(Steel, 3, (l / 2) - 22, -w / 2 + 6, 16, 14);
            phone.Rect(Steel, 2, -l / 2 + 2, -6, 5, 12);
        }

        /// <summary>A smartphone (140–160 × 68–75 mm) in a 30 mm hardback novel (230–240 × 150–160 mm) with a phone-sized hollow cut through most of its pages.</summary>
        private PixelBox PhoneInBook(double scale)
        {
            var bl = U(230, 240);
            var bw = U(150, 160);
            var pl = U(140, 160);
            var pw = U(68, 75);
            var pen = Place((bl / 2) + 5, scale);
            var body = new Turned(pen, 0, 0, 0);
            // Board covers, then the paper with its hollow: the paper's full depth round it, 4 mm under it.
            body.Rect(Organic, 6, -bl / 2, -bw / 2, bl, bw);
            var (hx, hy) = (U(-bl / 2 + 10, (bl / 2) - pl - 10), U(-bw / 2 + 8, (bw / 2) - pw - 8));
            body.Rect(Organic, 26, -bl / 2 + 4, -bw / 2 + 3, bl - 4, hy + (bw / 2) - 3);
            body.Rect(Organic, 26, -bl / 2 + 4, hy + pw, bl - 4, (bw / 2) - hy - pw - 3);
            body.Rect(Organic, 26, -bl / 2 + 4, hy, hx + (bl / 2) - 4, pw);
            body.Rect(Organic, 26, hx + pl, hy, (bl / 2) - hx - pl, pw);
            body.Rect(Organic, 4, hx, hy, pl, pw);
            body.Rect(Organic, 6, -bl / 2, -bw / 2, 8, bw);
            pen.Item(() => SmartphoneBody(new Turned(pen, hx + (pl / 2), hy + (pw / 2), 0), pl - 2, pw - 2));
            return pen.Box;
        }

        /// <summary>A smartphone (146–165 × 71–77 × 8 mm) in a folio wallet case: 1.5 mm leather or TPU both sides, 2–4 PVC cards (85.6 × 54 × 0.76 mm) in the flap, a magnetic clasp; the flap closed over the phone or open beside it.</summary>
        private PixelBox WalletCasePhone(double scale)
        {
            var l = U(146, 165);
            var w = U(71, 77);
            var open = Chance(0.4);
            var pen = Place(open ? w + 10 : (l / 2) + 10, scale);
            var body = new Turned(pen, 0, open ? -w / 2 - 2 : 0, 0);
            RoundedRect(body, Organic, 3, -l / 2 - 3, -w / 2 - 3, l + 6, w + 6, 9);
            SmartphoneBody(body, l, w);
            var flap = new Turned(pen, 0, open ? w / 2 + 4 : 0, 0);
            RoundedRect(flap, Organic, 3, -l / 2 - 3, -w / 2 - 3, l + 6, w + 6, 9);
            for (var i = random.Next(2, 5); i > 0; i--)
            {
                // Cards in their slots, 12 mm apart down the flap; an embossed bank card's chip.
                var y = -w / 2 + 2 + ((i - 1) * 10);
                flap.Rect(Organic, 0.76, -l / 2 + 6, y, 85.6, Math.Min(54, (w / 2) + 4 - y));
                flap.Rect(Brass, 0.1, -l / 2 + 15, y + 10, 11, 9);
            }

            // The magnetic clasp on a tab: a neodymium disc and its steel keeper.
            flap.Rect(Organic, 3, l / 2, -10, 18, 20);
            flap.Ellipse(Steel, 2.5, (l / 2) + 8, 0, 6, 6);
            return pen.Box;
        }

        /// <summary>A 4G smartwatch-phone (children's or standalone): a 45 × 40 × 14 mm plastic or aluminium case with a nano-SIM, board and shield, a 600–800 mAh Li-ion pouch (30 × 25 × 5 mm), a steel back, on a 220–250 mm silicone strap with a steel buckle.</summary>
        private PixelBox WatchPhone(double scale)
        {
            var pen = Place(70, scale);
            var metal = Chance(0.4);
            RoundedRect(pen, metal ? Aluminium : Organic, metal ? 5 : 10, -22, -20, 44, 40, 8);
            pen.Rect(Glass, 1.2, -19, -17, 38, 34);
            pen.Rect(Steel, 0.6, -15, -14, 30, 25);
            pen.Rect(Mixed, 5, -15, -14, 30, 25);
            pen.Rect(Mixed, 2, -18, 12, 36, 6);
            pen.Rect(Steel, 1.5, -16, 13, 8, 4);
            pen.Rect(Steel, 1.5, 2, 13, 6, 4);
            pen.Rect(Brass, 0.3, 10, 12, 9, 6);
            pen.Ellipse(Steel, 0.8, 0, 0, 14, 14);
            // Strap out both sides, curled round as it lies, the buckle on one end.
            var curl = U(0.3, 1);
            pen.Rect(Organic, 5, -75 * curl, -11, (75 * curl) - 22, 22);
            pen.Rect(Organic, 5, 22, -11, 95 * curl, 22);
            pen.Line(Steel, 3, 2, true, (-75 * curl, -13), (-75 * curl + 18, -13), (-75 * curl + 18, 13), (-75 * curl, 13));
            return pen.Box;
        }

        // ---- ammunition -----------------------------------------------------------------------

        /// <summary>Six .38 Special rounds (29.3 mm brass case, 9.6 mm, 11.2 mm rim, a 158 gr lead bullet out 10 mm) held by their rims in a 38 mm aluminium-and-plastic speedloader; seen face-on or lying on its side.</summary>
        private PixelBox Speedloader(double scale)
        {
            var pen = Place(35, scale);
            if (Chance(0.5))
            {
                // Face-on: the beam runs down each round; six discs on a 26 mm circle round the knob.
                pen.Ellipse(Aluminium, 10, 0, 0, 19, 19);
                pen.Ellipse(Organic, 15, 0, 0, 7, 7);
                for (var i = 0; i < 6; i++)
                {
                    var a = (i * Math.PI / 3) + 0.3;
                    var (cx, cy) = (13 * Math.Cos(a), 13 * Math.Sin(a));
                    pen.Ellipse(Brass, 1.5, cx, cy, 5.6, 5.6);
                    pen.Ring(Brass, 29, 0.8, cx, cy, 4.6, 4.6);
                    pen.Ellipse(Lead, 17, cx, cy, 4.4, 4.4);
                }
            }
            else
            {
                // On its side: three rounds in view, the other three behind them.
                pen.Rect(Aluminium, 20, -30, -19, 10, 38);
                pen.Rect(Organic, 20, -42, -7, 12, 14);
                for (var i = 0; i < 3; i++)
                {
                    var y = -16.0 + (i * 11.3);
                    pen.Rect(Brass, 2.5, -20, y - 0.8, 1.3, 11.2);
                    pen.Cylinder(Brass, -20, y, 29.3, 9.6, 0.6);
                    pen.Poly(Lead, 12, (9.3, y + 0.2), (15, y + 0.2), (19.5, y + 4.8), (15, y + 9.4), (9.3, y + 9.4));
                }
            }

            return pen.Box;
        }

        // ---- SIM cards ------------------------------------------------------------------------

        /// <summary>A nano or micro SIM (or its chip module cut out, 12 × 8 mm) taped inside a folded greeting card (150–180 × 105–125 mm, two leaves of 0.35 mm board), in its envelope on some.</summary>
        private PixelBox SimInCard(double scale)
        {
            var l = U(150, 180);
            var w = U(105, 125);
            var pen = Place((l / 2) + 8, scale);
            pen.Rect(Organic, 0.7, -l / 2, -w / 2, l, w);
            pen.Rect(Organic, 0.6, -l / 2, -w / 2, 3, w);
            if (Chance(0.5))
            {
                pen.Rect(Organic, 0.25, -l / 2 - 3, -w / 2 - 3, l + 6, w + 6);
                pen.Poly(Organic, 0.25, (-l / 2 - 3, -w / 2 - 3), (0, 0), (l / 2 + 3, -w / 2 - 3));
            }

            var sim = new Turned(pen, U(-l / 3, l / 3), U(-w / 3, w / 3), U(0, 2 * Math.PI));
            switch (random.Next(3))
            {
                case 0:
                    pen.Item(() => SimOutline(sim, 12.3, 8.8));
                    break;
                case 1:
                    pen.Item(() => SimOutline(sim, 15, 12));
                    break;
                default:
                    pen.Item(() =>
                    {
                        // The bare module: gold contacts on the epoxy-and-die, trimmed to the pads.
                        sim.Rect(Organic, 0.3, -6, -4, 12, 8);
                        sim.Rect(Brass, 0.1, -5.8, -3.8, 11.6, 7.6);
                        sim.Rect(Mixed, 1.2, -2.5, -2.5, 5, 5);
                    });
                    break;
            }

            // Clear tape over it.
            sim.Rect(Organic, 0.1, -12, -9, 24, 18);
            return pen.Box;
        }

        // ---- syringes -------------------------------------------------------------------------

        /// <summary>An adrenaline auto-injector (EpiPen class): a 150–160 × 22–25 mm plastic body round a 2 ml glass cartridge, a strong steel drive spring (1.2 mm wire), a 15–25 mm needle hidden in the tip, a safety cap.</summary>
        private PixelBox AutoInjector(double scale)
        {
            var l = U(150, 160);
            var d = U(22, 25);
            var pen = Place((l / 2) + 5, scale);
            var x0 = -l / 2;
            pen.Tube(Organic, x0, -d / 2, l, d, 1.8);
            pen.Rect(Organic, 8, x0 - 15, -d / 2 + 3, 17, d - 6);
            // Drive mechanism: spring round a plastic rod and its steel release collet.
            pen.Line(Steel, 1.2, 1.2, false, [.. Enumerable.Range(0, 18).Select(i => (x0 + 10 + (i * 3.5), i % 2 == 0 ? -7.0 : 7.0))]);
            pen.Rect(Organic, 8, x0 + 8, -3, 65, 6);
            pen.Rect(Steel, 4, x0 + 72, -4, 6, 8);
            // Cartridge: glass, the liquid, the rubber stopper; then the needle and its sheath.
            var xc = x0 + 80;
            pen.Tube(Glass, xc, -5, 45, 10, 0.7);
            pen.Cylinder(Organic, xc + 8, -4.3, 37, 8.6);
            pen.Rect(Organic, 7, xc + 2, -4.3, 6, 8.6);
            pen.Rect(Aluminium, 1.2, xc + 45, -4, 4, 8);
            pen.Line(Steel, 0.5, 0.5, false, (xc + 49, 0), (xc + 49 + U(15, 25), 0));
            pen.Rect(Organic, 4, xc + 49, -3, 20, 6);
            return pen.Box;
        }

        // ---- lithium batteries ----------------------------------------------------------------

        /// <summary>A radio-control LiPo pack: 2–4 pouch cells (105–140 × 34–48 mm, 6–8 mm each) stacked under heat-shrink, 12 AWG silicone leads to an XT60 plug (brass contacts), a balance lead and its JST plug.</summary>
        private PixelBox LiPoPack(double scale)
        {
            var l = U(105, 140);
            var w = U(34, 48);
            var cells = random.Next(2, 5);
            var pen = Place((l / 2) + 40, scale);
            var x0 = -l / 2;
            // Stacked: the beam crosses every cell's laminate and electrodes.
            pen.Rect(Organic, 1, x0 - 1, -w / 2 - 1, l + 2, w + 2);
            pen.Rect(Steel, 0.6 * cells, x0, -w / 2, l, w);
            pen.Rect(Mixed, 4.5 * cells, x0, -w / 2, l, w);
            pen.Rect(Mixed, 3, x0 + l - 8, -w / 2 + 2, 8, w - 4);
            // Main leads: copper in silicone, out to the XT60.
            var lead = U(40, 80);
            foreach (var dy in new[] { -5.0, 5.0 })
            {
                pen.Line(Organic, 4, 4, false, (x0 + l, dy), (x0 + l + lead * 0.6, dy + U(-10, 10)), (x0 + l + lead, dy * 0.8));
                pen.Line(Brass, 2, 2, false, (x0 + l, dy), (x0 + l + lead * 0.6, dy * 1.5), (x0 + l + lead, dy * 0.8));
            }

            pen.Rect(Organic, 16, x0 + l + lead, -8, 16, 16);
            pen.Rect(Brass, 4, x0 + l + lead + 2, -6, 12, 3.5);
            pen.Rect(Brass, 4, x0 + l + lead + 2, 2.5, 12, 3.5);
            // Balance lead: thin wires to a small plug.
            var by = (w / 2) - 4;
            pen.Line(Organic, 2, 3, false, (x0 + l, by), (x0 + l + 30, by + 12), (x0 + l + 45, by + 8));
            pen.Line(Brass, 0.4, 1, false, (x0 + l, by), (x0 + l + 30, by + 12), (x0 + l + 45, by + 8));
            pen.Rect(Organic, 6, x0 + l + 45, by + 3, 8, (cells + 1) * 2.5);
            return pen.Box;
        }

        // ---- tools ----------------------------------------------------------------------------

        /// <summary>A 3/8-inch ratchet (190–210 mm, chrome-vanadium steel, a 35 mm head with its pawl mechanism, plastic grip on some) and 3–8 hex sockets (10–19 mm, 28 mm long, 2.5–3.5 mm walls), loose or on a rail, an extension bar sometimes.</summary>
        private PixelBox RatchetSockets(double scale)
        {
            var pen = Place(110, scale);
            var l = U(190, 210);
            var ratchet = new Turned(pen, U(-20, 20), U(-45, -25), U(-0.3, 0.3));
            var x0 = -l / 2;
            ratchet.Poly(Steel, 7, (x0 + 30, -6), (x0 + l, -7), (x0 + l, 7), (x0 + 30, 6));
            ratchet.Ellipse(Steel, 14, x0 + 17, 0, 17, 17);
            ratchet.Rect(Steel, 9, x0 + 12, -5, 10, 10);
            if (Chance(0.5))
            {
                RoundedRect(ratchet, Organic, 22, x0 + 85, -12, l - 85, 24, 8);
            }

            var count = random.Next(3, 9);
            var rail = Chance(0.5);
            if (rail)
            {
                pen.Rect(Organic, 4, -90, 8, 180, 22);
                pen.Rect(Steel, 1.5, -88, 17, 176, 4);
            }

            for (var i = 0; i < count; i++)
            {
                var d = 14 + (i * 12.0 / Math.Max(1, count - 1));
                // A socket on its side: its two walls along the beam show as bands; face-on a hex ring.
                var s = rail ? new Turned(pen, -80 + (i * 22), 19, -Math.PI / 2) : new Turned(pen, U(-70, 70), U(0, 60), U(0, 2 * Math.PI));
                if (!rail && Chance(0.4))
                {
                    s.Ring(Steel, 28, 3, 0, 0, d / 2, d / 2);
                    s.Ellipse(Steel, 4, 0, 0, (d / 2) - 2, (d / 2) - 2);
                }
                else
                {
                    s.Tube(Steel, -14, -d / 2, 28, d, 1.5);
                    s.Rect(Steel, 6, -2, -d / 2, 6, d);
                }
            }

            if (Chance(0.4))
            {
                var bar = new Turned(pen, U(-40, 40), U(55, 70), U(-0.3, 0.3));
                bar.Cylinder(Steel, -75, -5, 150, 10);
                bar.Rect(Steel, 12, 75, -7, 12, 14);
            }

            return pen.Box;
        }

        // ---- alcohol --------------------------------------------------------------------------

        /// <summary>One to three beer bottles: 330 ml (225–235 × 60–62 mm) or 500 ml (245–255 × 68–72 mm) brown glass, 3–4 mm wall, a steel crown cap, full or part drunk.</summary>
        private PixelBox BeerBottles(double scale)
        {
            var count = random.Next(1, 4);
            var pen = Place(130, scale);
            var together = Chance(0.5);
            for (var i = 0; i < count; i++)
            {
                var big = Chance(0.4);
                var l = big ? U(245, 255) : U(225, 235);
                var d = big ? U(68, 72) : U(60, 62);
                var wall = U(3, 4);
                var b = together ? new Turned(pen, U(-8, 8), (i - ((count - 1) / 2.0)) * (d + 2), Chance(0.5) ? 0 : Math.PI) : new Turned(pen, U(-30, 30), U(-50, 50), U(0, 2 * Math.PI));
                var x0 = -l / 2;
                var body = l * 0.6;
                b.Tube(Glass, x0, -d / 2, body, d, wall);
                b.Rect(Glass, 2 * wall, x0, -d / 2, wall, d);
                var fill = U(0.5, 1);
                b.Cylinder(Organic, x0 + wall, -d / 2 + wall, (body * fill) - wall, d - (2 * wall));
                // Shoulder into a 26 mm neck; the crown cap (0.25 mm tinplate, 26 mm across) on the lip.
                var neck = l - body;
                b.Poly(Glass, 2 * wall, (x0 + body, -d / 2), (x0 + body + (neck * 0.45), -13), (x0 + body + (neck * 0.45), 13), (x0 + body, d / 2));
                b.Tube(Glass, x0 + body + (neck * 0.45), -13, neck * 0.55, 26, wall);
                b.Rect(Glass, 3 * wall, l / 2 - 8, -14, 6, 28);
                b.Rect(Steel, 1.2, l / 2 - 3, -14.5, 4, 29);
            }

            return pen.Box;
        }

        // ---- controlled drugs -----------------------------------------------------------------

        /// <summary>Herbal cannabis: 5–30 g of dried bud (lumps 10–35 mm, about 0.2–0.3 g/cm³) in a 100–150 × 70–100 mm grip-seal bag, two 50 µm polythene sheets and a zip ridge.</summary>
        private PixelBox HerbalBag(double scale)
        {
            var l = U(100, 150);
            var w = U(70, 100);
            var pen = Place((l / 2) + 5, scale);
            pen.Rect(Organic, 0.1, -l / 2, -w / 2, l, w);
            pen.Rect(Organic, 1.5, -l / 2 + 6, -w / 2, 3, w);
            pen.Rect(Organic, 0.6, l / 2 - 3, -w / 2, 3, w);
            for (var i = random.Next(6, 20); i > 0; i--)
            {
                var r = U(5, 17);
                var cx = U(-l / 2 + 10 + r, (l / 2) - 4 - r);
                var cy = U(-w / 2 + 2 + r, (w / 2) - 2 - r);
                // A bud is mostly air: its depth times about a quarter of water's density.
                var bud = new Turned(pen, cx, cy, U(0, Math.PI));
                bud.Ellipse(Organic, r * 0.5, 0, 0, r, r * U(0.55, 0.9));
                bud.Ellipse(Organic, r * 0.3, U(-2, 2), U(-2, 2), r * 0.6, r * 0.45);
            }

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>A 10-hole diatonic harmonica (101 × 27 × 20 mm): a plastic or pearwood comb, two 0.9 mm brass reed plates riveted with brass reeds, two 0.5 mm chromed steel cover plates, 3–5 screws.</summary>
        private void Harmonica()
        {
            var pen = Place(60);
            pen.Rect(Organic, 10, -50, -13.5, 100, 27);
            pen.Rect(Brass, 1.8, -50, -12, 100, 24);
            for (var i = 0; i < 10; i++)
            {
                pen.Rect(Brass, 0.6, -45 + (i * 9.5), -10, 5, 20);
            }

            pen.Poly(Steel, 1, (-50.5, -13.5), (50.5, -13.5), (50.5, 13.5), (-50.5, 13.5));
            pen.Rect(Steel, 2, -50.5, -13.5, 101, 2);
            pen.Rect(Steel, 2, -50.5, 11.5, 101, 2);
            for (var i = random.Next(3, 6); i > 0; i--)
            {
                pen.Ellipse(Steel, 10, -48 + ((96.0 / 4) * (i - 1)), 0, 1.5, 1.5);
            }
        }

        /// <summary>An empty kiss-lock coin purse: 100–130 × 80–100 mm fabric or leather, a 1.5 mm steel channel frame along its mouth with two ball clasps.</summary>
        private void CoinPurse()
        {
            var pen = Place(70);
            var w = U(100, 130);
            var h = U(80, 100);
            pen.Poly(Organic, U(2, 4), (-w / 2 + 5, -h / 2), (w / 2 - 5, -h / 2), (w / 2, 0), (w * 0.4, h / 2), (-w * 0.4, h / 2), (-w / 2, 0));
            // The frame: two channels, one each side of the mouth, meeting at the hinge ends.
            var arc = Enumerable.Range(0, 11).Select(i => (-w / 2 + 5 + ((w - 10) * i / 10.0), (-h / 2) + 2 + (6 * Math.Pow((i - 5) / 5.0, 2)))).ToArray();
            pen.Line(Steel, 3, 3, false, arc);
            pen.Ellipse(Steel, 5, -5, -h / 2 - 4, 4, 4);
            pen.Ellipse(Steel, 5, 5, -h / 2 - 4, 4, 4);
        }

        /// <summary>A ring box (50 × 45 mm, 35–40 mm deep: card or plastic under velvet, a foam insert), a spring-steel hinge, a ring of 2–3 mm silver or gold in its slot.</summary>
        private void RingBox()
        {
            var pen = Place(35);
            RoundedRect(pen, Organic, 8, -25, -22.5, 50, 45, 6);
            pen.Rect(Organic, 10, -20, -18, 40, 36);
            pen.Rect(Steel, 1.2, -22, -23.5, 44, 3);
            var r = U(8.5, 10);
            var metal = Chance(0.5) ? Lead : Steel;
            // Standing in its slot, the band is seen edge-on: a narrow bar where it is deep, rings where it turns.
            pen.Rect(metal, 2 * r * 0.5, -2, -r, U(2, 3), 2 * r);
            if (Chance(0.5))
            {
                pen.Ellipse(Glass, 4, 0, -r - 2, 2.5, 2.5);
            }
        }

        /// <summary>A fidget spinner: a 75 mm three-lobe body (plastic, or 5 mm brass or steel), a 608 bearing in the middle (22 × 7 mm, steel races and balls), three 22 mm weights or bearings in the lobes.</summary>
        private void FidgetSpinner()
        {
            var pen = Place(40);
            var solid = Chance(0.4);
            var body = solid ? (Chance(0.5) ? Brass : Steel) : Organic;
            var t = solid ? 5 : 8;
            for (var i = 0; i < 3; i++)
            {
                var a = i * 2 * Math.PI / 3;
                var (cx, cy) = (25 * Math.Cos(a), 25 * Math.Sin(a));
                pen.Poly(body, t, (0, 0), (cx - (8 * Math.Sin(a)), cy + (8 * Math.Cos(a))), (cx + (8 * Math.Sin(a)), cy - (8 * Math.Cos(a))));
                pen.Ring(body, t, 4, cx, cy, 13, 13);
                if (!solid)
                {
                    pen.Ring(Steel, 7, 2, cx, cy, 10, 10);
                    pen.Ellipse(Steel, 3, cx, cy, 8, 8);
                }
            }

            pen.Ellipse(body, t, 0, 0, 15, 15);
            pen.Ring(Steel, 7, 2.5, 0, 0, 10, 10);
            pen.Ring(Steel, 4, 2, 0, 0, 6, 6);
            pen.Ellipse(Organic, 10, 0, 0, 4, 4);
        }

        /// <summary>A soft toy (200–300 mm bear or rabbit): polyester plush over fibre fill, plastic safety eyes with their washers, a plastic squeaker on some; no metal.</summary>
        private void SoftToy()
        {
            var h = U(200, 300);
            var pen = Place(h / 2);
            var fill = U(8, 16);
            pen.Ellipse(Organic, fill, 0, h * 0.15, h * 0.22, h * 0.28);
            pen.Ellipse(Organic, fill, 0, -h * 0.28, h * 0.18, h * 0.16);
            pen.Ellipse(Organic, fill * 0.7, -h * 0.15, -h * 0.42, h * 0.06, h * 0.06);
            pen.Ellipse(Organic, fill * 0.7, h * 0.15, -h * 0.42, h * 0.06, h * 0.06);
            pen.Ellipse(Organic, fill * 0.8, -h * 0.26, h * 0.05, h * 0.07, h * 0.14);
            pen.Ellipse(Organic, fill * 0.8, h * 0.26, h * 0.05, h * 0.07, h * 0.14);
            pen.Ellipse(Organic, fill * 0.8, -h * 0.12, h * 0.42, h * 0.09, h * 0.07);
            pen.Ellipse(Organic, fill * 0.8, h * 0.12, h * 0.42, h * 0.09, h * 0.07);
            pen.Ellipse(Organic, 8, -h * 0.06, -h * 0.3, 4, 4);
            pen.Ellipse(Organic, 8, h * 0.06, -h * 0.3, 4, 4);
            if (Chance(0.4))
            {
                pen.Ellipse(Organic, 12, 0, h * 0.15, 15, 12);
            }
        }

        /// <summary>A tin whistle: a 260–300 mm tube of 12–13 mm nickel-plated brass (0.5 mm wall) with six finger holes, a 55–65 mm plastic head.</summary>
        private void TinWhistle()
        {
            var l = U(260, 300);
            var pen = Place(l / 2);
            var x0 = -l / 2;
            var head = U(55, 65);
            pen.Tube(Brass, x0 + head - 5, -6.25, l - head + 5, 12.5, 0.5);
            pen.Cylinder(Organic, x0, -7.5, head, 15, 0.5);
            pen.Rect(Organic, 3, x0 + 20, -7.5, 12, 4);
            for (var i = 0; i < 6; i++)
            {
                pen.Ellipse(Organic, 0.1, x0 + head + 30 + (i * 22), 0, 3, 3);
            }
        }

        /// <summary>A mains hair straightener: two 270–300 × 30 mm plastic arms, ceramic-coated aluminium plates (90 × 25 × 3 mm) with their heaters, a steel hinge spring, a 2 m swivel mains cable; no battery.</summary>
        private void HairStraightener()
        {
            var l = U(270, 300);
            var pen = Place(l / 2);
            var x0 = -l / 2;
            var open = U(0, 0.15);
            foreach (var s in new[] { -1, 1 })
            {
                var arm = new Turned(pen, x0, 0, s * open);
                RoundedRect(arm, Organic, 12, 0, s < 0 ? -30 : 0, l, 30, 10);
                arm.Rect(Aluminium, 6, l - 100, s < 0 ? -28 : 2, 90, 25);
                arm.Rect(Mixed, 2, l - 105, s < 0 ? -22 : 8, 95, 12);
                arm.Rect(Brass, 0.6, 10, s < 0 ? -10 : 4, l - 110, 3);
            }

            pen.Line(Steel, 1.5, 1.5, false, (x0 + 10, -10), (x0 + 25, 0), (x0 + 10, 10));
            pen.Rect(Organic, 20, x0 - 20, -8, 22, 16);
            Cable(pen, 8);
        }

        /// <summary>An empty photo frame (130 × 180 or 150 × 200 mm): a 10–15 mm aluminium or wooden moulding, a 2 mm glass pane, a 2.5 mm hardboard back, a steel strut hinge and turn clips.</summary>
        private void PhotoFrame()
        {
            var (l, w) = Chance(0.5) ? (180.0, 130.0) : (200.0, 150.0);
            var pen = Place(l / 2);
            var metal = Chance(0.5);
            var rim = U(10, 15);
            pen.Line(metal ? Aluminium : Organic, metal ? 5 : 16, rim, true, (-l / 2, -w / 2), (l / 2, -w / 2), (l / 2, w / 2), (-l / 2, w / 2));
            pen.Rect(Glass, 2, -l / 2 + 2, -w / 2 + 2, l - 4, w - 4);
            pen.Rect(Organic, 2.5 * 0.9, -l / 2 + 2, -w / 2 + 2, l - 4, w - 4);
            // The strut: hardboard with a steel hinge plate, the turn clips round the back.
            pen.Poly(Organic, 2.5, (-20, -w / 4), (20, -w / 4), (8, w / 2 - 8), (-8, w / 2 - 8));
            pen.Rect(Steel, 0.8, -15, -w / 4 - 2, 30, 8);
            foreach (var (cx, cy) in new[] { (-l / 4, -w / 2 + 6), (l / 4, -w / 2 + 6), (-l / 4, w / 2 - 6), (l / 4, w / 2 - 6) })
            {
                pen.Rect(Steel, 0.8, cx - 5, cy - 2, 10, 4);
            }
        }
    }
}
