namespace Screening.Devices.Xray;

// Variant set Q (held out after P): threat shapes and clutter kinds that none of A to P and R draws.
// About two thirds are what an officer on a prison gate meets every week (kitchen and pocket knives,
// common service handguns, ordinary handsets); the rest are hidden inside something innocent or made
// at home. Each is written from what the real thing measures and is made of, by someone who read
// neither the analyser nor any x-ray figures. Thicknesses follow the rest of the scene: roughly the
// millimetres of that material the beam crosses where the part lies flat (a round bar of diameter d
// counts as about 0.8 d, a hollow part as its two walls, a band seen edge-on as the depth the beam
// crosses); a material lighter or heavier than water counts its thickness times its density.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        /// <summary>Draws one of set Q's threat shapes; null for a shape that is not set Q's.</summary>
        private PixelBox? DrawSetQThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.SerratedUtilityKnife => SerratedUtilityKnife(scale),
            ThreatShape.FlipperFolder => FlipperFolder(scale),
            ThreatShape.CheeseKnife => CheeseKnife(scale),
            ThreatShape.KnifeInUmbrella => KnifeInUmbrella(scale),
            ThreatShape.NailShiv => NailShiv(scale),
            ThreatShape.MakarovPistol => MakarovPistol(scale),
            ThreatShape.PistolWithWeaponLight => PistolWithWeaponLight(scale),
            ThreatShape.ServiceRevolver => ServiceRevolver(scale),
            ThreatShape.PistolInGamesConsole => PistolInGamesConsole(scale),
            ThreatShape.PrintedRevolver => PrintedRevolver(scale),
            ThreatShape.PopGripPhone => PopGripPhone(scale),
            ThreatShape.PhoneWithEarphones => PhoneWithEarphones(scale),
            ThreatShape.TripleCameraPhone => TripleCameraPhone(scale),
            ThreatShape.PhoneInLoaf => PhoneInLoaf(scale),
            ThreatShape.PhoneInCigarettePack => PhoneInCigarettePack(scale),
            ThreatShape.ShotgunSlugs => ShotgunSlugs(scale),
            ThreatShape.SimInWristwatch => SimInWristwatch(scale),
            ThreatShape.Syringe5Ml => Syringe5Ml(scale),
            ThreatShape.Cell26650 => Cell26650(scale),
            ThreatShape.SideCutters => SideCutters(scale),
            ThreatShape.AlcopopBottles => AlcopopBottles(scale),
            ThreatShape.MethadoneBottle => MethadoneBottle(scale),
            ThreatShape.DrugsInSweets => DrugsInSweets(scale),
            _ => null,
        };

        /// <summary>Draws one of set Q's clutter kinds; false for a kind that is not set Q's.</summary>
        private bool DrawSetQClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.RubberDuck:
                    RubberDuck();
                    return true;
                case ClutterKind.SippyCup:
                    SippyCup();
                    return true;
                case ClutterKind.Sunglasses:
                    Sunglasses();
                    return true;
                case ClutterKind.ChangingMat:
                    ChangingMat();
                    return true;
                case ClutterKind.PocketTissues:
                    PocketTissues();
                    return true;
                case ClutterKind.TeethingRing:
                    TeethingRing();
                    return true;
                case ClutterKind.StickerBook:
                    StickerBook();
                    return true;
                case ClutterKind.ContactLensCase:
                    ContactLensCase();
                    return true;
                default:
                    return false;
            }
        }

        // ---- shared parts ---------------------------------------------------------------------

        /// <summary>
        /// A self-loading pistol lying on its side in its part's frame, muzzle toward +x: the slide (<paramref name="slideL"/> long,
        /// <paramref name="slideH"/> tall, its two side walls about 4 mm of steel each, solid at the breech block) above y = 0, the
        /// barrel inside it, the recoil spring under the barrel, the frame (steel, or glass-filled nylon at about 1.4 g/cm³ over steel
        /// rails), the grip raked back from the rear of the frame with its panels, the steel magazine in it holding
        /// <paramref name="rounds"/> cartridges of case diameter <paramref name="caseD"/> (single or staggered double stack), the
        /// trigger and its guard.
        /// </summary>
        private static void QSlidePistol(Turned g, double slideL, double slideH, double slideW, double gripL, double gripW, double rakeDeg,
            bool polymerFrame, bool doubleStack, int rounds, double caseD)
        {
            var x0 = -slideL / 2;
            var x1 = slideL / 2;
            g.Rect(Steel, 2 * 4.0, x0, -slideH, slideL, slideH);
            g.Rect(Steel, slideW * 0.7, x0, -slideH + 2, 22, slideH - 4);
            g.Rect(Steel, 2 * 2.8, x0 + 24, -slideH * 0.72, slideL - 26, slideH * 0.5);
            g.Rect(Steel, 2, x1 - 4, -slideH * 0.62, 4, slideH * 0.3);
            g.Rect(Steel, 3, x0 + 3, -slideH - 3, 6, 3);
            g.Rect(Steel, 3, x1 - 10, -slideH - 3, 5, 3);
            const double frameH = 11.0;
            var rake = Math.Tan(rakeDeg * Math.PI / 180);
            var gx = x0 + 4;
            (double X, double Y)[] grip =
            [
                (gx, 0), (gx + gripW, 0), (gx + gripW - (gripL * rake), gripL), (gx - (gripL * rake) - 3, gripL),
            ];
            if (polymerFrame)
            {
                g.Rect(Organic, 2 * 3.5 * 1.4, x0 + 6, 0, slideL - 14, frameH);
                g.Poly(Organic, 2 * 3.5 * 1.4, grip);
                g.Rect(Steel, 2 * 1.5, x0 + 8, -1, 20, 3);
                g.Rect(Steel, 2 * 1.5, x1 - 40, -1, 18, 3);
            }
            else
            {
                g.Rect(Steel, 2 * 3.0, x0 + 6, 0, slideL - 14, frameH);
                g.Poly(Steel, 2 * 2.5, grip);
                g.Poly(Organic, 2 * 3 * 1.3, Shrunk(grip, gx + (gripW / 2) - (gripL * rake / 2), gripL / 2, 0.9, 0.94));
            }

            g.Line(Steel, 2.2, 1.2, false, Zigzag(x0 + 40, x1 - 8, 2, 4, 5));
            // The magazine: 0.8 mm walls, the body seen flat, the floor plate and the cartridges stacked up from it.
            var mw = gripW * 0.62;
            var mx = gx + ((gripW - mw) / 2);
            (double X, double Y)[] mag =
            [
                (mx, 2), (mx + mw, 2), (mx + mw - (gripL * rake), gripL + 2), (mx - (gripL * rake), gripL + 2),
            ];
            g.Poly(Steel, 2 * 0.8, mag);
            g.Rect(Steel, 4, mx - (gripL * rake) - 3, gripL - 1, mw + 6, 4);
            var pitch = doubleStack ? caseD * 0.55 : caseD;
            for (var i = 0; i < rounds; i++)
            {
                var y = 6 + (i * pitch);
                if (y > gripL - 8)
                {
                    break;
                }

                var shift = -y * rake;
                g.Rect(Brass, 2 * 0.4 * 1.4, mx + shift + 2, y, mw * 0.62, caseD * 0.9);
                g.Rect(Lead, caseD * 0.55, mx + shift + 2 + (mw * 0.62), y + (caseD * 0.1), mw * 0.3, caseD * 0.7);
            }

            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10)
                .Select(a => (gx + gripW + 20 + (19 * Math.Cos(a)), frameH - 2 + (15 * Math.Sin(a)))).ToArray();
            g.Line(polymerFrame ? Organic : Steel, polymerFrame ? 10 * 1.4 : 2 * 2.5, 4, false, guard);
            g.Poly(polymerFrame ? Organic : Steel, polymerFrame ? 7 : 2.5, (gx + gripW + 16, frameH), (gx + gripW + 21, frameH), (gx + gripW + 18, frameH + 12), (gx + gripW + 15, frameH + 11));
        }

        /// <summary>
        /// A slab smartphone face down or up in its part's frame, centred on the origin along x: two 0.7 mm glass faces, the frame
        /// round its edge seen edge-on (<paramref name="frameDepth"/> of aluminium or stainless steel across a 2 mm band), the pouch cell
        /// (its aluminium laminate, copper and cobalt-oxide layers), the logic board and its steel shield cans, the camera modules,
        /// the speaker magnet, the USB-C port and the vibration motor.
        /// </summary>
        private void QHandset(Turned p, double l, double w, Material frame, double frameDepth, int lenses)
        {
            var r = Math.Min(10, w * 0.14);
            RoundedRect(p, Mixed, 2 * 0.7, -l / 2, -w / 2, l, w, r);
            RoundedRect(p, Organic, 1.5, -l / 2, -w / 2, l, w, r);
            p.Line(frame, frameDepth, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, r - 1));
            var bl = l * U(0.5, 0.58);
            var bw = w * U(0.72, 0.8);
            var bx = (-l / 2) + (l * 0.34);
            p.Rect(Mixed, 4.2, bx, -bw / 2, bl, bw);
            p.Rect(Steel, 0.7, bx + 1, (-bw / 2) + 1, bl - 2, bw - 2);
            var boardL = l * 0.27;
            p.Rect(Mixed, 1.6, (-l / 2) + 4, (-w / 2) + 4, boardL, w - 8);
            for (var i = random.Next(3, 6); i > 0; i--)
            {
                p.Rect(Steel, 0.5, U((-l / 2) + 5, (-l / 2) + boardL - 14), U((-w / 2) + 5, (w / 2) - 20), U(8, 14), U(8, 16));
            }

            for (var i = random.Next(5, 11); i > 0; i--)
            {
                p.Rect(Steel, 1.2, U((-l / 2) + 5, (-l / 2) + boardL - 5), U((-w / 2) + 5, (w / 2) - 7), U(2, 5), U(2, 5));
            }

            for (var i = 0; i < lenses; i++)
            {
                var cy = (-w / 2) + 11 + (i * 12.5);
                p.Ellipse(Steel, 2.4, (-l / 2) + 11, cy, 5, 5);
                p.Ring(Steel, 1.5, 1, (-l / 2) + 11, cy, 6, 6);
            }

            p.Rect(Steel, 2.5, (l / 2) - 10, (w / 4) - 6, 6, 12);
            p.Rect(Steel, 2, (l / 2) - 4, -4.5, 4, 9);
            p.Rect(Steel, 2.5, (l / 2) - 20, (-w / 2) + 6, 9, 4);
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// A serrated kitchen utility knife, the supermarket kind: a 115–130 mm stainless blade 19–24 mm deep and 1.3–1.7 mm thick,
        /// its edge scalloped along most of its length and ground thinner toward it; a half tang in a polypropylene handle 100–112 mm
        /// long and about 16 mm thick (0.9 g/cm³); a card and film blister round it on some, as it is sold.
        /// </summary>
        private PixelBox SerratedUtilityKnife(double scale)
        {
            var bl = U(115, 130);
            var bw = U(19, 24);
            var t = U(1.3, 1.7);
            var hl = U(100, 112);
            var hh = U(19, 23);
            var packed = Chance(0.25);
            var half = Math.Max(bw, hh) / 2;
            var pen = packed ? Lay(-hl - 12, -half - 22, bl + 12, half + 22, scale) : Lay(-hl - 2, -half - 2, bl + 2, half + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] blade =
            [
                (0, -bw / 2), (0.8 * bl, -bw / 2), (bl, (-bw / 2) + (0.2 * bw)), (0.92 * bl, 0.15 * bw), (0.5 * bl, bw / 2), (0, bw / 2),
            ];
            pen.Item(() =>
            {
                k.Poly(Steel, t * 0.55, blade);
                k.Poly(Steel, t * 0.45, Shrunk(blade, 0, -bw / 2, 1, 0.55));
                k.Line(Steel, t * 0.35, 1, false, Zigzag(6, bl * 0.86, (bw / 2) - 1.6, 3.2, 1.4));
                k.Rect(Steel, t, -hl * 0.55, -4, hl * 0.55, 8);
                (double X, double Y)[] handle =
                [
                    (0, -hh / 2), (-hl * 0.7, (-hh / 2) - 1), (-hl, (-hh / 2) + 2), (-hl, (hh / 2) - 2), (-hl * 0.7, (hh / 2) + 1), (0, hh / 2),
                ];
                RoundSection(k, Organic, handle, -hl / 2, 0, 16, 0.9);
            });
            if (packed)
            {
                k.Rect(Organic, 2 * 0.4 * 0.8, -hl - 10, -half - 20, hl + bl + 20, (2 * half) + 40);
                k.Line(Organic, 2 * 0.3 * 1.3 * 8, 1.2, true, (-hl - 6, -half - 6), (bl + 6, -half - 6), (bl + 6, half + 6), (-hl - 6, half + 6));
            }

            return pen.Box;
        }

        /// <summary>
        /// A liner-lock flipper folder, the everyday-carry kind sold everywhere: a handle 105–118 mm long and 28–32 mm wide of two
        /// G10 scales (3.5 mm each at about 1.8 g/cm³) over two 1 mm stainless liners, a 3 mm blade of 80–92 mm with its flipper tab,
        /// a pivot with bronze washers, a back spacer and a 1 mm spring-steel pocket clip; closed (the blade lies between the liners)
        /// or open.
        /// </summary>
        private PixelBox FlipperFolder(double scale)
        {
            var hl = U(105, 118);
            var hw = U(28, 32);
            var bl = U(80, 92);
            var bw = U(24, 28);
            var open = Chance(0.35);
            var pen = open ? Lay(-hl - 2, (-hw / 2) - 8, bl + 6, (hw / 2) + 2, scale) : Lay(-hl - 2, (-hw / 2) - 8, 8, (hw / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] handle =
            [
                (0, -hw / 2), (-hl + 8, (-hw / 2) + 1), (-hl, (-hw / 2) + 6), (-hl, (hw / 2) - 5), (-hl + 10, hw / 2), (-hl * 0.4, (hw / 2) - 2), (0, hw / 2),
            ];
            k.Poly(Organic, 2 * 3.5 * 1.8, handle);
            k.Poly(Steel, 2 * 1.0, Shrunk(handle, -hl / 2, 0, 0.98, 0.92));
            k.Ellipse(Steel, 9, -7, 0, 5, 5);
            k.Ring(Brass, 2 * 0.5, 2, -7, 0, 6.5, 6.5);
            k.Rect(Steel, 4, -hl + 10, (-hw / 2) + 1, hl - 30, 3);
            k.Rect(Steel, 2 * 1.0, -hl + 6, (-hw / 2) - 6, 62, 8);
            foreach (var x in new[] { -hl + 8.0, -hl * 0.5, -20.0 })
            {
                k.Ellipse(Steel, 2 * 3.5, x, (hw / 2) - 5, 1.8, 1.8);
            }

            (double X, double Y)[] blade =
            [
                (-7, (-bw / 2) + 2), (bl * 0.6, (-bw / 2) + 2), (bl, (-bw / 2) + 4), (bl * 0.7, bw * 0.3), (4, (bw / 2) - 1), (-4, (bw / 2) + 5), (-10, (bw / 2) + 2),
            ];
            if (open)
            {
                k.Poly(Steel, 3 * 0.6, blade);
                k.Poly(Steel, 3 * 0.4, Shrunk(blade, bl / 2, (-bw / 2) + 2, 1, 0.5));
            }
            else
            {
                var closedBlade = blade.Select(p => (-p.X - 14, -p.Y)).ToArray();
                k.Poly(Steel, 3 * 0.6, closedBlade);
                k.Poly(Steel, 3 * 0.4, Shrunk(closedBlade, -bl / 2, (bw / 2) - 2, 1, 0.5));
            }

            return pen.Box;
        }

        /// <summary>
        /// A soft-cheese knife: a 1.5 mm stainless blade 110–130 mm long and 24–30 mm deep, pierced with two or three round holes so the
        /// cheese does not stick, its tip forked into two prongs; a stick tang in a beech handle 95–105 mm long (24 mm through, about
        /// 0.7 g/cm³) or a moulded polypropylene one, a steel collar at the bolster.
        /// </summary>
        private PixelBox CheeseKnife(double scale)
        {
            var bl = U(110, 130);
            var bw = U(24, 30);
            var hl = U(95, 105);
            var beech = Chance(0.5);
            var pen = Lay(-hl - 2, (-bw / 2) - 2, bl + 2, (bw / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] outline =
            [
                (0, -bw * 0.3), (bl * 0.88, -bw / 2), (bl, -bw * 0.42), (bl * 0.94, -bw * 0.2), (bl, -bw * 0.08),
                (bl * 0.9, bw * 0.12), (bl * 0.55, bw / 2), (0, bw * 0.3),
            ];
            var holes = random.Next(2, 4);
            var cut = Enumerable.Range(0, holes).Select(i => (bl * (0.3 + (0.2 * i)), -bw * 0.05, Math.Min(6, bw * 0.22))).ToArray();
            k.Poly(Steel, 1.5, WithHoles(outline, cut));
            k.Line(Steel, 1.5 * 0.5, 1, false, (bl * 0.1, bw * 0.32), (bl * 0.55, (bw / 2) - 0.8), (bl * 0.9, bw * 0.1));
            k.Rect(Steel, 0.8 * 6, -hl * 0.7, -3, hl * 0.7, 6);
            k.Rect(Steel, 2 * 0.6 * 8, -8, -10, 8, 20);
            (double X, double Y)[] handle = [(-8, -10), (-hl, -11), (-hl - 2, 0), (-hl, 11), (-8, 10)];
            RoundSection(k, Organic, handle, -hl / 2, 0, 24, beech ? 0.7 : 0.9);
            return pen.Box;
        }

        /// <summary>
        /// A knife hidden in a compact folding umbrella (folded 240–280 mm long, 45–55 mm across in its nylon sleeve): the telescopic
        /// aluminium shaft (three tubes 0.5 mm wall, nested), eight steel ribs and their stretchers folded along it, the nylon canopy
        /// folded round them, the runner, and a polypropylene handle hollowed to take a 90–110 mm blade of 2 mm steel whose tang runs
        /// into the shaft.
        /// </summary>
        private PixelBox KnifeInUmbrella(double scale)
        {
            var l = U(240, 280);
            var d = U(45, 55);
            var hl = U(95, 110);
            var pen = Lay((-l / 2) - hl, (-d / 2) - 2, (l / 2) + 4, (d / 2) + 2, scale);
            var u = new Turned(pen, 0, 0, 0);
            u.Tube(Aluminium, -l / 2, -6, l, 12, 0.5);
            u.Tube(Aluminium, -l / 2, -5, l * 0.7, 10, 0.5);
            u.Tube(Aluminium, -l / 2, -4, l * 0.4, 8, 0.5);
            u.Rect(Organic, d * 0.35 * 1.1, (-l / 2) + 5, -d / 2, l - 10, d);
            u.Rect(Organic, 2 * 0.3 * 1.1, (-l / 2) - 2, (-d / 2) - 1, l + 4, d + 2);
            for (var i = 0; i < 8; i++)
            {
                var y = (-d / 2) + 6 + ((d - 12) * i / 7.0);
                u.Line(Steel, 1.8 * 0.8, 1.6, false, ((-l / 2) + 18, y), ((l / 2) - 8, y + U(-1.5, 1.5)));
            }

            u.Rect(Organic, 14 * 1.1, (-l / 2) + 8, -10, 22, 20);
            u.Rect(Steel, 4, (l / 2) - 6, -5, 6, 10);
            var hd = U(28, 32);
            (double X, double Y)[] handle = [(-l / 2, -hd * 0.4), ((-l / 2) - hl + 10, -hd / 2), ((-l / 2) - hl, 0), ((-l / 2) - hl + 10, hd / 2), (-l / 2, hd * 0.4)];
            UmbrellaHandle(u, handle);
            var bl = U(90, 110);
            var bw = U(16, 20);
            var bx = (-l / 2) - hl + 6;
            (double X, double Y)[] blade = [(bx, -bw / 2), (bx + bl * 0.8, -bw / 2), (bx + bl, 0), (bx + bl * 0.8, bw / 2 * 0.6), (bx, bw / 2)];
            pen.Item(() =>
            {
                u.Poly(Steel, 2.0, blade);
                u.Rect(Steel, 2.5, bx + bl, -2.5, 40, 5);
            });
            return pen.Box;

            static void UmbrellaHandle(Turned u, (double X, double Y)[] handle)
            {
                u.Poly(Organic, 2 * 2.5 * 0.9, handle);
                u.Line(Organic, 20 * 0.9, 2, true, handle);
            }
        }

        /// <summary>
        /// A shiv made from a nail: a 150–200 mm round wire nail (5–6 mm shank) ground to a point, its head bent over or filed off, its
        /// back half wound with cloth tape or strips of bedsheet to a grip 22–28 mm thick; lying loose, or in a sock.
        /// </summary>
        private PixelBox NailShiv(double scale)
        {
            var l = U(150, 200);
            var d = U(5, 6);
            var gl = U(80, 100);
            var gd = U(22, 28);
            var sock = Chance(0.35);
            var pen = sock ? Lay((-l / 2) - 30, (-gd / 2) - 22, (l / 2) + 30, (gd / 2) + 22, scale) : Lay((-l / 2) - 3, (-gd / 2) - 2, (l / 2) + 3, (gd / 2) + 2, scale);
            var n = new Turned(pen, 0, 0, 0);
            pen.Item(() =>
            {
                n.Cylinder(Steel, -l / 2, -d / 2, l - 18, d);
                n.Poly(Steel, d * 0.6, ((l / 2) - 18, -d / 2), (l / 2, 0), ((l / 2) - 18, d / 2));
                if (Chance(0.5))
                {
                    n.Rect(Steel, d * 0.8, (-l / 2) - 2, -d * 0.9, 2.5, d * 1.8);
                }

                (double X, double Y)[] grip = [(-l / 2, -gd / 2), ((-l / 2) + gl, (-gd / 2) + 3), ((-l / 2) + gl, (gd / 2) - 3), (-l / 2, gd / 2)];
                RoundSection(n, Organic, grip, (-l / 2) + (gl / 2), 0, gd, 0.6);
                for (var x = (-l / 2) + 6; x < (-l / 2) + gl - 4; x += U(8, 14))
                {
                    n.Line(Organic, 3, 2, false, (x, -gd / 2), (x + 4, gd / 2));
                }
            });

            if (sock)
            {
                RoundedRect(n, Organic, 2 * 2 * 0.3, (-l / 2) - 28, (-gd / 2) - 20, l + 56, gd + 40, 18);
            }

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// A Makarov-pattern pistol (the PM and its many copies): 161 mm long, 126 mm tall, 29 mm wide, all steel, blowback with a
        /// fixed 93 mm barrel, a one-piece Bakelite grip wrapping the back strap, an eight-round single-stack magazine of 9 × 18 mm.
        /// </summary>
        private PixelBox MakarovPistol(double scale)
        {
            var pen = Lay(-85, -36, 85, 100, scale);
            var g = new Turned(pen, 0, 0, U(-0.02, 0.02));
            QSlidePistol(g, 161, 30, 29, 92, 32, 14, polymerFrame: false, doubleStack: false, rounds: random.Next(0, 9), caseD: 9.9);
            g.Ellipse(Steel, 2 * 3, -66, 6, 6, 6);
            return pen.Box;
        }

        /// <summary>
        /// A full-size striker-fired polymer pistol (about 187 × 139 × 32 mm: a 114 mm barrel, a 17-round staggered 9 mm magazine)
        /// with a rail light clipped under its dust cover: an aluminium body 75–90 mm long and 30–35 mm across holding one or two
        /// CR123A lithium cells, its LED and reflector at the front; in a moulded Kydex holster on some.
        /// </summary>
        private PixelBox PistolWithWeaponLight(double scale)
        {
            var holster = Chance(0.3);
            var pen = Lay(-100, -40, 100, 118, scale);
            var g = new Turned(pen, 0, 0, U(-0.02, 0.02));
            QSlidePistol(g, 187, 29, 25.5, 105, 34, 19, polymerFrame: true, doubleStack: true, rounds: random.Next(5, 18), caseD: 9.9);
            var ll = U(75, 90);
            var ld = U(30, 35);
            var lx = 93.5 - ll;
            g.Rect(Aluminium, 2 * 1.5, lx, 11, ll, ld);
            g.Rect(Aluminium, 8, lx, 11, 10, ld);
            var cells = Chance(0.5) ? 2 : 1;
            for (var c = 0; c < cells; c++)
            {
                var cx = lx + 14 + (c * 35);
                g.Tube(Steel, cx, 11 + (ld / 2) - 8.5, 34, 17, 0.3);
                g.Cylinder(Mixed, cx + 1, 11 + (ld / 2) - 7.5, 32, 15, 0.6);
            }

            g.Ellipse(Aluminium, 14, 93.5 - 5, 11 + (ld / 2), 3, ld * 0.42);
            g.Rect(Steel, 3, lx + 18, 6, 22, 5);
            if (holster)
            {
                g.Poly(Organic, 2 * 2 * 1.35, (-70, -34), (96, -34), (96, 11 + ld + 2), (-50, 11 + ld + 2), (-62, 14));
                g.Line(Organic, 12 * 1.35, 1.5, true, (-70, -34), (96, -34), (96, 11 + ld + 2), (-50, 11 + ld + 2), (-62, 14));
            }

            return pen.Box;
        }

        /// <summary>
        /// A K-frame service revolver (the Model 10 pattern most police forces carried): 240–250 mm long with a 102 mm barrel (19 mm
        /// across with its rib and ejector shroud), a 37 mm cylinder 40 mm long holding 0–6 .38 Special rounds, a forged steel frame
        /// with its side plate, hammer and trigger, walnut grips round the steel grip frame; swung open on some.
        /// </summary>
        private PixelBox ServiceRevolver(double scale)
        {
            var pen = Lay(-125, -50, 125, 120, scale);
            var g = new Turned(pen, 0, 0, U(-0.03, 0.03));
            const double cx = -30;
            g.Tube(Steel, cx + 40, -32, 102, 19, 3.6);
            g.Rect(Steel, 5, cx + 40, -35, 102, 3);
            g.Cylinder(Steel, cx + 40, -14, 88, 9);
            g.Rect(Steel, 5, cx + 140, -37, 5, 5);
            (double X, double Y)[] frame = [(cx - 38, -38), (cx + 45, -38), (cx + 45, 4), (cx + 10, 16), (cx - 30, 14), (cx - 46, -8)];
            g.Poly(Steel, 2 * 4.5, frame);
            var rounds = random.Next(0, 7);
            var cyl = new Turned(pen, cx, -14, 0);
            cyl.Rect(Steel, 2 * 2.5, -20, -18.5, 40, 37);
            cyl.Cylinder(Steel, -20, -5, 40, 10, 0.8);
            for (var i = 0; i < 3; i++)
            {
                var y = -12 + (12 * i);
                cyl.Tube(Steel, -20, y - 4.5, 40, 9, 1.4);
                if (i < rounds)
                {
                    cyl.Rect(Brass, 2 * 0.35, -20, y - 4.3, 29, 8.6);
                    cyl.Rect(Lead, 6.5, 9, y - 3.5, 11, 7);
                }
            }

            g.Poly(Steel, 8, (cx - 42, -40), (cx - 32, -40), (cx - 40, -54), (cx - 50, -52));
            (double X, double Y)[] grip = [(cx - 30, 6), (cx - 6, 12), (cx - 26, 108), (cx - 46, 112), (cx - 58, 98), (cx - 50, 10)];
            g.Poly(Organic, 2 * 9 * 0.7, grip);
            g.Poly(Steel, 2 * 3, Shrunk(grip, cx - 30, 56, 0.5, 0.95));
            g.Ellipse(Steel, 10, cx - 28, 60, 3, 3);
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10).Select(a => (cx + 14 + (18 * Math.Cos(a)), 10 + (16 * Math.Sin(a)))).ToArray();
            g.Line(Steel, 2 * 3, 4, false, guard);
            g.Poly(Steel, 6, (cx + 8, 12), (cx + 14, 12), (cx + 10, 26), (cx + 5, 24));
            return pen.Box;
        }

        /// <summary>
        /// A pistol inside a games console (a shell 265–300 × 180–220 mm of 2.5 mm ABS, 50–60 mm tall): its main board and the
        /// aluminium heat sink with its copper pipes moved aside, the steel power-supply can and the fan kept where they were, and a
        /// compact polymer pistol laid in the space the board left; with the controller cable coiled on top on some.
        /// </summary>
        private PixelBox PistolInGamesConsole(double scale)
        {
            var l = U(265, 300);
            var w = U(180, 220);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var c = new Turned(pen, 0, 0, 0);
            RoundedRect(c, Organic, 2 * 2.5 * 1.05, -l / 2, -w / 2, l, w, 12);
            c.Line(Organic, 50 * 1.05 * 2.5 / 3, 3, true, RoundedOutline((-l / 2) + 1.5, (-w / 2) + 1.5, l - 3, w - 3, 11));
            c.Rect(Steel, 2 * 0.6, (l / 2) - 95, (-w / 2) + 10, 85, 70);
            c.Rect(Mixed, 3, (l / 2) - 90, (-w / 2) + 15, 75, 60);
            c.Rect(Steel, 4, (l / 2) - 92, (-w / 2) + 58, 20, 14);
            c.Ellipse(Organic, 25 * 1.05 * 0.4, (l / 2) - 50, (w / 2) - 50, 40, 40);
            c.Ellipse(Steel, 4, (l / 2) - 50, (w / 2) - 50, 12, 12);
            c.Rect(Aluminium, 14, (l / 2) - 110, 10, 40, 60);
            c.Line(Brass, 2 * 0.5, 6, false, ((l / 2) - 108, 20), ((l / 2) - 72, 20));
            c.Line(Brass, 2 * 0.5, 6, false, ((l / 2) - 108, 40), ((l / 2) - 72, 40));
            c.Rect(Steel, 3, (-l / 2) + 2, -20, 6, 40);
            var g = new Turned(pen, (-l / 2) + 88, U(-40, -25), U(-0.15, 0.15));
            pen.Item(() => QSlidePistol(g, 155, 28, 25, 82, 31, 20, polymerFrame: true, doubleStack: true, rounds: random.Next(0, 12), caseD: 9.9));
            if (Chance(0.4))
            {
                var coil = new Turned(pen, -20, 40, 0);
                coil.Ring(Organic, 4 * 1.3, 4, 0, 0, 45, 30);
                coil.Ring(Organic, 4 * 1.3, 4, 3, 2, 40, 27);
                coil.Ring(Mixed, 0.6, 1, 0, 0, 45, 30);
            }

            return pen.Box;
        }

        /// <summary>
        /// A 3D-printed revolver: a PLA or PETG frame (printed at about 80 % infill, so about 1.0 g/cm³) 190–220 mm long and 30 mm thick
        /// with a thick printed barrel round a 4 mm-wall steel tube liner, a printed five- or six-shot cylinder 40 mm across with steel
        /// tube liners in its chambers, a nail for its firing pin, music-wire springs, steel screws and pins; 0–6 rounds in it.
        /// </summary>
        private PixelBox PrintedRevolver(double scale)
        {
            var l = U(190, 220);
            var pen = Lay((-l / 2) - 2, -42, (l / 2) + 2, 118, scale);
            var g = new Turned(pen, 0, 0, U(-0.03, 0.03));
            var bx = (-l / 2) + 75;
            const double density = 1.0;
            g.Rect(Organic, 26 * density, bx, -34, (l / 2) - bx, 26);
            g.Tube(Steel, bx, -27, (l / 2) - bx - 2, 12, 2);
            (double X, double Y)[] frame = [((-l / 2) + 20, -38), (bx, -38), (bx, 6), (bx - 30, 18), ((-l / 2) + 10, 10), ((-l / 2) + 4, -20)];
            g.Poly(Organic, 30 * density, frame);
            var cyl = new Turned(pen, bx - 26, -14, 0);
            cyl.Rect(Organic, 40 * density * 0.7, -22, -20, 44, 40);
            var rounds = random.Next(0, 7);
            for (var i = 0; i < 3; i++)
            {
                var y = -12 + (12 * i);
                cyl.Tube(Steel, -22, y - 5, 44, 10, 1.2);
                if (i < rounds)
                {
                    cyl.Rect(Brass, 2 * 0.35, -22, y - 4.3, 29, 8.6);
                    cyl.Rect(Lead, 6.5, 7, y - 3.5, 11, 7);
                }
            }

            cyl.Cylinder(Steel, -26, -3, 52, 6);
            g.Cylinder(Steel, (-l / 2) + 14, -24, 50, 3.5);
            g.Rect(Steel, 3.5, (-l / 2) + 10, -26, 6, 8);
            g.Line(Steel, 1.2, 1, false, Zigzag((-l / 2) + 18, (-l / 2) + 48, -8, 3, 5));
            (double X, double Y)[] grip = [((-l / 2) + 10, 8), (bx - 40, 16), ((-l / 2) + 34, 112), ((-l / 2) + 6, 116), ((-l / 2) - 2, 100), ((-l / 2) + 2, 12)];
            g.Poly(Organic, 30 * density * 0.8, grip);
            foreach (var (x, y) in new[] { (-l / 2 + 20, 40.0), (-l / 2 + 12, 80.0), (bx - 10, -10.0) })
            {
                g.Rect(Steel, 3 * 0.8, x, y, 12, 3);
            }

            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10).Select(a => (bx - 30 + (18 * Math.Cos(a)), 14 + (16 * Math.Sin(a)))).ToArray();
            g.Line(Organic, 12 * density, 5, false, guard);
            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>
        /// An everyday smartphone (146–152 × 70–73 mm, an aluminium frame, two or three cameras) in a clear TPU case (1.2 mm,
        /// 1.2 g/cm³, thicker at its corners) with a pop-out grip stuck on its back: a 40 mm polycarbonate disc over its collapsing
        /// accordion, its adhesive base; a card tucked behind the case on some.
        /// </summary>
        private PixelBox PopGripPhone(double scale)
        {
            var l = U(146, 152);
            var w = U(70, 73);
            var pen = Lay((-l / 2) - 3, (-w / 2) - 3, (l / 2) + 3, (w / 2) + 3, scale);
            var p = new Turned(pen, 0, 0, 0);
            QHandset(p, l, w, Aluminium, 8, random.Next(2, 4));
            RoundedRect(p, Organic, 2 * 1.2 * 1.2, (-l / 2) - 2, (-w / 2) - 2, l + 4, w + 4, 11);
            p.Line(Organic, 10 * 1.2, 1.5, true, RoundedOutline((-l / 2) - 1.5, (-w / 2) - 1.5, l + 3, w + 3, 10.5));
            var gx = U(-10, 15);
            p.Ellipse(Organic, 2 * 1.5 * 1.2, gx, 0, 20, 20);
            p.Ring(Organic, 8 * 1.2, 2, gx, 0, 15, 15);
            p.Ellipse(Organic, 2 * 0.8, gx, 0, 18, 18);
            if (Chance(0.3))
            {
                p.Rect(Organic, 0.76 * 1.3, -20, -27, 85.6, 54);
                p.Rect(Brass, 0.2, 30, -5, 10, 8);
            }

            return pen.Box;
        }

        /// <summary>
        /// A budget smartphone (155–165 × 72–76 mm, a polycarbonate frame with a thin metal mid-plate) with wired earphones wound loosely
        /// round it: a 1.2 m TPE cable with copper strands, the 3.5 mm plug's brass pins in a moulded sleeve, the two earbuds each with
        /// a small neodymium driver magnet, the in-line remote.
        /// </summary>
        private PixelBox PhoneWithEarphones(double scale)
        {
            var l = U(155, 165);
            var w = U(72, 76);
            var pen = Lay((-l / 2) - 30, (-w / 2) - 30, (l / 2) + 30, (w / 2) + 30, scale);
            var p = new Turned(pen, 0, 0, 0);
            pen.Item(() =>
            {
                QHandset(p, l, w, Organic, 8 * 1.2, random.Next(1, 4));
                p.Rect(Aluminium, 0.6, (-l / 2) + 4, (-w / 2) + 4, l - 8, w - 8);
            });
            var path = new List<(double X, double Y)>();
            var turns = U(2.5, 3.5);
            for (var i = 0; i <= 48; i++)
            {
                var a = 2 * Math.PI * turns * i / 48;
                var rx = (l / 2) + U(6, 22);
                var ry = (w / 2) + U(6, 22);
                path.Add((rx * Math.Cos(a), ry * Math.Sin(a)));
            }

            p.Line(Organic, 2.2 * 0.8 * 1.2, 2.2, false, [.. path]);
            p.Line(Mixed, 0.4, 1, false, [.. path]);
            var end = path[^1];
            p.Rect(Brass, 3.5 * 0.8, end.X - 7, end.Y - 1.75, 14, 3.5);
            p.Rect(Organic, 8 * 1.2, end.X + 7, end.Y - 4, 20, 8);
            var start = path[0];
            foreach (var dy in new[] { -10.0, 10.0 })
            {
                p.Ellipse(Organic, 14 * 1.1, start.X + 4, start.Y + dy, 8, 8);
                p.Ellipse(Steel, 2.5, start.X + 4, start.Y + dy, 3, 3);
            }

            var mid = path[path.Count / 3];
            p.Rect(Organic, 8 * 1.1, mid.X - 12, mid.Y - 4, 24, 8);
            p.Rect(Steel, 0.8, mid.X - 8, mid.Y - 2, 16, 4);
            return pen.Box;
        }

        /// <summary>
        /// A flagship smartphone (160–163 × 75–77 mm) with a stainless or titanium-coloured steel frame (8.3 mm edge-on) and a
        /// raised camera island carrying three cameras (the periscope telephoto's prism and magnets among them) and its flash; with
        /// a MagSafe-style magnet ring and charging coil inside its back.
        /// </summary>
        private PixelBox TripleCameraPhone(double scale)
        {
            var l = U(160, 163);
            var w = U(75, 77);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var p = new Turned(pen, 0, 0, 0);
            QHandset(p, l, w, Steel, 8.3, 0);
            RoundedRect(p, Mixed, 2 * 1.5, (-l / 2) + 4, (-w / 2) + 4, 42, 42, 8);
            foreach (var (x, y) in new[] { (14.0, 14.0), (14.0, 34.0), (33.0, 24.0) })
            {
                p.Ellipse(Steel, 3.2, (-l / 2) + x, (-w / 2) + y, 7, 7);
                p.Ring(Steel, 2, 1.2, (-l / 2) + x, (-w / 2) + y, 8, 8);
            }

            p.Rect(Steel, 3.5, (-l / 2) + 6, (-w / 2) + 22, 10, 8);
            p.Ring(Steel, 1.6, 2.5, 10, 0, 24, 24);
            p.Ring(Brass, 0.5, 8, 10, 0, 16, 16);
            return pen.Box;
        }

        /// <summary>
        /// A phone baked or pushed into a bloomer loaf (240–280 × 100–120 mm, about 100 mm high, crumb about 0.25 g/cm³, a denser
        /// crust), wrapped in cling film inside; a small older handset (110–125 × 48–52 mm) so the loaf keeps its shape; the loaf in
        /// its paper bag.
        /// </summary>
        private PixelBox PhoneInLoaf(double scale)
        {
            var l = U(240, 280);
            var w = U(100, 120);
            var pen = Lay((-l / 2) - 4, (-w / 2) - 4, (l / 2) + 4, (w / 2) + 4, scale);
            var b = new Turned(pen, 0, 0, 0);
            Spheroid(b, Organic, 0, 0, l / 2, w / 2, 100, 0.25);
            b.Ring(Organic, 2 * 3 * 0.5, 4, 0, 0, (l / 2) - 2, (w / 2) - 2);
            for (var i = 0; i < 4; i++)
            {
                var x = (-l * 0.3) + (i * l * 0.2);
                b.Line(Organic, 6 * 0.25, 3, false, (x - 10, -w * 0.35), (x + 10, w * 0.35));
            }

            var p = new Turned(pen, U(-20, 20), U(-8, 8), U(-0.2, 0.2));
            var pl = U(110, 125);
            var pw = U(48, 52);
            pen.Item(() =>
            {
                QHandset(p, pl, pw, Organic, 12 * 1.2, 1);
                RoundedRect(p, Organic, 6 * 0.02 * 0.92, (-pl / 2) - 3, (-pw / 2) - 3, pl + 6, pw + 6, 6);
            });
            RoundedRect(b, Organic, 2 * 0.1 * 0.8, (-l / 2) - 3, (-w / 2) - 3, l + 6, w + 6, 20);
            return pen.Box;
        }

        /// <summary>
        /// A thumb-sized phone (66–70 × 23–26 × 11–13 mm: a polycarbonate body, a 400 mAh pouch cell, its board and keypad) in a
        /// king-size cigarette pack (88 × 55 × 22 mm of 0.35 mm board, a foil-laminate liner) in place of half its cigarettes, the rest
        /// (8 mm across, tobacco about 0.25 g/cm³ in paper, a filter) beside it, the cellophane over all.
        /// </summary>
        private PixelBox PhoneInCigarettePack(double scale)
        {
            const double l = 88;
            const double w = 55;
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var c = new Turned(pen, 0, 0, 0);
            c.Rect(Organic, 2 * 0.35 * 0.7, -l / 2, -w / 2, l, w);
            c.Line(Organic, 22 * 0.7 * 0.35 / 1.2, 1.2, true, (-l / 2, -w / 2), (l / 2, -w / 2), (l / 2, w / 2), (-l / 2, w / 2));
            c.Rect(Aluminium, 2 * 0.01 * 8, (-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2);
            var keep = random.Next(3, 6);
            for (var i = 0; i < keep; i++)
            {
                var y = (w / 2) - 5 - (i * 8.2);
                c.Cylinder(Organic, (-l / 2) + 2, y - 4, 60, 8, 0.35);
                c.Cylinder(Organic, (-l / 2) + 62, y - 4, 24, 8, 0.15);
            }

            var pw = U(23, 26);
            var pl = U(66, 70);
            var p = new Turned(pen, -6, (-w / 2) + 2 + (pw / 2), 0);
            pen.Item(() =>
            {
                RoundedRect(p, Organic, 2 * 1.2 * 1.2, -pl / 2, -pw / 2, pl, pw, 5);
                p.Line(Organic, 12 * 1.2, 1.2, true, RoundedOutline((-pl / 2) + 0.6, (-pw / 2) + 0.6, pl - 1.2, pw - 1.2, 4.5));
                p.Rect(Mixed, 3.5, -pl / 2 + 4, -pw / 2 + 3, pl * 0.45, pw - 6);
                p.Rect(Steel, 0.5, -pl / 2 + 5, -pw / 2 + 4, pl * 0.45 - 2, pw - 8);
                p.Rect(Mixed, 1.6, 4, -pw / 2 + 3, (pl / 2) - 8, pw - 6);
                p.Rect(Steel, 1.2, 8, -4, 8, 8);
                p.Rect(Steel, 2.5, (pl / 2) - 6, -4, 4, 8);
            });
            c.Rect(Organic, 2 * 0.03 * 0.9, (-l / 2) - 1, (-w / 2) - 1, l + 2, w + 2);
            return pen.Box;
        }

        // ---- one each of the rest -------------------------------------------------------------

        /// <summary>
        /// 12-bore rifled slugs, loose or in a five-round card box: a 70 mm plastic hull (20.5 mm across, 0.6 mm PE wall), a 12 mm
        /// brass-plated steel head with its rim and primer, the powder, the plastic wad and a 28 g hollow-based lead slug (18 mm across,
        /// 17 mm long) under a roll crimp.
        /// </summary>
        private PixelBox ShotgunSlugs(double scale)
        {
            var n = random.Next(2, 6);
            var boxed = Chance(0.4);
            const double pitch = 22;
            var pen = Lay(-40, -(n * pitch / 2) - 6, 40, (n * pitch / 2) + 6, scale);
            for (var i = 0; i < n; i++)
            {
                var y = -(n * pitch / 2) + (pitch / 2) + (i * pitch) + (boxed ? 0 : U(-2, 2));
                var r = new Turned(pen, boxed ? 0 : U(-4, 4), y, boxed ? 0 : U(-0.1, 0.1));
                r.Rect(Steel, 0.6 * 21, -35, -11.3, 1.5, 22.6);
                r.Tube(Steel, -33.5, -10.5, 11, 21, 0.3);
                r.Rect(Brass, 2 * 0.05, -33.5, -10.5, 11, 21);
                r.Rect(Steel, 6, -34, -2.5, 4, 5);
                r.Tube(Organic, -33.5, -10.25, 68.5, 20.5, 0.6 * 0.95);
                r.Rect(Organic, 16 * 1.05, -30, -9.5, 6, 19);
                r.Cylinder(Organic, -24, -9.5, 12, 19, 0.9);
                r.Rect(Organic, 16 * 0.95, -12, -9.5, 14, 19);
                r.Cylinder(Lead, 3, -9, 17, 18, 0.8);
                r.Rect(Organic, 2 * 0.6, 20, -9, 5, 18);
            }

            if (boxed)
            {
                var b = new Turned(pen, 0, 0, 0);
                b.Rect(Organic, 2 * 0.5 * 0.7, -38, -(n * pitch / 2) - 4, 76, (n * pitch) + 8);
                b.Line(Organic, 22 * 0.7 * 0.5 / 1.2, 1.2, true, (-38, -(n * pitch / 2) - 4), (38, -(n * pitch / 2) - 4), (38, (n * pitch / 2) + 4), (-38, (n * pitch / 2) + 4));
            }

            return pen.Box;
        }

        /// <summary>
        /// A nano SIM under the case back of a wristwatch: a 38–42 mm stainless case (its caseband 10 mm deep seen edge-on, a 1 mm
        /// screw-down back), a quartz movement (brass plates, its steel-can silver-oxide cell moved off to one side) with the SIM
        /// (12.3 × 8.8 mm, its gold-plated contact plate) laid in the battery's seat; on a steel bracelet or a leather strap.
        /// </summary>
        private PixelBox SimInWristwatch(double scale)
        {
            var d = U(38, 42);
            var bracelet = Chance(0.5);
            var sl = U(70, 90);
            var pen = Lay((-d / 2) - sl, (-d / 2) - 2, (d / 2) + sl, (d / 2) + 2, scale);
            var w = new Turned(pen, 0, 0, 0);
            w.Ellipse(Steel, 2 * 1.0, 0, 0, d / 2, d / 2);
            w.Ring(Steel, 10, 2.5, 0, 0, (d / 2) - 1.25, (d / 2) - 1.25);
            w.Ellipse(Brass, 2 * 0.6, 0, 0, (d / 2) - 5, (d / 2) - 5);
            w.Rect(Steel, 3, (d / 2) - 1, -2, 4, 4);
            w.Ellipse(Steel, 2.1 * 0.9, -d * 0.2, d * 0.2, 4.5, 4.5);
            var s = new Turned(pen, d * 0.08, -d * 0.08, U(-0.5, 0.5));
            pen.Item(() =>
            {
                s.Rect(Organic, 0.67 * 1.3, -6.15, -4.4, 12.3, 8.8);
                s.Rect(Brass, 0.05 * 4, -4, -3.2, 8, 6.4);
                s.Rect(Mixed, 0.4, -2.5, -2.5, 5, 5);
            });
            foreach (var side in new[] { -1.0, 1.0 })
            {
                var x0 = side * (d / 2);
                var x1 = side * ((d / 2) + sl);
                if (bracelet)
                {
                    for (var x = x0; Math.Abs(x - x0) < sl - 4; x += side * 7)
                    {
                        w.Rect(Steel, 2 * 1.2, Math.Min(x, x + (side * 6.5)), -10, 6.5, 20);
                    }
                }
                else
                {
                    w.Rect(Organic, 2 * 1.8 * 0.9, Math.Min(x0, x1), -10, sl, 20);
                }
            }

            if (!bracelet)
            {
                w.Line(Steel, 3 * 0.8, 3, false, ((d / 2) + sl - 12, -11), ((d / 2) + sl - 2, -11), ((d / 2) + sl - 2, 11), ((d / 2) + sl - 12, 11));
            }

            return pen.Box;
        }

        /// <summary>
        /// A 5 ml Luer-slip syringe as a pharmacy hands out: a polypropylene barrel 12.5 mm across (1 mm wall) and 55–60 mm of
        /// graduated length with its finger flange, a plunger with a rubber stopper, a 23 g needle (0.6 mm, 25–32 mm) on a plastic hub
        /// with its cap; loose or in its peel pouch.
        /// </summary>
        private PixelBox Syringe5Ml(double scale)
        {
            var bl = U(55, 60);
            var nl = U(25, 32);
            var fill = U(0, 1);
            var pouch = Chance(0.4);
            var x0 = -((bl + 45 + nl + 12) / 2);
            var pen = pouch ? Lay(x0 - 6, -16, -x0 + 6, 16, scale) : Lay(x0 - 1, -12, -x0 + 1, 12, scale);
            var s = new Turned(pen, 0, 0, 0);
            var bx = x0 + 45;
            s.Tube(Organic, bx, -6.25, bl, 12.5, 1.0 * 0.9);
            s.Rect(Organic, 2 * 1.2 * 0.9, bx - 2, -11, 2, 22);
            var sx = bx + 4 + ((bl - 10) * (1 - fill));
            s.Rect(Organic, 11 * 1.2, sx - 5, -5.2, 5, 10.4);
            s.Rect(Organic, 2 * 1.0 * 0.9 * 3, x0 + 3, -5, sx - 5 - x0 - 3, 10);
            s.Rect(Organic, 2 * 1.0 * 0.9, x0, -8, 3, 16);
            s.Cylinder(Organic, sx, -5.2, bx + bl - sx, 10.4, 1.0);
            s.Rect(Organic, 6 * 0.9, bx + bl, -2, 6, 4);
            s.Rect(Organic, 7 * 0.9, bx + bl + 6, -3, 6, 6);
            s.Line(Steel, 0.5, 0.6, false, (bx + bl + 8, 0), (bx + bl + 12 + nl, 0));
            if (Chance(0.6))
            {
                s.Tube(Organic, bx + bl + 10, -3, nl + 4, 6, 0.8 * 0.9);
            }

            if (pouch)
            {
                s.Rect(Organic, 2 * 0.1 * 0.8, x0 - 5, -15, -2 * x0 + 10, 30);
            }

            return pen.Box;
        }

        /// <summary>
        /// One to three loose 26650 lithium-ion cells (26.5 mm across, 65.4 mm long, a 0.3 mm nickel-plated steel can round a wound
        /// cell of copper and aluminium foils and graphite and oxide layers, the button top and vent), as torches and vapes take; in a
        /// polypropylene cell box on some.
        /// </summary>
        private PixelBox Cell26650(double scale)
        {
            var n = random.Next(1, 4);
            const double d = 26.5;
            var boxed = Chance(0.35);
            var half = (n * (d + 1)) / 2;
            var pen = Lay(-36, -half - 3, 36, half + 3, scale);
            for (var i = 0; i < n; i++)
            {
                var y = -half + (d / 2) + 0.5 + (i * (d + 1));
                var c = new Turned(pen, 0, y, Chance(0.5) ? 0 : Math.PI);
                c.Tube(Steel, -32.7, -d / 2, 65.4, d, 0.3);
                c.Cylinder(Mixed, -31.5, (-d / 2) + 0.6, 63, d - 1.2, 0.55);
                c.Cylinder(Steel, -31.5, (-d / 2) + 0.6, 63, d - 1.2, 0.12);
                c.Rect(Steel, 2, 32.7, -4, 1.3, 8);
                c.Rect(Steel, 0.8 * d * 0.5, -32.7, -d / 2, 1, d);
                c.Rect(Organic, 2 * 0.1 * 1.3, -33, (-d / 2) - 0.2, 66, d + 0.4);
            }

            if (boxed)
            {
                var b = new Turned(pen, 0, 0, 0);
                RoundedRect(b, Organic, 2 * 1.2 * 0.9, -35.5, -half - 2, 71, (2 * half) + 4, 4);
                b.Line(Organic, 28 * 0.9 * 1.2 / 1.4, 1.4, true, RoundedOutline(-35, -half - 1.5, 70, (2 * half) + 3, 3.5));
            }

            return pen.Box;
        }

        /// <summary>
        /// Diagonal side cutters (150–180 mm): forged chrome-vanadium steel head 10 mm thick with its short bevelled jaws and the
        /// rivet, two handles of 6–8 mm steel bar in dipped PVC or two-component grips (about 8 mm of plastic each side), a return
        /// spring between them on some; closed or a little open.
        /// </summary>
        private PixelBox SideCutters(double scale)
        {
            var l = U(150, 180);
            var jl = U(22, 28);
            var spread = U(0, 0.2);
            var pen = Lay(-l + jl - 2, -34, jl + 2, 34, scale);
            var c = new Turned(pen, 0, 0, 0);
            c.Ellipse(Steel, 10 * 0.8, -6, 0, 11, 11);
            c.Ellipse(Steel, 4, -6, 0, 4, 4);
            foreach (var side in new[] { -1.0, 1.0 })
            {
                var a = side * spread;
                var h = new Turned(pen, -6, 0, a);
                h.Poly(Steel, 10 * 0.7, (0, 0), (jl + 6, side * -0.5), (jl, side * 7), (8, side * 10));
                (double X, double Y)[] arm = [(-4, side * 4), (-l + jl + 14, side * 16), (-l + jl + 6, side * 24), (-12, side * 12)];
                h.Poly(Steel, 6.5 * 0.8, Shrunk(arm, -(l - jl) / 2, side * 14, 1, 0.55));
                RoundSection(h, Organic, [(-22, side * 6), (-l + jl + 8, side * 14), (-l + jl + 6, side * 27), (-24, side * 18)], -(l - jl) / 2, side * 16, 12, 1.3);
            }

            if (Chance(0.4))
            {
                c.Line(Steel, 1.2 * 0.8, 1.2, false, (-24, -8), (-30, 0), (-24, 8));
            }

            return pen.Box;
        }

        /// <summary>
        /// Two to four 275 ml flavoured alcoholic drinks in glass bottles (210 mm tall, 58 mm across, about 2.4 mm of glass at the wall
        /// and a thicker base, a long tapered neck) with steel crown caps, full of a sweetened drink about 1.05 g/cm³; in their
        /// card carrier on some.
        /// </summary>
        private PixelBox AlcopopBottles(double scale)
        {
            var n = random.Next(2, 5);
            const double h = 210;
            const double d = 58;
            var carrier = Chance(0.5);
            var half = n * (d + 2) / 2;
            var pen = Lay((-h / 2) - 3, -half - 3, (h / 2) + 3, half + 3, scale);
            for (var i = 0; i < n; i++)
            {
                var y = -half + (d / 2) + 1 + (i * (d + 2));
                var b = new Turned(pen, carrier ? 0 : U(-5, 5), y, (carrier || Chance(0.5)) ? 0 : Math.PI);
                const double body = 120;
                var x0 = -h / 2;
                b.Tube(Glass, x0, -d / 2, body, d, 2.4);
                b.Rect(Glass, 6, x0, -d / 2 + 2, 5, d - 4);
                b.Cylinder(Organic, x0 + 5, (-d / 2) + 2.4, body - 5, d - 4.8, 1.05);
                (double X, double Y)[] shoulder = [(x0 + body, -d / 2), (x0 + body + 55, -13), (x0 + body + 55, 13), (x0 + body, d / 2)];
                b.Poly(Glass, 2 * 2.4 * 1.3, shoulder);
                b.Poly(Organic, 0.6 * d * 1.05, Shrunk(shoulder, x0 + body + 27, 0, 0.95, 0.85));
                b.Tube(Glass, x0 + body + 55, -13, 33, 26, 2.8);
                b.Cylinder(Organic, x0 + body + 55, -10, 25, 20, 1.05);
                b.Rect(Steel, 2 * 0.22 * 4, (h / 2) - 6, -14.5, 6, 29);
            }

            if (carrier)
            {
                var c = new Turned(pen, 0, 0, 0);
                c.Rect(Organic, 2 * 0.5 * 0.7, (-h / 2) - 2, -half - 2, 120, (2 * half) + 4);
                c.Line(Organic, 70 * 0.5 * 0.7 / 1.5, 1.5, true, ((-h / 2) - 2, -half - 2), ((-h / 2) + 118, -half - 2), ((-h / 2) + 118, half + 2), ((-h / 2) - 2, half + 2));
            }

            return pen.Box;
        }

        /// <summary>
        /// Methadone oral solution as a dispensing pharmacy supplies it, diverted: a 100 ml amber glass medicine bottle (45–48 mm
        /// across, 100–108 mm tall, 2.2 mm wall, a thick base) with a child-resistant polypropylene cap, filled 40–100 % with the
        /// green sugar-free solution (about 1.05 g/cm³), its paper label; a 10 ml polypropylene measuring cup over the cap on some.
        /// </summary>
        private PixelBox MethadoneBottle(double scale)
        {
            var d = U(45, 48);
            var h = U(100, 108);
            var fill = U(0.4, 1.0);
            var cup = Chance(0.4);
            var pen = Lay((-h / 2) - 2, (-d / 2) - 2, (h / 2) + (cup ? 22 : 4), (d / 2) + 2, scale);
            var b = new Turned(pen, 0, 0, 0);
            var x0 = -h / 2;
            var body = h * 0.72;
            b.Tube(Glass, x0, -d / 2, body, d, 2.2);
            b.Rect(Glass, 7, x0, (-d / 2) + 2, 5, d - 4);
            var liquid = (body - 5) * fill;
            b.Cylinder(Organic, x0 + 5, (-d / 2) + 2.2, liquid, d - 4.4, 1.05);
            (double X, double Y)[] shoulder = [(x0 + body, -d / 2), (x0 + body + 10, -13), (x0 + body + 10, 13), (x0 + body, d / 2)];
            b.Poly(Glass, 2 * 2.2 * 1.4, shoulder);
            b.Tube(Glass, x0 + body + 10, -12, 8, 24, 2.5);
            b.Rect(Organic, 28 * 0.9, (h / 2) - 16, -15, 16, 30);
            b.Rect(Organic, 2 * 1.5 * 0.9, (h / 2) - 18, -15, 18, 30);
            b.Rect(Organic, 2 * 0.1 * 0.8, x0 + 12, -d / 2, body * 0.7, d);
            if (cup)
            {
                b.Tube(Organic, (h / 2) - 14, -17, 34, 34, 1.0 * 0.9);
            }

            return pen.Box;
        }

        /// <summary>
        /// A bag of individually wrapped boiled sweets (a 0.05 mm polypropylene bag 150–180 × 110–130 mm; each sweet 20–26 × 14–18 ×
        /// 10 mm of sugar glass, about 1.5 g/cm³, in a cellophane twist wrapper), three to six of them replaced by pellets of powder
        /// (heroin or crack wrapped tight in cling film, about 0.9 g/cm³, 16–22 mm long) in the same wrappers.
        /// </summary>
        private PixelBox DrugsInSweets(double scale)
        {
            var l = U(150, 180);
            var w = U(110, 130);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var bag = new Turned(pen, 0, 0, 0);
            RoundedRect(bag, Organic, 2 * 0.05 * 0.9, -l / 2, -w / 2, l, w, 6);
            bag.Rect(Organic, 3 * 0.9, -l / 2, (-w / 2) - 1, l, 4);
            var sweets = random.Next(12, 20);
            var pellets = random.Next(3, 7);
            for (var i = 0; i < sweets + pellets; i++)
            {
                var s = new Turned(pen, U((-l / 2) + 22, (l / 2) - 22), U((-w / 2) + 14, (w / 2) - 12), U(0, Math.PI));
                var drug = i < pellets;
                var sl = drug ? U(16, 22) : U(20, 26);
                var sw = drug ? U(11, 14) : U(14, 18);
                if (drug)
                {
                    pen.Item(() => Sweet(s, sl, sw, drug));
                }
                else
                {
                    Sweet(s, sl, sw, drug);
                }
            }

            return pen.Box;

            static void Sweet(Turned s, double sl, double sw, bool drug)
            {
                s.Ellipse(Organic, drug ? 11 * 0.9 : 10 * 1.5, 0, 0, sl / 2, sw / 2);
                if (drug)
                {
                    s.Ring(Organic, 6 * 0.02 * 0.92 * 4, 1, 0, 0, sl / 2, sw / 2);
                }

                s.Poly(Organic, 4 * 0.03 * 1.4, (-sl / 2, -2), ((-sl / 2) - 8, -6), ((-sl / 2) - 8, 6), (-sl / 2, 2));
                s.Poly(Organic, 4 * 0.03 * 1.4, (sl / 2, -2), ((sl / 2) + 8, -6), ((sl / 2) + 8, 6), (sl / 2, 2));
            }
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>A bath duck: a hollow PVC duck 80–100 mm long with a 1.5 mm wall (1.3 g/cm³), its head a second hollow ball, a squeak hole in its base; one or a family of two or three.</summary>
        private void RubberDuck()
        {
            var pen = Place(80);
            var n = random.Next(1, 4);
            for (var i = 0; i < n; i++)
            {
                var s = U(0.6, 1.0) * (i == 0 ? 1.0 : 0.6);
                var k = new Turned(pen, (i * 60) - 40, U(-20, 20), U(-0.4, 0.4));
                HollowBall(k, Organic, 0, 0, 40 * s, 1.5 * 1.3);
                HollowBall(k, Organic, 22 * s, -30 * s, 20 * s, 1.5 * 1.3);
                k.Poly(Organic, 2 * 1.5 * 1.3, (38 * s, -34 * s), (52 * s, -30 * s), (38 * s, -26 * s));
            }
        }

        /// <summary>A toddler's sippy cup: a polypropylene cup 70–75 mm across and 120–140 mm tall (1.6 mm wall), two handles, a screw lid with a soft silicone spout, water or juice in it to some level.</summary>
        private void SippyCup()
        {
            var pen = Place(80);
            var k = new Turned(pen, 0, 0, 0);
            var d = U(70, 75);
            var h = U(120, 140);
            var fill = U(0, 0.9);
            k.Tube(Organic, -h / 2, -d / 2, h, d, 1.6 * 0.9);
            k.Rect(Organic, 2 * 1.6 * 0.9, -h / 2, -d / 2, 3, d);
            if (fill > 0.05)
            {
                k.Cylinder(Organic, (-h / 2) + 2, (-d / 2) + 1.6, (h - 25) * fill, d - 3.2, 1.0);
            }

            k.Rect(Organic, d * 0.6 * 0.9, (h / 2) - 18, (-d / 2) - 2, 18, d + 4);
            k.Poly(Organic, 14 * 1.15, ((h / 2), -12), ((h / 2) + 30, -6), ((h / 2) + 30, 6), ((h / 2), 12));
            foreach (var side in new[] { -1.0, 1.0 })
            {
                k.Line(Organic, 10 * 0.9, 7, false, (-10, side * d / 2), (0, side * ((d / 2) + 22)), (30, side * ((d / 2) + 22)), (40, side * d / 2));
            }
        }

        /// <summary>Sunglasses: thin steel-wire aviator frames or acetate frames (5 mm at 1.3 g/cm³), two 2 mm polycarbonate lenses, steel hinges and screws, the arms folded or open; in a soft pouch on some.</summary>
        private void Sunglasses()
        {
            var pen = Place(75);
            var k = new Turned(pen, 0, 0, 0);
            var wire = Chance(0.45);
            var folded = Chance(0.6);
            foreach (var side in new[] { -1.0, 1.0 })
            {
                var cx = side * 34;
                k.Ellipse(Organic, 2 * 1.2, cx, 0, 25, 21);
                if (wire)
                {
                    k.Ring(Steel, 1.2 * 0.8, 1.2, cx, 0, 26, 22);
                }
                else
                {
                    k.Ring(Organic, 5 * 1.3, 5, cx, 0, 27, 23);
                }

                var hx = side * 62;
                k.Rect(Steel, 3, hx - 3, -18, 6, 5);
                if (folded)
                {
                    k.Line(wire ? Steel : Organic, wire ? 1.5 : 5 * 1.3, wire ? 1.5 : 4, false, (hx, -15), (-side * 20, -12));
                }
                else
                {
                    k.Line(wire ? Steel : Organic, wire ? 1.5 : 5 * 1.3, wire ? 1.5 : 4, false, (hx, -15), (hx + (side * 130), -10), (hx + (side * 140), 8));
                }
            }

            k.Line(wire ? Steel : Organic, wire ? 1.2 : 6 * 1.3, wire ? 1.2 : 5, false, (-10, -16), (0, -19), (10, -16));
            if (Chance(0.3))
            {
                RoundedRect(k, Organic, 2 * 0.6 * 0.4, -70, -32, 140, 64, 12);
            }
        }

        /// <summary>A fold-up baby changing mat: a 600 × 400 mm wipe-clean PVC-coated mat (0.3 mm each side) over 15 mm polyester wadding, folded in three to 200 × 400 mm with a popper strap.</summary>
        private void ChangingMat()
        {
            var pen = Place(150);
            var k = new Turned(pen, 0, 0, 0);
            for (var i = 0; i < 3; i++)
            {
                RoundedRect(k, Organic, (2 * 0.3 * 1.3) + (15 * 0.04), -198 + (i * 3), -98 + (i * 2), 396, 196, 18);
            }

            k.Rect(Organic, 2 * 1.5 * 1.1, -15, -100, 30, 200);
            k.Ellipse(Steel, 2 * 0.4, 0, 90, 6, 6);
            k.Ellipse(Steel, 2 * 0.4, 0, 90, 3, 3);
        }

        /// <summary>A pocket pack of ten paper tissues (105 × 55 × 22 mm: tissue about 0.1 g/cm³ in a polyethylene film wrapper); one to three packs.</summary>
        private void PocketTissues()
        {
            var pen = Place(70);
            var n = random.Next(1, 4);
            for (var i = 0; i < n; i++)
            {
                var k = new Turned(pen, U(-30, 30), (i * 30) - 30, U(-0.3, 0.3));
                RoundedRect(k, Organic, 22 * 0.1, -52.5, -27.5, 105, 55, 5);
                RoundedRect(k, Organic, 2 * 0.05 * 0.92, -53.5, -28.5, 107, 57, 6);
                k.Rect(Organic, 4 * 0.05 * 0.92, -25, -3, 50, 6);
            }
        }

        /// <summary>A water-filled teething ring: a 70–85 mm polyethylene ring tube (15–18 mm across, 1 mm wall) round its purified water, with a soft silicone rattle bead on some.</summary>
        private void TeethingRing()
        {
            var pen = Place(50);
            var k = new Turned(pen, 0, 0, 0);
            var r = U(35, 42.5);
            var t = U(15, 18);
            k.Ring(Organic, (t * 0.8) + (2 * 0.95), t, 0, 0, r - (t / 2), r - (t / 2));
            if (Chance(0.5))
            {
                Spheroid(k, Silicone, r, 0, 12, 12, 22, 1.1);
            }
        }

        /// <summary>A children's sticker and activity book: A4 (297 × 210 mm), 24–40 pages of 90 g/m² paper and sticker sheets on silicone backing, a 300 g/m² card cover, two staples in its spine.</summary>
        private void StickerBook()
        {
            var pen = Place(150);
            var k = new Turned(pen, 0, 0, 0);
            var pages = random.Next(24, 41);
            var paper = pages * 0.11 * 0.8;
            k.Rect(Organic, paper + (2 * 0.35 * 0.85), -148.5, -105, 297, 210);
            k.Rect(Organic, 4 * 0.1 * 1.1, -140, -90, 130, 180);
            k.Rect(Steel, 0.6 * 0.8, -148.5, -60, 1.5, 12);
            k.Rect(Steel, 0.6 * 0.8, -148.5, 48, 1.5, 12);
        }

        /// <summary>A contact-lens case (two 25 mm polypropylene screw cups joined, saline in them) with a 60 or 100 ml PET bottle of multipurpose solution on some.</summary>
        private void ContactLensCase()
        {
            var pen = Place(70);
            var k = new Turned(pen, 0, 0, 0);
            foreach (var x in new[] { -14.0, 14.0 })
            {
                k.Ellipse(Organic, (2 * 1.2 * 0.9) + (8 * 1.0), x, 0, 12.5, 12.5);
                k.Ring(Organic, 14 * 0.9, 2, x, 0, 12.5, 12.5);
            }

            k.Rect(Organic, 12 * 0.9, -4, -6, 8, 12);
            if (Chance(0.6))
            {
                var b = new Turned(pen, 0, 40, 0);
                var bl = Chance(0.5) ? 90 : 120;
                b.Tube(Organic, -bl / 2, -20, bl - 25, 40, 0.8 * 1.38);
                b.Cylinder(Organic, (-bl / 2) + 1, -19, bl - 35, 38, 1.0);
                b.Rect(Organic, 22 * 0.9, (bl / 2) - 25, -12, 25, 24);
            }
        }
    }
}
