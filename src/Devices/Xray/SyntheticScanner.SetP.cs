namespace Screening.Devices.Xray;

// Variant set P (held out after O): threat shapes and clutter kinds that none of A to O and R draws.
// About two thirds are the everyday forms a visitor or a member of staff carries, in models, sizes and
// materials no earlier set drew; the rest are hidden inside something innocent or made at home. Each is
// written from what the real thing measures and is made of, by someone who read neither the analyser nor
// any x-ray figures. Thicknesses follow the rest of the scene: roughly the millimetres of that material
// the beam crosses where the part lies flat (a round bar or wire of diameter d counts as about 0.8 d, a
// hollow part as its two walls, a sheet seen edge-on as the sheet's share of the line it is drawn as
// times the depth the beam crosses); a material lighter or heavier than water counts its thickness
// times its density, and stone, stoneware and bone count as glass at their density over 2.5.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        /// <summary>Draws one of set P's threat shapes; null for a shape that is not set P's.</summary>
        private PixelBox? DrawSetPThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.TomatoKnife => TomatoKnife(scale),
            ThreatShape.LinoleumKnife => LinoleumKnife(scale),
            ThreatShape.TrapperKnife => TrapperKnife(scale),
            ThreatShape.KnifeInPencilCase => KnifeInPencilCase(scale),
            ThreatShape.TinLidShiv => TinLidShiv(scale),
            ThreatShape.Cz75Pistol => Cz75Pistol(scale),
            ThreatShape.AlloyFramePistol => AlloyFramePistol(scale),
            ThreatShape.ShotshellRevolver => ShotshellRevolver(scale),
            ThreatShape.PrintedCarbine => PrintedCarbine(scale),
            ThreatShape.PistolInHairdryer => PistolInHairdryer(scale),
            ThreatShape.KeyboardCasePhone => KeyboardCasePhone(scale),
            ThreatShape.EInkPhone => EInkPhone(scale),
            ThreatShape.CrossbodyCasePhone => CrossbodyCasePhone(scale),
            ThreatShape.PhoneInToiletRoll => PhoneInToiletRoll(scale),
            ThreatShape.PhoneInCoatLining => PhoneInCoatLining(scale),
            ThreatShape.RoundsInFlipBox => RoundsInFlipBox(scale),
            ThreatShape.SimInHollowCoin => SimInHollowCoin(scale),
            ThreatShape.SharpsBin => SharpsBin(scale),
            ThreatShape.LipstickPowerBank => LipstickPowerBank(scale),
            ThreatShape.StapleGun => StapleGun(scale),
            ThreatShape.StonewareBottle => StonewareBottle(scale),
            ThreatShape.VapeCartridges => VapeCartridges(scale),
            ThreatShape.DrugsInPenBarrels => DrugsInPenBarrels(scale),
            _ => null,
        };

        /// <summary>Draws one of set P's clutter kinds; false for a kind that is not set P's.</summary>
        private bool DrawSetPClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.SnowGlobe:
                    SnowGlobe();
                    return true;
                case ClutterKind.Kaleidoscope:
                    Kaleidoscope();
                    return true;
                case ClutterKind.HandGripper:
                    HandGripper();
                    return true;
                case ClutterKind.GuitarCapo:
                    GuitarCapo();
                    return true;
                case ClutterKind.TumbledStones:
                    TumbledStones();
                    return true;
                case ClutterKind.YoYo:
                    YoYo();
                    return true;
                case ClutterKind.BabyRattle:
                    BabyRattle();
                    return true;
                case ClutterKind.TravelPillow:
                    TravelPillow();
                    return true;
                default:
                    return false;
            }
        }

        // ---- shared parts ---------------------------------------------------------------------

        /// <summary>
        /// A disposable ballpoint pen (Bic Cristal class) along its part's x, centred on its origin, its tip toward +x: a 150 mm
        /// hexagonal polystyrene barrel (8 mm across, 1 mm walls at 1.05 g/cm³), its end plug, and either its refill (a 3 mm
        /// polypropylene tube of ink with a brass tip and steel ball) or, emptied, <paramref name="fill"/> mm of something packed into
        /// the bore at <paramref name="fillDensity"/>; its cap on the tip, or posted on the end. A fill that is the prohibited item is
        /// drawn through <paramref name="item"/> (the pen's <see cref="Pen.Item"/>), the barrel round it not.
        /// </summary>
        private static void Ballpoint(Turned p, bool capped, double fill, double fillDensity, Action<Action>? item = null)
        {
            const double l = 150;
            const double d = 8;
            var x0 = -l / 2;
            p.Tube(Organic, x0, -d / 2, l - 12, d, 1.0 * 1.05);
            p.Poly(Organic, 5 * 1.05, (x0 + l - 12, -d / 2), (x0 + l - 2, -1.5), (x0 + l - 2, 1.5), (x0 + l - 12, d / 2));
            p.Rect(Organic, 6 * 1.05, x0 - 2, -3, 6, 6);
            if (fill > 0)
            {
                void Packed() => p.Cylinder(Organic, x0 + 6, -2.9, Math.Min(fill, l - 20), 5.8, fillDensity);
                if (item is null)
                {
                    Packed();
                }
                else
                {
                    item(Packed);
                }
            }
            else
            {
                p.Tube(Organic, x0 + 4, -1.5, l - 10, 3, 0.5 * 0.9);
                p.Rect(Organic, 2 * 1.1, x0 + 10, -1, l * 0.6, 2);
                p.Poly(Brass, 1.6, (x0 + l - 8, -1.2), (x0 + l + 1, -0.5), (x0 + l + 1, 0.5), (x0 + l - 8, 1.2));
                p.Ellipse(Steel, 0.8, x0 + l + 1, 0, 0.5, 0.5);
            }

            var (cx, cd) = capped ? (x0 + l - 30, 10.0) : (x0 - 20, 10.0);
            p.Tube(Organic, cx, -cd / 2, 34, cd, 1.0 * 1.05);
            p.Rect(Organic, 2 * 1.2 * 1.05, cx + 4, (-cd / 2) - 3, 24, 3);
        }

        /// <summary>
        /// A 9 × 19 double-stack magazine of a service pistol in the pistol's grip, turned by <paramref name="angle"/>
        /// about (<paramref name="mx"/>, <paramref name="my"/>), its lips at −x: as <see cref="BoxMagazine"/>, with the rounds
        /// staggered.
        /// </summary>
        private static void ServiceMagazine(Pen pen, double mx, double my, double angle, double length, int rounds) =>
            BoxMagazine(pen, mx, my, angle, length, 32, rounds, doubleStack: true, 19.15, 9.9, 9.96, 10.5, 9.0, jacketed: true);

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// A tomato knife (the Swiss kitchen kind every drawer has): a 110–120 mm stainless blade 18–21 mm deep and 1.0–1.3 mm thick,
        /// its edge finely serrated, its point split into two little prongs; a 50–60 mm stick tang in a 105–115 mm polypropylene
        /// handle (14 mm thick at 0.9 g/cm³); on some a polypropylene blade guard, or a second one beside it as they are sold.
        /// </summary>
        private PixelBox TomatoKnife(double scale)
        {
            var two = Chance(0.25);
            var guard = !two && Chance(0.3);
            var bl = U(110, 120);
            var bw = U(18, 21);
            var hl = U(105, 115);
            var pen = Lay(-hl - 2, (-bw / 2) - 3, bl + 3, two ? (bw / 2) + 27 : (bw / 2) + 3, scale);
            void One(Turned k)
            {
                var t = U(1.0, 1.3);
                var points = new List<(double X, double Y)> { (0, -bw / 2), (bl - 6, (-bw / 2) + 1), (bl, (-bw / 2) + 3), (bl - 4, -1), (bl, 1.5) };
                // The serrations run back along the edge, about 2.5 mm apart.
                for (var x = bl - 6; x > 4; x -= 2.5)
                {
                    points.Add((x, (bw / 2) - 0.8));
                    points.Add((x - 1.25, bw / 2));
                }

                points.Add((0, bw / 2));
                k.Poly(Steel, t, [.. points]);
                k.Rect(Steel, t * 1.6, -55, -2.5, 58, 5);
                (double X, double Y)[] handle = [(2, -9), (-hl * 0.5, -9.5), (-hl + 4, -8), (-hl, -5), (-hl, 6), (-hl * 0.5, 9.5), (2, 9)];
                RoundSection(k, Organic, handle, -hl / 2, 0, 14, 0.9);
                if (guard)
                {
                    RoundedRect(k, Organic, 2 * 1.2 * 0.9, 3, (-bw / 2) - 2, bl - 1, bw + 4, 3);
                }
            }

            One(new Turned(pen, 0, 0, 0));
            if (two)
            {
                One(new Turned(pen, U(-2, 2), 24, 0));
            }

            return pen.Box;
        }

        /// <summary>
        /// A linoleum or carpet fitter's knife: a 2–2.5 mm carbon-steel blade ground to a hook, 45–60 mm of it out of the handle and
        /// 16–20 mm deep, its tang running the length of a beech handle (105–120 × 26 × 22 mm at about 0.7 g/cm³) and riveted through it,
        /// a steel ferrule at the handle's mouth; a leather sheath over the hook on some.
        /// </summary>
        private PixelBox LinoleumKnife(double scale)
        {
            var hl = U(105, 120);
            var reach = U(45, 60);
            var depth = U(16, 20);
            var t = U(2.0, 2.5);
            var sheath = Chance(0.3);
            var pen = Lay(-hl - 2, -15, reach + 16, depth + 8, scale);
            var k = new Turned(pen, 0, 0, 0);
            // The hook: a strip that runs out along the handle's line, then curls down and back on itself.
            var hook = new List<(double X, double Y)>();
            for (var i = 0; i <= 12; i++)
            {
                var a = Math.PI * i / 12;
                hook.Add((reach + (8 * Math.Sin(a)), -8 + (depth * 0.5 * (1 - Math.Cos(a)))));
            }

            (double X, double Y)[] blade = [(0, -7), (reach, -8), .. hook, (reach - 6, depth - 10), (reach - 3, 0), (0, 5)];
            k.Poly(Steel, t, blade);
            k.Rect(Steel, t, -hl + 8, -4, hl - 8, 8);
            (double X, double Y)[] handle = [(0, -12), (-hl * 0.5, -13), (-hl + 5, -11), (-hl, -6), (-hl, 8), (-hl * 0.5, 13), (0, 12)];
            RoundSection(k, Organic, handle, -hl / 2, 0, 22, 0.7);
            k.Tube(Steel, -10, -12.5, 12, 25, 0.5);
            foreach (var x in new[] { 0.35, 0.7 })
            {
                k.Rect(Steel, 22 * 0.8, (-hl * x) - 2, -2, 4, 4);
            }

            if (sheath)
            {
                k.Poly(Organic, 2 * 2.5 * 0.9, (-4, -12), (reach + 8, -12), (reach + 14, -4), (reach + 14, depth), (reach - 10, depth + 6), (-4, 12));
            }

            return pen.Box;
        }

        /// <summary>
        /// A trapper, the two-bladed slipjoint pocket knife (closed 100–105 mm): a clip blade and a spey blade of 2.2–2.5 mm stainless
        /// or carbon steel, both pivoting at the same end on their pins, each held by its own backspring (2.5 mm) between brass liners
        /// (0.9 mm), nickel-silver bolsters and a shield; jigged bone scales (3 mm each, about 1.9 g/cm³, counted as glass at 0.76) or
        /// Delrin ones (3 mm, 1.4 g/cm³). Closed, or one blade open.
        /// </summary>
        private PixelBox TrapperKnife(double scale)
        {
            var hl = U(100, 105);
            const double hw = 19;
            var open = random.Next(3);
            const double bl = 80;
            var pen = Lay((-hl / 2) - 2, (-hw / 2) - 3, (hl / 2) + (open > 0 ? bl + 4 : 2), (hw / 2) + 3, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] handle =
            [
                ((-hl / 2) + 8, -hw / 2), ((hl / 2) - 4, -hw / 2), (hl / 2, (-hw / 2) + 5), (hl / 2, (hw / 2) - 3),
                ((hl / 2) - 6, hw / 2), ((-hl / 2) + 3, hw / 2), (-hl / 2, 0), ((-hl / 2) + 3, (-hw / 2) + 2),
            ];
            k.Poly(Brass, 2 * 0.9, handle);
            if (Chance(0.6))
            {
                k.Poly(Glass, 2 * 3 * 0.76, Shrunk(handle, 0, 0, 0.78, 0.95));
            }
            else
            {
                k.Poly(Organic, 2 * 3 * 1.4, Shrunk(handle, 0, 0, 0.78, 0.95));
            }

            k.Rect(Brass, 2 * 2.5, (hl / 2) - 14, -hw / 2, 14, hw);
            k.Rect(Brass, 2 * 2.5, -hl / 2, (-hw / 2) + 1, 10, hw - 2);
            k.Rect(Brass, 0.8, -8, -4, 16, 6);
            // Two backsprings along the back, the blades' pins and the centre pin through all of it.
            k.Rect(Steel, 2 * 2.5, (-hl / 2) + 6, (-hw / 2) + 0.5, hl - 12, 3);
            foreach (var x in new[] { (hl / 2) - 7, 0.0, (-hl / 2) + 6 })
            {
                k.Ellipse(Steel, hw * 0.8, x, (-hw / 2) + 5, 1.4, 1.4);
            }

            (double X, double Y)[] Clip(double x0, double sign) =>
                [(x0, -6), (x0 + (sign * bl * 0.6), -7.5), (x0 + (sign * bl), -3), (x0 + (sign * bl * 0.75), 6), (x0 + (sign * 8), 7.5), (x0, 6)];
            (double X, double Y)[] Spey(double x0, double sign) =>
                [(x0, -6), (x0 + (sign * bl * 0.85), -6.5), (x0 + (sign * bl), 0), (x0 + (sign * bl * 0.9), 6.5), (x0, 6.5)];
            var pivot = (hl / 2) - 7;
            if (open == 1)
            {
                k.Poly(Steel, 2.4, Clip(pivot, 1));
            }
            else
            {
                k.Poly(Steel, 2.4, Shrunk(Clip(pivot, -1), pivot, 0, 0.95, 0.8));
            }

            if (open == 2)
            {
                k.Poly(Steel, 2.3, Spey(pivot, 1));
            }
            else
            {
                k.Poly(Steel, 2.3, Shrunk(Spey(pivot, -1), pivot, 0, 0.95, 0.8));
            }

            return pen.Box;
        }

        /// <summary>
        /// A kitchen knife hidden in a fabric pencil case (205–230 × 75–90 mm, two layers of 0.6 mm polyester at 1.38 g/cm³ over
        /// 3 mm of foam, a steel zip along its top): an 85–120 mm stainless blade (1.5–1.8 mm) on an 80–95 mm polypropylene
        /// handle (12 mm thick) lying along it among 5–10 wooden pencils (7 mm cedar at 0.45 g/cm³ round a 2 mm graphite core), ballpoints, a
        /// 150 mm polystyrene ruler, an eraser and an aluminium sharpener with its little steel blade.
        /// </summary>
        private PixelBox KnifeInPencilCase(double scale)
        {
            var l = U(205, 230);
            var w = U(75, 90);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 3, (l / 2) + 6, (w / 2) + 2, scale);
            var c = new Turned(pen, 0, 0, 0);
            RoundedRect(c, Organic, (2 * 0.6 * 1.38) + (2 * 3 * 0.05), -l / 2, -w / 2, l, w, 14);
            c.Line(Organic, 2 * 0.6 * 1.38 * 3, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, 13));
            SteelZip(c, (l / 2) - 2, (-w / 2) + 2, ((-l / 2) + 12, -w / 2), ((l / 2) - 12, -w / 2));
            for (var i = random.Next(5, 11); i > 0; i--)
            {
                var p = new Turned(pen, U(-10, 10), U((-w / 2) + 10, (w / 2) - 10), U(-0.05, 0.05));
                if (Chance(0.6))
                {
                    var pl = U(120, l - 50);
                    p.Cylinder(Organic, -pl / 2, -3.5, pl - 12, 7, 0.45);
                    p.Poly(Organic, 5 * 0.45, ((pl / 2) - 12, -3.5), ((pl / 2) - 1, -1), ((pl / 2) - 1, 1), ((pl / 2) - 12, 3.5));
                    p.Rect(Organic, 2 * 0.8 * 2.2, -pl / 2, -1, pl - 1, 2);
                }
                else
                {
                    Ballpoint(p, Chance(0.5), 0, 0);
                }
            }

            var ruler = new Turned(pen, U(-5, 5), U(-8, 8), U(-0.05, 0.05));
            ruler.Rect(Organic, 3 * 1.05, -80, -14, 160, 28);
            c.Rect(Organic, 10 * 1.4, U(-l / 2 + 8, -l / 4), U(-w / 4, w / 8), 30, 18);
            var sharpener = new Turned(pen, U(l / 5, (l / 2) - 20), U(-w / 4, w / 4), U(0, 2 * Math.PI));
            sharpener.Rect(Aluminium, 8, -10, -8, 20, 16);
            sharpener.Rect(Steel, 0.6 * 8, -9, -2, 18, 4);
            // The knife lies along the case, its point short of the far end.
            var hl = U(80, 95);
            var bl = Math.Min(U(85, 120), l - 16 - hl);
            var ox = (-l / 2) + 8 + hl;
            var k = new Turned(pen, ox + U(-2, 2), U(-w / 5, w / 5), U(-0.04, 0.04));
            var bw = U(17, 22);
            var t = U(1.5, 1.8);
            (double X, double Y)[] blade = [(0, -bw / 2), (bl * 0.8, -bw / 2), (bl, -bw * 0.15), (bl * 0.8, bw * 0.25), (bl * 0.3, bw / 2), (0, bw / 2)];
            pen.Item(() =>
            {
                k.Poly(Steel, t, blade);
                k.Rect(Steel, t, -hl + 10, -3, hl - 10, 6);
                (double X, double Y)[] handle = [(0, -9), (-hl + 4, -8), (-hl, -4), (-hl, 5), (-hl + 4, 9), (0, 9)];
                RoundSection(k, Organic, handle, -hl / 2, 0, 12, 0.95);
            });
            return pen.Box;
        }

        /// <summary>
        /// A shiv made from the lid of a food tin: a ring-pull lid (73 or 83 mm, 0.22 mm tinplate with its pressed rings) or a lid
        /// cut out with an opener (0.2 mm, its edge torn), folded in half over itself and flattened to a double-layered half moon
        /// whose curved edge was ground sharp; the straight back end wound with strips of bedsheet (5–10 turns of 0.3 mm cotton at
        /// 0.5 g/cm³) or bound in melted plastic from a toothbrush or a pen (4–8 mm of polystyrene or polypropylene) for a grip.
        /// </summary>
        private PixelBox TinLidShiv(double scale)
        {
            var r = Chance(0.6) ? 36.5 : 41.5;
            var t = Chance(0.6) ? 0.22 : 0.2;
            var melted = Chance(0.35);
            var grip = U(0.45, 0.6);
            var pen = Lay(-r - 6, -3, r + 6, r + 6, scale);
            var k = new Turned(pen, 0, 0, 0);
            var half = new List<(double X, double Y)> { (-r, 0) };
            for (var i = 1; i < 16; i++)
            {
                var a = Math.PI * i / 16;
                half.Add((-r * Math.Cos(a), r * Math.Sin(a) * U(0.98, 1.02)));
            }

            half.Add((r, 0));
            k.Poly(Steel, 2 * t, [.. half]);
            // The pressed rings of the lid, folded over: they add where the sheet was stretched.
            k.Line(Steel, 2 * t * 2, 2, false, Shrunk([.. half], 0, 0, 0.82, 0.82));
            k.Line(Steel, 4 * t * 2, 1.5, false, (-r, 0.5), (r, 0.5));
            var xg = -r + (2 * r * grip);
            if (melted)
            {
                k.Poly(Organic, U(4, 8) * 1.0, (-r - 4, -2), (xg, -2), (xg, r * 0.7), (-r * 0.6, r * 0.9), (-r - 4, r * 0.4));
            }
            else
            {
                var turns = random.Next(5, 11);
                k.Poly(Organic, 2 * turns * 0.3 * 0.5, (-r - 5, -2.5), (xg, -2.5), (xg, r * 0.8), (-r * 0.5, r + 4), (-r - 5, r * 0.6));
            }

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// A CZ 75-pattern 9 mm service pistol (206 × 138 mm, all steel): a low slide (two 4 mm walls, 24 mm high) that runs inside
        /// the frame's rails, so the frame's walls (3 mm each) rise over its lower part; the 14 mm barrel with its cam lug, the recoil
        /// spring on its guide, an exposed hammer and its mainspring in the grip, the slide stop and thumb safety; plastic or walnut
        /// panels on a grip of two 2.2 mm walls; a double-stack magazine of up to 16 rounds in the grip, or out beside it.
        /// </summary>
        private PixelBox Cz75Pistol(double scale)
        {
            const double l = 206;
            const double h = 138;
            const double sh = 24;
            const double gf = 36;
            var magOut = Chance(0.3);
            var rounds = random.Next(0, 17);
            var rho = 16 * Math.PI / 180;
            var x0 = -l / 2;
            var y0 = -h / 2;
            var gy = y0 + sh + 14;
            var gb = h / 2;
            var drop = (gb - gy) * Math.Tan(rho);
            var gx = x0 + 12;
            var ml = (gb - gy + 6) / Math.Cos(rho);
            var pen = Lay(Math.Min(x0 - 12, gx - 4 - drop), y0 - 4, (l / 2) + 2, magOut ? gb + 58 : gb + 4, scale);
            var gun = new Turned(pen, 0, 0, 0);
            gun.Rect(Steel, 2 * 4, x0, y0, l - 8, sh);
            gun.Rect(Steel, 12, x0, y0, l - 8, 3);
            gun.Rect(Steel, 14, x0 + 2, y0 + 3, 24, sh - 6);
            gun.Rect(Steel, 6, x0 + l - 18, y0 - 3, 5, 3);
            gun.Tube(Steel, x0 + 26, y0 + 5, l - 27, 14, 2.5);
            gun.Rect(Steel, 10, x0 + 70, y0 + 15, 16, 8);
            gun.Cylinder(Steel, x0 + 90, y0 + sh - 4, l - 98, 8, 0.35);
            // The frame's rails rise inside the slide: its walls cover the slide's lower part and run on to the dust cover.
            gun.Rect(Steel, 2 * 3, x0 + 6, y0 + sh - 9, l - 10, 23);
            gun.Ring(Steel, 7, 3, x0 - 5, y0 + 12, 5, 5);
            gun.Poly(Steel, 7, (x0 + 2, y0 + 16), (x0 - 5, y0 + 7), (x0 - 10, y0 + 13), (x0 - 2, y0 + 26));
            gun.Rect(Steel, 4, x0 + 12, gy - 14, 26, 6);
            gun.Rect(Steel, 4, x0 + 62, gy - 12, 30, 5);
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10).Select(a => (x0 + 70 + (22 * Math.Cos(a)), gy + (16 * Math.Sin(a)))).ToArray();
            gun.Line(Steel, 6, 4.5, false, guard);
            gun.Poly(Steel, 5, (x0 + 60, gy - 2), (x0 + 66, gy - 2), (x0 + 63, gy + 12), (x0 + 58, gy + 11));
            (double X, double Y)[] grip = [(gx, gy - 6), (gx + gf, gy - 6), (gx + gf - drop, gb), (gx - 2 - drop, gb)];
            gun.Poly(Steel, 2 * 2.2, grip);
            gun.Line(Steel, 12, 3, false, grip[1], grip[2]);
            gun.Line(Steel, 14, 3.5, false, grip[0], grip[3]);
            var (cx, cy) = (gx + (gf / 2) - (drop / 2), (gy + gb) / 2);
            gun.Poly(Organic, Chance(0.6) ? 2 * 3.5 * 1.2 : 2 * 4 * 0.7, Shrunk(grip, cx, cy, 0.85, 0.85));
            gun.Line(Steel, 1.6 * 0.8 * 3, 4, false, (gx + 6 - (drop * 0.1), gy + 4), (gx + 6 - (drop * 0.75), gy + ((gb - gy) * 0.75)));
            var (mx, my, ma) = magOut ? (0.0, gb + 38, 0.0) : (cx, cy, (Math.PI / 2) + rho);
            ServiceMagazine(pen, mx, my, ma, ml, rounds);
            return pen.Box;
        }

        /// <summary>
        /// A P226-pattern 9 mm service pistol (196 × 139 mm): a stainless or carbon-steel slide (two 4.5 mm walls, 30 mm high) with its
        /// breech block, the 14 mm barrel, the recoil spring and its guide, on an aluminium-alloy frame (two 3.5 mm walls and the grip's
        /// 3 mm walls) with steel rails, hammer, decocking lever and trigger bar; polymer grip panels; a 15- or 17-round steel magazine
        /// in the grip, or out beside it; a polymer holster paddle on some (3 mm of glass-filled nylon at 1.4 g/cm³).
        /// </summary>
        private PixelBox AlloyFramePistol(double scale)
        {
            const double l = 196;
            const double h = 139;
            const double sh = 30;
            const double gf = 38;
            var magOut = Chance(0.25);
            var holster = !magOut && Chance(0.3);
            var rounds = random.Next(0, Chance(0.5) ? 16 : 18);
            var rho = 18 * Math.PI / 180;
            var x0 = -l / 2;
            var y0 = -h / 2;
            var gy = y0 + sh + 12;
            var gb = h / 2;
            var drop = (gb - gy) * Math.Tan(rho);
            var gx = x0 + 10;
            var ml = (gb - gy + 6) / Math.Cos(rho);
            var pen = Lay(Math.Min(x0 - 12, gx - 4 - drop) - (holster ? 4 : 0), y0 - 4 - (holster ? 4 : 0), (l / 2) + 2 + (holster ? 4 : 0),
                magOut ? gb + 58 : gb + 4, scale);
            var gun = new Turned(pen, 0, 0, 0);
            gun.Rect(Steel, 2 * 4.5, x0, y0, l, sh);
            gun.Rect(Steel, 12, x0, y0, l, 3);
            gun.Rect(Steel, 14, x0 + 2, y0 + 3, 22, sh - 7);
            gun.Rect(Steel, 6, x0 + l - 10, y0 - 3, 5, 3);
            gun.Rect(Steel, 6, x0 + 6, y0 - 3, 10, 3);
            gun.Tube(Steel, x0 + 24, y0 + 6, l - 25, 14, 2.5);
            gun.Cylinder(Steel, x0 + 70, y0 + sh - 6, l - 76, 8, 0.35);
            gun.Rect(Aluminium, 2 * 3.5, x0 + 6, y0 + sh, l - 16, 12);
            gun.Rect(Steel, 2 * 1.5, x0 + 8, y0 + sh - 1, 30, 3);
            gun.Rect(Steel, 2 * 1.5, x0 + l - 44, y0 + sh - 1, 24, 3);
            gun.Ring(Steel, 7, 3, x0 - 4, y0 + 11, 5, 5);
            gun.Poly(Steel, 7, (x0 + 2, y0 + 15), (x0 - 5, y0 + 6), (x0 - 9, y0 + 12), (x0 - 2, y0 + 25));
            gun.Rect(Steel, 3, x0 + 48, gy - 12, 14, 5);
            gun.Rect(Steel, 3, x0 + 30, gy - 8, 40, 3);
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10).Select(a => (x0 + 72 + (22 * Math.Cos(a)), gy + (16 * Math.Sin(a)))).ToArray();
            gun.Line(Aluminium, 8, 5, false, guard);
            gun.Poly(Steel, 5, (x0 + 62, gy - 2), (x0 + 68, gy - 2), (x0 + 66, gy + 12), (x0 + 60, gy + 11));
            (double X, double Y)[] grip = [(gx, gy - 8), (gx + gf, gy - 8), (gx + gf - drop, gb), (gx - 2 - drop, gb)];
            gun.Poly(Aluminium, 2 * 3, grip);
            gun.Line(Aluminium, 14, 3.5, false, grip[1], grip[2]);
            gun.Line(Aluminium, 16, 4, false, grip[0], grip[3]);
            var (cx, cy) = (gx + (gf / 2) - (drop / 2), (gy + gb) / 2);
            gun.Poly(Organic, 2 * 3 * 1.2, Shrunk(grip, cx, cy, 0.88, 0.88));
            gun.Line(Steel, 1.8 * 0.8 * 3, 4, false, (gx + 6 - (drop * 0.1), gy + 4), (gx + 6 - (drop * 0.75), gy + ((gb - gy) * 0.75)));
            if (holster)
            {
                RoundedRect(gun, Organic, 2 * 3 * 1.4, x0 - 4, y0 - 4, l * 0.8, sh + 18, 6);
                gun.Line(Organic, 20 * 1.4, 3, true, RoundedOutline(x0 - 2.5, y0 - 2.5, (l * 0.8) - 3, sh + 15, 5));
            }

            var (mx, my, ma) = magOut ? (0.0, gb + 38, 0.0) : (cx, cy, (Math.PI / 2) + rho);
            ServiceMagazine(pen, mx, my, ma, ml, rounds);
            return pen.Box;
        }

        /// <summary>
        /// A Judge-pattern revolver (five shots of .410 shotshell or .45 Colt; 240–250 mm with its 76 mm barrel, all steel): a long
        /// cylinder (76 × 44 mm) on its crane and centre pin, a barrel 18 mm over its bore with a front sight, the ejector rod under
        /// it, a solid frame with its top strap and recoil shield, a spur hammer, the trigger guard, a rubber grip over the steel grip
        /// frame; 0–5 rounds in the chambers, 2½-inch .410 shells (a brass head on a plastic hull, lead shot in a cup wad) or .45 Colt
        /// rounds, and a few more of them loose beside it on some.
        /// </summary>
        private PixelBox ShotshellRevolver(double scale)
        {
            const double bl = 76;
            const double cl = 76;
            const double cd = 44;
            const double rc = 14;
            const double ya = -28;
            var xc0 = -(bl + cl - 40) / 2;
            var xc1 = xc0 + cl;
            var xf0 = xc1 + 2;
            var xb = xf0 + 8;
            var xm = xb + bl;
            var cc = ya + rc;
            var cylTop = cc - (cd / 2);
            var cylBottom = cc + (cd / 2);
            var spare = Chance(0.3) ? random.Next(2, 6) : 0;
            var pen = Lay(xc0 - 78, cylTop - 24, xm + 2, ya + 122 + (spare > 0 ? 30 : 0), scale);
            var gun = new Turned(pen, 0, 0, 0);
            gun.Tube(Steel, xb - 2, ya - 9, bl + 2, 18, 3.5);
            gun.Rect(Steel, 7, xm - 9, ya - 14, 7, 5);
            gun.Cylinder(Steel, xb, ya + 10, bl - 6, 6, 0.8);
            gun.Rect(Steel, 14, xc0 - 8, cylTop - 8, xf0 - xc0 + 16, 8);
            gun.Rect(Steel, 16, xc0 - 10, cylBottom - 1, xf0 - xc0 + 18, 10);
            gun.Rect(Steel, 24, xf0, ya - 10, 8, cylBottom + 9 - (ya - 10));
            gun.Rect(Steel, 26, xc0 - 12, cylTop - 8, 12, cylBottom + 9 - (cylTop - 8));
            gun.Poly(Steel, 3, (xc0 - 12, cylTop), (xc0 - 2, cylTop), (xc0 - 2, cylBottom + 9), (xc0 - 30, ya + 64), (xc0 - 36, cylTop + 18));
            // The cylinder: steel between and round five chambers, two walls of 3 mm over each chamber as seen from the side.
            gun.Cylinder(Steel, xc0, cylTop, cl, cd, 0.3);
            gun.Cylinder(Steel, xc0 - 4, cc - 3, cl + 10, 6, 0.8);
            gun.Poly(Steel, 9, (xc0 - 10, cylTop - 2), (xc0 - 16, cylTop - 16), (xc0 - 30, cylTop - 20), (xc0 - 32, cylTop - 14), (xc0 - 22, cylTop + 4), (xc0 - 12, cylTop + 12));
            var gy = cylBottom + 9;
            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9).Select(t => (xc0 + 12 + (18 * Math.Cos(t)), gy + (14 * Math.Sin(t)))).ToArray();
            gun.Line(Steel, 6, 4, false, guard);
            gun.Poly(Steel, 6, (xc0 + 8, gy), (xc0 + 14, gy), (xc0 + 9, gy + 12), (xc0 + 4, gy + 11));
            (double X, double Y)[] front = [(xc0 - 4, gy + 1), (xc0 - 14, ya + 74), (xc0 - 28, ya + 104)];
            (double X, double Y)[] back = [(xc0 - 64, ya + 106), (xc0 - 66, ya + 84), (xc0 - 54, ya + 44), (xc0 - 38, cylTop + 18), (xc0 - 22, cylTop + 6)];
            (double X, double Y)[] grip = [.. front, (xc0 - 40, ya + 112), .. back];
            gun.Poly(Organic, 2 * 8 * 1.15, grip);
            gun.Poly(Steel, 2 * 3, Shrunk(grip, xc0 - 36, ya + 60, 0.35, 0.8));
            var loaded = random.Next(0, 6);
            var shells = Chance(0.6);
            var phase = U(0, 2 * Math.PI / 5);
            for (var i = 0; i < loaded; i++)
            {
                var y = cc + (rc * Math.Sin(phase + (i * 2 * Math.PI / 5)));
                if (shells)
                {
                    ShotShell(new Turned(pen, 0, 0, 0), xc0 + 1, y, 63.5, 11.7, 9, U(11, 14));
                }
                else
                {
                    CartridgeSide(new Turned(pen, xc0 + 1 + 20.3, y, 0), 32.6, 12.0, 12.7, 8, 11.5, jacketed: false, Brass);
                }
            }

            for (var i = 0; i < spare; i++)
            {
                ShotShell(new Turned(pen, 0, 0, 0), xc0 - 40 + (i * 0.5), ya + 112 + 8 + (i * 12.5 % 24), 63.5, 11.7, 9, U(11, 14));
            }

            return pen.Box;
        }

        /// <summary>
        /// A home-made 3D-printed 9 mm carbine (FGC-9 class): printed upper and lower receivers (PLA or PETG at about 1.25 g/cm³,
        /// walls of 2 mm round a 25–40 % infill), a 200–250 mm steel barrel (16 mm, its bore cut by electrochemical machining) in its
        /// printed shroud, a bolt turned from 20 mm steel bar with its firing pin, two recoil springs on steel guide rods, a
        /// factory trigger group's steel parts and pins, a polymer 17-round magazine (steel liner, 9 × 19 rounds) in the printed
        /// grip's well; a printed brace at its back on some.
        /// </summary>
        private PixelBox PrintedCarbine(double scale)
        {
            var bl = U(200, 250);
            var brace = Chance(0.45);
            const double rl = 230;
            const double rh = 44;
            var infill = U(0.25, 0.4);
            var printed = 1.25 * ((2 * 2) + ((40 - 4) * infill));
            var rounds = random.Next(0, 18);
            var x0 = -(rl + bl - 60) / 2;
            var xr1 = x0 + rl;
            var y0 = -60.0;
            var pen = Lay(x0 - (brace ? 190 : 4), y0 - 4, xr1 + bl - 60 + 4, y0 + rh + 150, scale);
            var gun = new Turned(pen, 0, 0, 0);
            RoundedRect(gun, Organic, printed, x0, y0, rl, rh, 6);
            gun.Line(Organic, 40 * 1.25 * 0.8 / 2, 2, true, RoundedOutline(x0 + 1, y0 + 1, rl - 2, rh - 2, 5));
            // The barrel runs from the breech, two thirds along the receiver, out through the shroud.
            var xbr = x0 + (rl * 0.45);
            gun.Tube(Steel, xbr, y0 + 14, bl, 16, 3.5);
            gun.Rect(Organic, 1.25 * 2 * 3, xr1, y0 + 8, bl * 0.3, 28);
            gun.Cylinder(Steel, x0 + 40, y0 + 12, 75, 20, 0.9);
            gun.Rect(Steel, 3, x0 + 20, y0 + 20, 100, 4);
            foreach (var dy in new[] { 6.0, 34.0 })
            {
                gun.Cylinder(Steel, x0 + 8, y0 + dy - 2, 110, 4, 0.8);
                gun.Line(Steel, 1.2, 1.4, false, Zigzag(x0 + 8, x0 + 40, y0 + dy - 2.5, 3.5, 5));
            }

            // The lower: a Glock-pattern grip and well, the trigger group.
            var gx = x0 + (rl * 0.55);
            (double X, double Y)[] lower = [(x0 + 40, y0 + rh), (xr1 - 10, y0 + rh), (xr1 - 10, y0 + rh + 22), (gx + 40, y0 + rh + 22), (gx + 22, y0 + rh + 115), (gx - 14, y0 + rh + 115), (gx - 6, y0 + rh + 22), (x0 + 40, y0 + rh + 22)];
            gun.Poly(Organic, 1.25 * ((2 * 2) + (28 * infill)), lower);
            gun.Line(Organic, 30 * 1.25 * 0.8 / 2, 2, true, lower);
            gun.Rect(Steel, 2.5, gx + 30, y0 + rh + 2, 40, 6);
            gun.Poly(Steel, 4, (gx + 52, y0 + rh + 20), (gx + 58, y0 + rh + 20), (gx + 56, y0 + rh + 34), (gx + 50, y0 + rh + 33));
            gun.Rect(Steel, 2.5, gx + 10, y0 + rh + 10, 24, 5);
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10).Select(a => (gx + 62 + (20 * Math.Cos(a)), y0 + rh + 22 + (15 * Math.Sin(a)))).ToArray();
            gun.Line(Organic, 20 * 1.25 * 0.8, 5, false, guard);
            var rho = 10 * Math.PI / 180;
            var (mx, my) = (gx + 4 - (45 * Math.Tan(rho)), y0 + rh + 62);
            var mag = new Turned(pen, mx, my, (Math.PI / 2) + rho);
            const double ml = 128;
            mag.Rect(Organic, 2 * 2.2 * 1.2, -ml / 2, -16, ml, 32);
            mag.Rect(Steel, 2 * 0.5, -ml / 2, -15, ml - 8, 30);
            mag.Rect(Organic, 12 * 1.2, (ml / 2) - 4, -17, 4, 34);
            for (var i = 0; i < rounds; i++)
            {
                var along = (-ml / 2) + 7 + (i * 5.2);
                if (along > (ml / 2) - 14)
                {
                    break;
                }

                var (rx, ry) = Moved(mx, my, (Math.PI / 2) + rho, along, i % 2 == 1 ? 1.5 : 0);
                BrassRound(new Turned(pen, rx, ry, rho), 19.15, 9.9, 9.9, 10.5, 9.0, jacketed: true);
            }

            if (brace)
            {
                (double X, double Y)[] stock = [(x0 - 4, y0 + 4), (x0 - 186, y0 + 10), (x0 - 186, y0 + 70), (x0 - 170, y0 + 74), (x0 - 150, y0 + 36), (x0 - 4, y0 + 36)];
                gun.Poly(Organic, 1.25 * ((2 * 2) + (26 * infill)), stock);
                gun.Line(Organic, 30 * 1.25 * 0.8 / 2, 2, true, stock);
                gun.Rect(Steel, 4, x0 - 10, y0 + 14, 12, 12);
            }

            return pen.Box;
        }

        /// <summary>
        /// A small pistol hidden in a hairdryer: the dryer's ABS shell (2.5 mm at 1.05 g/cm³; a barrel 170–200 mm long and 75–85 mm
        /// across, a 100–115 mm handle) with its motor, fan and heater taken out, the switch and its wiring left in, the steel
        /// safety grille over the intake and the nozzle; in the empty barrel a .380 pocket pistol (104–125 mm, steel, a magazine
        /// of up to six rounds) wrapped in a sock; the mains flex (two copper cores in PVC) wound round the handle to its moulded
        /// plug (brass pins).
        /// </summary>
        private PixelBox PistolInHairdryer(double scale)
        {
            var bl = U(170, 200);
            var bd = U(75, 85);
            var hl = U(100, 115);
            var pen = Lay((-bl / 2) - 24, (-bd / 2) - 2, (bl / 2) + 4, (bd / 2) + hl + 14, scale);
            var d = new Turned(pen, 0, 0, 0);
            d.Tube(Organic, -bl / 2, -bd / 2, bl, bd, 2.5 * 1.05);
            d.Rect(Organic, bd * 0.8 * 2.5 * 1.05 / 3, -bl / 2, -bd / 2, 3, bd);
            d.Rect(Steel, 2 * 0.5 * 0.5, (-bl / 2) + 1, (-bd / 2) + 4, 3, bd - 8);
            d.Poly(Organic, 2 * 2.5 * 1.05, (bl / 2, -bd / 2), ((bl / 2) + 4, -bd * 0.3), ((bl / 2) + 4, bd * 0.3), (bl / 2, bd / 2));
            (double X, double Y)[] handle = [(-24, bd / 2 - 4), (24, bd / 2 - 4), (18, (bd / 2) + hl), (-18, (bd / 2) + hl)];
            d.Poly(Organic, 2 * 2.5 * 1.05, handle);
            d.Line(Organic, 38 * 1.05 * 2.5 / 2, 2, true, handle);
            d.Rect(Steel, 3, -6, (bd / 2) + 10, 12, 20);
            d.Line(Brass, 0.5, 1, false, (0, (bd / 2) + 30), (2, (bd / 2) + hl - 10), (0, (bd / 2) + hl));
            // The flex wound round the handle, its plug at the end.
            for (var i = random.Next(3, 7) - 1; i >= 0; i--)
            {
                var y = (bd / 2) + 20 + (i * 12) + U(-2, 2);
                d.Line(Organic, 7 * 0.8 * 1.3, 7, false, (-22, y), (22, y + 4));
                d.Line(Brass, 2 * 0.8 * 0.8, 2, false, (-22, y), (22, y + 4));
            }

            var plug = new Turned(pen, -bl / 2 - 10, U(-bd / 4, bd / 4), Math.PI / 2);
            plug.Rect(Organic, 20 * 1.3, -18, -10, 36, 20);
            plug.Rect(Brass, 4 * 0.8, -16, -6, 12, 4);
            plug.Rect(Brass, 4 * 0.8, -16, 2, 12, 4);
            var l = U(104, 125);
            var ph = U(68, 80);
            var (ox, oy) = (U(-bl / 2 + (l / 2) + 8, (bl / 2) - (l / 2) - 8), U(-4, 4));
            pen.Item(() =>
            {
                d.Rect(Organic, 2 * 2 * 0.3, ox - (l / 2) - 4, (-bd / 2) + 6, l + 8, bd - 12);
                SubcompactPistol(pen, ox + 6, oy, U(-0.06, 0.06) + (Chance(0.5) ? 0 : Math.PI), l, Math.Min(ph, bd - 14), alloyFrame: false, nine: false, random.Next(0, 7));
            });
            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>
        /// A smartphone (147–161 × 71–78 mm, 7.8–8.3 mm deep) in a keyboard case that adds a physical keyboard below the screen: a
        /// polycarbonate and TPU shell (1.5 mm at 1.2 g/cm³) round the phone and running on 48–58 mm past its foot, holding the
        /// keyboard's board (FR-4 with copper), 40-odd steel snap domes under their rubber keycaps and the USB-C plug that reaches
        /// into the phone's socket.
        /// </summary>
        private PixelBox KeyboardCasePhone(double scale)
        {
            var l = U(147, 161);
            var w = U(71, 78);
            var kl = U(48, 58);
            var pen = Lay((-l / 2) - 3, (-w / 2) - 3, (l / 2) + kl + 3, (w / 2) + 3, scale);
            var p = new Turned(pen, 0, 0, 0);
            SmartHandset(p, l, w, U(7.8, 8.3), Chance(0.5) ? Aluminium : Steel, U(1.4, 2.0));
            RoundedRect(p, Organic, 2 * 1.5 * 1.2, (-l / 2) - 2, (-w / 2) - 2, l + kl + 4, w + 4, 10);
            p.Line(Organic, 12 * 1.2 * 1.5 / 1.5, 1.5, true, RoundedOutline((-l / 2) - 1.25, (-w / 2) - 1.25, l + kl + 2.5, w + 2.5, 9));
            var kx = (l / 2) + 3;
            p.Rect(Mixed, 1.0, kx, (-w / 2) + 3, kl - 6, w - 6);
            p.Rect(Brass, 0.05, kx, (-w / 2) + 3, kl - 6, w - 6);
            p.Rect(Organic, 4 * 1.1, kx + 2, (-w / 2) + 4, kl - 10, w - 8);
            var rows = 4;
            var cols = 10;
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < cols; c++)
                {
                    p.Ellipse(Steel, 0.1, kx + 6 + (r * (kl - 14) / (rows - 1)), (-w / 2) + 7 + (c * (w - 14) / (cols - 1)), 2, 2);
                }
            }

            p.Rect(Steel, 2 * 0.25 * 3, (l / 2) - 8, -4.5, 10, 9);
            return pen.Box;
        }

        /// <summary>
        /// A minimalist e-ink phone (Light Phone or Kompakt class, 106–128 × 71–73 × 8.5–14 mm): a polycarbonate or aluminium shell
        /// (1.2 mm), an e-paper display on its glass backplane (0.7 mm), a small board and its shield cans, a 950–3300 mAh pouch cell,
        /// the USB-C socket, speaker and SIM tray; a removable back and battery on the thicker ones.
        /// </summary>
        private PixelBox EInkPhone(double scale)
        {
            var l = U(106, 128);
            var w = U(71, 73);
            var depth = U(8.5, 14);
            var metal = Chance(0.3);
            var pen = Lay((-l / 2) - 1, (-w / 2) - 1, (l / 2) + 1, (w / 2) + 1, scale);
            var p = new Turned(pen, 0, 0, 0);
            var shell = metal ? Aluminium : Organic;
            var t = metal ? 1.2 : 1.2 * 1.2;
            RoundedRect(p, shell, 2 * t, -l / 2, -w / 2, l, w, 7);
            p.Line(shell, depth * (metal ? 1.0 : 1.2 * 0.8), 1.5, true, RoundedOutline((-l / 2) + 0.75, (-w / 2) + 0.75, l - 1.5, w - 1.5, 6.5));
            p.Rect(Glass, 0.7 + 0.4, (-l / 2) + 5, (-w / 2) + 5, l * 0.6, w - 10);
            var cl = l * U(0.38, 0.5);
            PouchPack(p, (-l / 2) + 8, (-w / 2) + 8, cl, w - 16, Math.Min(5.5, depth * 0.4));
            var bx = (-l / 2) + 10 + cl;
            p.Rect(Mixed, 1.6, bx, (-w / 2) + 5, (l / 2) - 5 - bx, w - 10);
            p.Rect(Brass, 0.1, bx, (-w / 2) + 5, (l / 2) - 5 - bx, w - 10);
            for (var i = random.Next(2, 5); i > 0; i--)
            {
                p.Rect(Steel, 0.4, U(bx, (l / 2) - 14), U((-w / 2) + 6, (w / 2) - 14), U(6, 10), U(5, 8));
            }

            p.Ring(Steel, 1.4, 1.0, (l / 2) - 10, (-w / 2) + 10, 3.5, 3.5);
            p.Rect(Steel, 2.2, (l / 2) - 4.5, -4.5, 4, 9);
            p.Ellipse(Steel, 2, (-l / 2) + 5, (w / 2) - 12, 4, 4);
            p.Rect(Steel, 0.6, (-l / 2) + 14, (w / 2) - 6, 16, 4);
            return pen.Box;
        }

        /// <summary>
        /// A smartphone (146–163 × 70–78 mm) in a crossbody case, worn on the strap and stuffed into the bag: a TPU case (1.5 mm at
        /// 1.2 g/cm³) with a lanyard tab and two small steel loops at its foot, the strap either a chain of zinc-alloy or steel links
        /// (1.2–1.8 mm wire, 6–9 mm links) or a woven nylon cord (6 mm at about 0.5 g/cm³ as woven) with two steel lobster clasps,
        /// bunched in loose loops beside it.
        /// </summary>
        private PixelBox CrossbodyCasePhone(double scale)
        {
            var l = U(146, 163);
            var w = U(70, 78);
            var chain = Chance(0.55);
            // About a metre of strap bunched up beside the phone, 10 mm a step.
            var path = Wander(random.Next(100, 121), 10, 120);
            var (px0, py0, px1, py1) = (path.Min(q => q.X), path.Min(q => q.Y), path.Max(q => q.X), path.Max(q => q.Y));
            var pen = Lay(Math.Min(-l / 2, px0) - 12, Math.Min(-w / 2, py0) - 12, Math.Max(l / 2, px1) + 12, Math.Max(w / 2, py1) + 12, scale);
            var p = new Turned(pen, 0, 0, 0);
            pen.Item(() =>
            {
                SmartHandset(p, l, w, U(7.6, 8.3), Chance(0.5) ? Aluminium : Titanium, U(1.4, 2.0));
                RoundedRect(p, Organic, 2 * 1.5 * 1.2, (-l / 2) - 2, (-w / 2) - 2, l + 4, w + 4, 10);
                p.Line(Organic, 11 * 1.2 * 1.5 / 1.5, 1.5, true, RoundedOutline((-l / 2) - 1.25, (-w / 2) - 1.25, l + 2.5, w + 2.5, 9));
                foreach (var y in new[] { (-w / 2) + 4, (w / 2) - 4 })
                {
                    p.Ring(Steel, 1.2 * 0.8 * 2, 1.2, (l / 2) + 1, y, 3, 3);
                }
            });

            var link = chain ? (Chance(0.5) ? ZincAlloy : Steel) : Organic;
            if (chain)
            {
                var wire = U(1.2, 1.8);
                // Interlocked oval links: about 0.7 of a wire's diameter of metal over the chain's width.
                p.Line(link, wire * 0.7, U(6, 9), false, path);
            }
            else
            {
                p.Line(link, 6 * 0.8 * 0.5, 6, false, path);
            }

            foreach (var end in new[] { path[0], path[^1] })
            {
                var clasp = new Turned(pen, end.X, end.Y, U(0, 2 * Math.PI));
                clasp.Ring(Steel, 1.6 * 0.8 * 2, 1.6, 0, 0, 6, 4);
                clasp.Rect(Steel, 2, -8, -1.5, 4, 3);
            }

            return pen.Box;
        }

        /// <summary>
        /// A thumb phone (46–68 × 20–27 × 11–13 mm) pushed into the cardboard core (42 mm across, 1 mm board at 0.7 g/cm³) of a
        /// toilet roll (97–102 mm long, 105–115 mm across, tissue wound at about 0.12 g/cm³), the roll one of a pack of two to four
        /// in their polyethylene wrap (0.04 mm), lying on their sides.
        /// </summary>
        private PixelBox PhoneInToiletRoll(double scale)
        {
            var n = random.Next(2, 5);
            var rl = U(97, 102);
            var rd = U(105, 115);
            const double core = 42;
            var across = n == 4 ? 2 : n;
            var down = n == 4 ? 2 : 1;
            var (wl, ww) = ((rl * down) + 2, (rd * across) + 2);
            var pen = Lay((-wl / 2) - 1, (-ww / 2) - 1, (wl / 2) + 1, (ww / 2) + 1, scale);
            var wrap = new Turned(pen, 0, 0, 0);
            wrap.Rect(Organic, 2 * 0.04 * 0.92, -wl / 2, -ww / 2, wl, ww);
            var hidden = random.Next(n);
            for (var i = 0; i < n; i++)
            {
                var (col, row) = (i % across, i / across);
                var r = new Turned(pen, (-wl / 2) + 1 + (row * rl), (-ww / 2) + 1 + (rd / 2) + (col * rd), 0);
                CoaxialFill(r, Organic, 0, rl, rd, core, 0.12, 0);
                r.Tube(Organic, 0, -core / 2, rl, core, 1.0 * 0.7);
                if (i == hidden)
                {
                    var (pl, pw, pd) = (U(46, 68), U(20, 27), U(11, 13));
                    pen.Item(() => ThumbHandset(new Turned(pen, (-wl / 2) + 1 + (row * rl) + (rl / 2) + U(-(rl - pl) / 2 + 2, ((rl - pl) / 2) - 2), (-ww / 2) + 1 + (rd / 2) + (col * rd) + U(-4, 4), Chance(0.5) ? 0 : Math.PI), pl, pw, pd));
                    r.Rect(Organic, 2 * 0.3, 2, (-core / 2) + 2, rl - 4, core - 4);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// A smartphone sewn into the lining of a folded coat: a wool-mix or quilted coat folded to 300–350 × 230–270 mm (four to six
        /// layers of 1.5–2.5 mm shell fabric at about 0.35 g/cm³, or polyester wadding at 0.03), its steel or brass zip down one edge,
        /// snap fasteners and a toggle; between the lining and the shell a phone (138–163 × 67–78 mm) or two thumb phones, a pocket
        /// of stitched fabric round them.
        /// </summary>
        private PixelBox PhoneInCoatLining(double scale)
        {
            var l = U(300, 350);
            var w = U(230, 270);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var c = new Turned(pen, 0, 0, 0);
            var layers = random.Next(4, 7);
            var quilted = Chance(0.4);
            var cloth = quilted ? layers * ((2 * 0.2 * 1.1) + (15 * 0.03)) : layers * U(1.5, 2.5) * 0.35;
            RoundedRect(c, Organic, cloth, -l / 2, -w / 2, l, w, 25);
            c.Line(Organic, cloth * 1.5, 8, true, RoundedOutline((-l / 2) + 4, (-w / 2) + 4, l - 8, w - 8, 21));
            RoundedRect(c, Organic, cloth * 0.6, (-l / 2) + 20, U(-w / 2 + 10, 0), l * 0.55, w * 0.45, 20);
            var zip = Chance(0.6) ? Steel : Brass;
            c.Line(zip, 0.45, 5, false, ((-l / 2) + 12, (w / 2) - 10), ((l / 2) - 12, (w / 2) - 14));
            c.Rect(zip, 1.5, (l / 2) - 20, (w / 2) - 22, 10, 16);
            for (var i = random.Next(3, 6); i > 0; i--)
            {
                var (sx, sy) = (U((-l / 2) + 15, (l / 2) - 15), U((-w / 2) + 15, (w / 2) - 15));
                c.Ring(Brass, 2 * 0.5 * 2, 2, sx, sy, 6, 6);
                c.Ellipse(Brass, 1.2, sx, sy, 2.5, 2.5);
            }

            var (ox, oy) = (U((-l / 2) + 95, (l / 2) - 95), U((-w / 2) + 55, (w / 2) - 55));
            c.Rect(Organic, 2 * 0.4 * 0.8, ox - 90, oy - 48, 180, 96);
            if (Chance(0.65))
            {
                var (pl, pw) = Chance(0.5) ? (U(138, 147), U(67, 72)) : (U(146, 163), U(70, 78));
                pen.Item(() => SmartHandset(new Turned(pen, ox, oy, U(-0.1, 0.1)), pl, pw, U(7.3, 8.3), Chance(0.5) ? Aluminium : Steel, U(1.4, 2.0)));
            }
            else
            {
                foreach (var dy in new[] { -20.0, 20.0 })
                {
                    pen.Item(() => ThumbHandset(new Turned(pen, ox + U(-20, 20), oy + dy, U(-0.2, 0.2)), U(46, 68), U(20, 27), U(11, 13)));
                }
            }

            return pen.Box;
        }

        // ---- the other items ------------------------------------------------------------------

        /// <summary>
        /// Pistol rounds in a flip-top polypropylene ammunition box (1.5 mm walls at 0.9 g/cm³, a 5 × 10 grid of cells 1.5 mm apart
        /// above a solid tray, a hinged lid with its latch): 9 × 19, .38 Special or .45 ACP, 10–50 of them standing in their cells
        /// (seen end-on with the box lying flat) or, with the box on its side, lying in rows.
        /// </summary>
        private PixelBox RoundsInFlipBox(double scale)
        {
            var (cl, d, rim, bo, bd, jacketed) = random.Next(3) switch
            {
                0 => (19.15, 9.9, 9.96, 10.5, 9.0, true),
                1 => (29.3, 9.6, 11.2, 10.0, 9.1, false),
                _ => (22.8, 12.0, 12.0, 9.6, 11.5, true),
            };
            var pitch = rim + 2.0;
            var count = random.Next(10, 51);
            var (bl, bw, depth) = ((10 * pitch) + 8, (5 * pitch) + 8, cl + bo + 10);
            var flat = Chance(0.6);
            Pen pen;
            if (flat)
            {
                pen = Lay((-bl / 2) - 8, (-bw / 2) - 2, (bl / 2) + 2, (bw / 2) + 2, scale);
                var box = new Turned(pen, 0, 0, 0);
                SheetBox(box, Organic, -bl / 2, -bw / 2, bl, bw, depth, 1.5, 0.9, 4);
                box.Rect(Organic, 2 * 1.5 * 0.9 * (depth * 0.45) / 3, (-bl / 2) + 4, (-bw / 2) + 4, bl - 8, bw - 8);
                box.Rect(Organic, 6 * 0.9, (-bl / 2) - 6, -10, 8, 20);
                for (var i = 0; i < count; i++)
                {
                    var (col, row) = (i % 10, i / 10);
                    var (cx, cy) = ((-bl / 2) + 4 + (pitch / 2) + (col * pitch), (-bw / 2) + 4 + (pitch / 2) + (row * pitch));
                    RoundEndOn(box, cx, cy, cl, d, bo, bd);
                }
            }
            else
            {
                pen = Lay((-bl / 2) - 8, (-depth / 2) - 2, (bl / 2) + 2, (depth / 2) + 2, scale);
                var box = new Turned(pen, 0, 0, 0);
                SheetBox(box, Organic, -bl / 2, -depth / 2, bl, depth, bw, 1.5, 0.9, 4);
                box.Rect(Organic, 2 * 1.5 * 0.9 * 5, (-bl / 2) + 4, (-depth / 2) + 2, bl - 8, (depth * 0.45) + 2);
                box.Rect(Organic, 6 * 0.9, (-bl / 2) - 6, -10, 8, 20);
                var columns = Math.Min(10, count);
                var rows = (count + 9) / 10;
                for (var i = 0; i < columns; i++)
                {
                    // Each column of the grid seen from the side: its rounds lie one behind another along the beam.
                    var x = (-bl / 2) + 4 + (pitch / 2) + (i * pitch);
                    var stack = rows - (i < count % 10 || count % 10 == 0 ? 0 : 1);
                    for (var s = 0; s < stack; s++)
                    {
                        BrassRound(new Turned(pen, x + (s * 0.3), U(-0.5, 0.5), -Math.PI / 2), cl, d, rim, bo, bd, jacketed);
                    }
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// A SIM hidden in a hollow coin (a trick coin made from a half dollar, 30.6 mm, or a £2, 28.4 mm): its cupro-nickel or
        /// nickel-brass faces machined to 0.5 mm walls, its 2.2–2.5 mm rim, the two halves pressed together round a nano or micro
        /// SIM; two of them stacked on some.
        /// </summary>
        private PixelBox SimInHollowCoin(double scale)
        {
            var two = Chance(0.3);
            var r = Chance(0.5) ? 15.3 : 14.2;
            var pen = Lay(-r - 1, -r - 1, r + 1 + (two ? 18 : 0), r + 1, scale);
            void Coin(double cx)
            {
                var c = new Turned(pen, cx, 0, U(0, 2 * Math.PI));
                c.Ellipse(Brass, 2 * 0.5, 0, 0, r, r);
                c.Ring(Brass, 2.3 * 0.8, 1.8, 0, 0, r - 0.9, r - 0.9);
                c.Ellipse(Brass, 0.1, U(-3, 3), U(-3, 3), r * 0.6, r * 0.5);
                var nano = Chance(0.6);
                pen.Item(() => SimChip(new Turned(pen, cx + U(-1, 1), U(-1, 1), U(0, Math.PI)), nano ? 12.3 : 15, nano ? 8.8 : 12));
            }

            Coin(0);
            if (two)
            {
                Coin(18);
            }

            return pen.Box;
        }

        /// <summary>
        /// A small sharps bin of used syringes a diabetic carries: a polypropylene box (0.6–1 l: 120–150 × 90–115 mm, 80–100 mm deep,
        /// 1.6 mm walls at 0.9 g/cm³) with its lid, aperture and closure flap; in it, jumbled, 5–20 insulin syringes (an 8 mm barrel
        /// 55 mm long, the plunger in or drawn out, a fixed 0.3 mm steel needle and its cap) with pen needles (a polypropylene hub with
        /// a 4–8 mm needle) and lancets (a polyethylene body round a 0.8 mm steel needle).
        /// </summary>
        private PixelBox SharpsBin(double scale)
        {
            var l = U(120, 150);
            var w = U(90, 115);
            var depth = U(80, 100);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var b = new Turned(pen, 0, 0, 0);
            SheetBox(b, Organic, -l / 2, -w / 2, l, w, depth, 1.6, 0.9, 6);
            b.Rect(Organic, 2 * 3 * 0.9, (-l / 2) + 2, (-w / 2) + 2, l * 0.3, w - 4);
            b.Rect(Organic, 2 * 2 * 0.9, (l / 2) - 30, -15, 24, 30);
            for (var i = random.Next(5, 21); i > 0; i--)
            {
                var s = new Turned(pen, U(-Math.Max(0, (l / 2) - 50), Math.Max(0, (l / 2) - 50)), U(-Math.Max(0, (w / 2) - 25), Math.Max(0, (w / 2) - 25)),
                    U(-0.4, 0.4) + (Chance(0.5) ? 0 : Math.PI));
                var drawn = Chance(0.5) ? U(0, 15) : 0;
                s.Tube(Organic, -27.5, -4, 55, 8, 0.8 * 0.9);
                s.Rect(Organic, 2 * 0.9, -29, -7, 2, 14);
                s.Rect(Organic, 1.2 * 0.9, -27.5 - drawn - 4, -3, drawn + 30, 6);
                s.Rect(Organic, 6 * 0.9, -27.5 - drawn - 6, -4, 2, 8);
                s.Rect(Organic, 4 * 0.9, 27.5, -2, 4, 4);
                s.Line(Steel, 0.3 * 0.8, 0.3, false, (31.5, 0), (39.5, 0));
                if (Chance(0.5))
                {
                    s.Rect(Organic, 2 * 0.8 * 0.95, 29, -2.5, 14, 5);
                }
            }

            for (var i = random.Next(0, 8); i > 0; i--)
            {
                var n = new Turned(pen, U((-l / 2) + 16, (l / 2) - 16), U((-w / 2) + 16, (w / 2) - 16), U(0, 2 * Math.PI));
                if (Chance(0.5))
                {
                    n.Cylinder(Organic, -5, -5, 10, 10, 0.9);
                    n.Line(Steel, 0.3 * 0.8, 0.3, false, (5, 0), (5 + U(4, 8), 0));
                }
                else
                {
                    n.Rect(Organic, 8 * 0.95, -12, -4, 24, 8);
                    n.Line(Steel, 0.8 * 0.8, 0.8, false, (-10, 0), (14, 0));
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// A lipstick-shaped power bank (2200–3350 mAh): an anodised aluminium tube 22–25 mm across and 90–100 mm long (0.8 mm wall)
        /// round one 18650 cell, the charging board with its USB-A socket (a steel shell) and micro-USB socket at one end, a
        /// polycarbonate cap; a short USB cable (copper in PVC, steel-shelled plugs) and a key ring on some.
        /// </summary>
        private PixelBox LipstickPowerBank(double scale)
        {
            var l = U(90, 100);
            var d = U(22, 25);
            var cable = Chance(0.5);
            var ring = Chance(0.4);
            var pen = Lay((-l / 2) - (ring ? 26 : 3), (-d / 2) - (cable ? 24 : 2), (l / 2) + 3, (d / 2) + 2, scale);
            var b = new Turned(pen, 0, 0, 0);
            pen.Item(() =>
            {
                b.Tube(Aluminium, -l / 2, -d / 2, l, d, 0.8);
                SmallCell(b, (-l / 2) + 4, 0, 65, 18.4);
                var bx = (-l / 2) + 71;
                b.Rect(Mixed, 1.6, bx, -d * 0.35, (l / 2) - 3 - bx, d * 0.7);
                b.Rect(Steel, 2 * 0.3 * 12 / 2, (l / 2) - 10, -6, 10, 12);
                b.Rect(Organic, d * 0.8 * 1.2, (l / 2) - 2, -d / 2, 3, d);
                b.Rect(Steel, 1.2, -l / 2 + 1, -4, 4, 8);
            });
            if (cable)
            {
                var y = (-d / 2) - 12;
                b.Line(Organic, 3.5 * 0.8 * 1.3, 3.5, false, ((-l / 2) + 10, y), (0, y - 8), ((l / 2) - 14, y));
                b.Line(Brass, 0.4, 1, false, ((-l / 2) + 10, y), (0, y - 8), ((l / 2) - 14, y));
                b.Rect(Steel, 2 * 0.3 * 5, (-l / 2) + 0, y - 3, 12, 6);
                b.Rect(Steel, 2 * 0.3 * 12 / 2, (l / 2) - 14, y - 6, 12, 12);
            }

            if (ring)
            {
                b.Ring(Steel, 2 * 1.6, 1.6, (-l / 2) - 13, 0, 12, 12);
            }

            return pen.Box;
        }

        /// <summary>
        /// A heavy-duty staple gun (T50 class, 185–200 × 120–135 mm): a body of two 1.5 mm pressed-steel side plates, the steel
        /// handle lever (two 1.8 mm walls) over it on its pivot, the striker and its coil or leaf main spring, the magazine channel
        /// along its foot with a strip of up to 85 staples (10 mm crowns of 1.27 × 0.75 mm wire: a solid bar across the crowns, two
        /// legs of wire below it) and its pusher spring and rod.
        /// </summary>
        private PixelBox StapleGun(double scale)
        {
            var l = U(185, 200);
            var h = U(120, 135);
            var pen = Lay((-l / 2) - 2, (-h / 2) - 2, (l / 2) + 2, (h / 2) + 2, scale);
            var g = new Turned(pen, 0, 0, 0);
            var yb = (h / 2) - 45;
            (double X, double Y)[] body = [(-l / 2, yb), ((-l / 2) + 20, yb - 25), ((l / 2) - 40, yb - 25), ((l / 2) - 20, yb - 45), (l / 2, yb - 45), (l / 2, h / 2), (-l / 2, h / 2)];
            g.Poly(Steel, 2 * 1.5, body);
            g.Line(Steel, 14 * 1.5 / 1.5, 1.5, true, body);
            g.Rect(Steel, 2 * 1.0, -l / 2, (h / 2) - 14, l - 4, 12);
            var staples = U(0.2, 1.0) * (l - 30);
            g.Rect(Steel, 10, (l / 2) - 10 - staples, (h / 2) - 13, staples, 1.3);
            g.Rect(Steel, 2 * 1.27, (l / 2) - 10 - staples, (h / 2) - 11.7, staples, 8.5);
            g.Cylinder(Steel, (-l / 2) + 6, (h / 2) - 9, (l / 2) - 6 - staples, 3, 0.8);
            g.Line(Steel, 1.0, 1, false, Zigzag((-l / 2) + 10, (l / 2) - 14 - staples, (h / 2) - 10, 3, 4));
            g.Rect(Steel, 2 * 1.5, (l / 2) - 14, yb - 40, 8, 60);
            g.Line(Steel, 2.4, 2, false, Zigzag((l / 2) - 18, (l / 2) - 2, yb - 52, 4, 10));
            var open = U(0, 0.2);
            var lever = new Turned(pen, (-l / 2) + 14, yb - 24, -open);
            (double X, double Y)[] handle = [(0, -6), (l - 34, -14), (l - 30, -4), (l - 34, 6), (0, 6)];
            lever.Poly(Steel, 2 * 1.8, handle);
            lever.Line(Steel, 18 * 1.8 / 2, 2, true, handle);
            g.Ellipse(Steel, 18, (-l / 2) + 14, yb - 24, 3, 3);
            return pen.Box;
        }

        /// <summary>
        /// A stoneware bottle of genever or liqueur lying on its side: 200–270 mm long and 75–90 mm across, 5–6 mm walls of glazed
        /// stoneware (about 2.3 g/cm³, counted as glass at 0.92), a 10 mm base, a short shoulder and neck with a loop handle on some,
        /// a cork stopper under a foil capsule (aluminium, 0.1 mm) or a swing top (a steel wire bail and a ceramic plug); 80–100 %
        /// full of spirit (about 0.95 g/cm³).
        /// </summary>
        private PixelBox StonewareBottle(double scale)
        {
            var l = U(200, 270);
            var d = U(75, 90);
            var wall = U(5, 6);
            const double ceramic = 0.92;
            var handle = Chance(0.35);
            var pen = Lay((-l / 2) - 2, (-d / 2) - (handle ? 14 : 2), (l / 2) + 8, (d / 2) + 2, scale);
            var b = new Turned(pen, 0, 0, 0);
            var x0 = -l / 2;
            var body = l * 0.72;
            var shoulder = l * 0.12;
            var neck = l - body - shoulder;
            const double nd = 30;
            b.Tube(Glass, x0 + 10, -d / 2, body - 10, d, wall * ceramic);
            b.Rect(Glass, d * 0.8 * ceramic, x0, -d / 2, 10, d);
            SettledFill(b, Organic, x0 + 10, body - 10, d - (2 * wall), U(0.8, 1.0), 0.95);
            b.Poly(Glass, 2 * wall * ceramic * 1.4, (x0 + body, -d / 2), (x0 + body + shoulder, -nd / 2), (x0 + body + shoulder, nd / 2), (x0 + body, d / 2));
            b.Tube(Glass, x0 + body + shoulder, -nd / 2, neck - 10, nd, wall * ceramic);
            if (handle)
            {
                var hx = x0 + body + (shoulder * 0.5);
                b.Line(Glass, 10 * 0.8 * ceramic, 8, false, (hx - 20, -d / 2), (hx - 10, (-d / 2) - 10), (hx + 8, (-nd / 2) - 6));
            }

            if (Chance(0.6))
            {
                b.Cylinder(Organic, (l / 2) - 24, (-nd / 2) + wall, 30, nd - (2 * wall), 0.24);
                b.Tube(Aluminium, (l / 2) - 18, (-nd / 2) - 1, 18, nd + 2, 0.1);
            }
            else
            {
                b.Cylinder(Glass, (l / 2) - 4, -nd * 0.4, 12, nd * 0.8, ceramic * 0.9);
                b.Line(Steel, 2 * 0.8, 2, false, ((l / 2) - 20, (-nd / 2) - 1), ((l / 2) + 6, (-nd / 2) + 2), ((l / 2) + 6, (nd / 2) - 2), ((l / 2) - 20, (nd / 2) + 1));
            }

            return pen.Box;
        }

        /// <summary>
        /// Cannabis-oil vape cartridges: 3–10 of them (up to six in tubes; 0.5 or 1 ml, 10.5 mm across and 55–70 mm long: a borosilicate tank with 1 mm
        /// walls, a stainless centre post, a ceramic coil, a steel or brass 510 thread, a polycarbonate or ceramic mouthpiece), filled
        /// with oil (about 0.95 g/cm³), in a grip-seal bag or each in its child-resistant polypropylene tube (21 mm, 1 mm walls).
        /// </summary>
        private PixelBox VapeCartridges(double scale)
        {
            var n = random.Next(3, 11);
            var tubes = Chance(0.4);
            if (tubes)
            {
                n = Math.Min(n, 6);
            }

            var carts = new List<(double X, double Y, double A, double L)>();
            for (var i = 0; i < n; i++)
            {
                var l = Chance(0.5) ? U(55, 60) : U(63, 70);
                carts.Add(tubes
                    ? (U(-6, 6), -40 + (i * 80.0 / Math.Max(1, n - 1)) + U(-1, 1), U(-0.05, 0.05) + (Chance(0.5) ? 0 : Math.PI), l)
                    : (U(-10, 10), U(-30, 34), U(-0.5, 0.5) + (Chance(0.5) ? 0 : Math.PI), l));
            }

            // The grip-seal bag fits round what is in it, 3 mm clear, its zip across the top.
            var (bx0, by0, bx1, by1) = (double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
            foreach (var (x, y, a, l) in carts)
            {
                var e = TurnedExtent(x, y, a, -l / 2, -5.25, l / 2, 5.25);
                (bx0, by0, bx1, by1) = (Math.Min(bx0, e.X0), Math.Min(by0, e.Y0), Math.Max(bx1, e.X1), Math.Max(by1, e.Y1));
            }

            (bx0, by0, bx1, by1) = (bx0 - 3, by0 - 10, bx1 + 3, by1 + 3);
            var pen = Lay(-62, -62, 62, 62, scale);
            if (!tubes)
            {
                var bag = new Turned(pen, 0, 0, 0);
                bag.Rect(Organic, 2 * 0.05 * 0.92, bx0, by0, bx1 - bx0, by1 - by0);
                bag.Line(Organic, 4 * 0.05 * 0.92 * 1.5, 1.2, true, (bx0 + 0.6, by0 + 0.6), (bx1 - 0.6, by0 + 0.6), (bx1 - 0.6, by1 - 0.6), (bx0 + 0.6, by1 - 0.6));
                bag.Rect(Organic, 2 * 1.0 * 0.92, bx0, by0 + 5, bx1 - bx0, 1.6);
            }

            foreach (var (x, y, a, l) in carts)
            {
                var c = new Turned(pen, x, y, a);
                var x0 = -l / 2;
                if (tubes)
                {
                    c.Tube(Organic, x0 - 8, -10.5, l + 14, 21, 1.0 * 0.9);
                    c.Rect(Organic, 16 * 0.9, x0 - 10, -11.5, 4, 23);
                }

                c.Rect(Steel, 2 * 0.6 * 10, x0, -3.8, 9, 7.6);
                c.Rect(Brass, 0.8 * 9, x0 + 9, -5.25, 3, 10.5);
                c.Tube(Glass, x0 + 12, -5.25, l - 26, 10.5, 1.0);
                c.Cylinder(Organic, x0 + 12, -4.25, (l - 26) * U(0.6, 1.0), 8.5, 0.95);
                c.Tube(Steel, x0 + 12, -1.2, l - 24, 2.4, 0.3);
                c.Cylinder(Mixed, x0 + 12, -2.5, 10, 5, 0.9);
                c.Cylinder(Organic, (l / 2) - 14, -5, 14, 10, 1.2);
            }

            return pen.Box;
        }

        /// <summary>
        /// Drugs packed into ballpoint pens: a pack of 4–10 disposable ballpoints (a card back and a PET blister, or a polypropylene
        /// sleeve) in which 1–3 have had their refills taken out and their barrels packed with powder (about 0.6 g/cm³ as tamped) or a
        /// tight roll of cling-filmed paper soaked in synthetic cannabinoid (about 0.8), their end plugs pushed back in.
        /// </summary>
        private PixelBox DrugsInPenBarrels(double scale)
        {
            var n = random.Next(4, 11);
            var doctored = random.Next(1, Math.Min(3, n) + 1);
            var w = (n * 11) + 8;
            var pen = Lay(-100, (-w / 2) - 2, 100, (w / 2) + 2, scale);
            var pack = new Turned(pen, 0, 0, 0);
            if (Chance(0.6))
            {
                pack.Rect(Organic, 0.5 * 0.8, -98, -w / 2, 196, w);
                pack.Line(Organic, 0.25 * 1.38 * 8 / 1.5, 1.5, true, (-90, (-w / 2) + 3), (90, (-w / 2) + 3), (90, (w / 2) - 3), (-90, (w / 2) - 3));
                pack.Rect(Organic, 2 * 0.25 * 1.38, -90, (-w / 2) + 3, 180, w - 6);
            }
            else
            {
                pack.Rect(Organic, 2 * 0.1 * 0.9, -95, (-w / 2) + 2, 190, w - 4);
            }

            var marked = Enumerable.Range(0, n).OrderBy(_ => random.Next()).Take(doctored).ToHashSet();
            var powder = Chance(0.6);
            for (var i = 0; i < n; i++)
            {
                var p = new Turned(pen, U(-1, 1), (-w / 2) + 4 + 5.5 + (i * 11), 0);
                if (marked.Contains(i))
                {
                    Ballpoint(p, capped: true, U(90, 125), powder ? 0.6 : 0.8, pen.Item);
                }
                else
                {
                    Ballpoint(p, capped: true, 0, 0);
                }
            }

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>
        /// A snow globe: a glass dome 65–100 mm across (2.5–3 mm walls) filled with water and a little glycerine (about 1.05 g/cm³)
        /// round a polyresin figure, on a polyresin base (about 1.8 g/cm³, stone-filled, counted half as glass) 20–35 mm high, lying
        /// on its side or standing; a small wind-up music movement (a steel comb and a brass drum) in the base of some.
        /// </summary>
        private void SnowGlobe()
        {
            var pen = Place(70);
            var k = new Turned(pen, 0, 0, 0);
            var r = U(32, 50);
            var bh = U(20, 35);
            var wall = U(2.5, 3);
            HollowBall(k, Glass, 0, 0, r, wall);
            Ball(k, Organic, 0, 0, r - wall, 1.05);
            k.Ellipse(Organic, r * 0.6, 0, r * 0.2, r * 0.35, r * 0.45);
            k.Ellipse(Glass, r * 0.3 * 0.36, 0, r * 0.2, r * 0.35, r * 0.45);
            var bw = r * 1.7;
            k.Poly(Organic, bw * 0.8 * 1.8 * 0.5, (-bw / 2, r * 0.75), (bw / 2, r * 0.75), ((bw / 2) + 6, (r * 0.75) + bh), ((-bw / 2) - 6, (r * 0.75) + bh));
            k.Poly(Glass, bw * 0.8 * 0.36 * 0.5, (-bw / 2, r * 0.75), (bw / 2, r * 0.75), ((bw / 2) + 6, (r * 0.75) + bh), ((-bw / 2) - 6, (r * 0.75) + bh));
            if (Chance(0.3))
            {
                k.Rect(Steel, 3, -15, (r * 0.75) + 4, 30, bh - 8);
                k.Rect(Brass, 6, -12, (r * 0.75) + 6, 20, bh - 12);
            }
        }

        /// <summary>
        /// A kaleidoscope: a card tube (150–230 mm, 35–50 mm across, 1.5 mm board at 0.7 g/cm³) with three front-silvered glass
        /// mirror strips (1–2 mm) in a triangle along it, a glass window at each end and, at the far end, an object cell of glass and
        /// plastic beads between a clear and a frosted acrylic disc; an aluminium or brass tube on the dearer ones.
        /// </summary>
        private void Kaleidoscope()
        {
            var l = U(150, 230);
            var d = U(35, 50);
            var pen = Place((l / 2) + 5);
            var k = new Turned(pen, 0, 0, 0);
            var metal = Chance(0.3);
            if (metal)
            {
                k.Tube(Chance(0.5) ? Aluminium : Brass, -l / 2, -d / 2, l, d, Chance(0.5) ? 0.5 : 0.3);
            }
            else
            {
                k.Tube(Organic, -l / 2, -d / 2, l, d, 1.5 * 0.7);
            }

            var m = U(1, 2);
            var side = (d - 6) * 0.86;
            k.Rect(Glass, 2 * m, (-l / 2) + 4, -side / 2, l - 30, side);
            k.Rect(Glass, m * 6, (-l / 2) + 4, -side / 2, l - 30, 2);
            k.Rect(Glass, m * 6, (-l / 2) + 4, (side / 2) - 2, l - 30, 2);
            k.Rect(Glass, 2 * 0.8, -l / 2, (-d / 2) + 2, 2, d - 4);
            k.Rect(Organic, (d - 4) * 0.8 * 1.18, (l / 2) - 26, (-d / 2) + 2, 3, d - 4);
            k.Rect(Organic, (d - 4) * 0.8 * 1.18, (l / 2) - 6, (-d / 2) + 2, 3, d - 4);
            for (var i = random.Next(8, 20); i > 0; i--)
            {
                k.Ellipse(Chance(0.5) ? Glass : Organic, U(2, 4), U((l / 2) - 22, (l / 2) - 10), U((-d / 2) + 5, (d / 2) - 5), U(1.5, 3), U(1.5, 3));
            }
        }

        /// <summary>
        /// A hand gripper: two handles 95–110 mm long (knurled aluminium bar 25 mm across, or a plastic handle 28 mm over a steel
        /// spine) joined by a torsion spring of 4–6.5 mm steel wire wound in 2–3 coils 28–34 mm across; an adjustable one's steel
        /// slider on some.
        /// </summary>
        private void HandGripper()
        {
            var pen = Place(90);
            var wire = U(4, 6.5);
            var cr = U(14, 17);
            var hl = U(95, 110);
            var spread = U(0.35, 0.55);
            var aluminium = Chance(0.6);
            var k = new Turned(pen, 0, 0, 0);
            k.Ring(Steel, wire * 0.8 * random.Next(2, 4), wire, 0, 0, cr, cr);
            foreach (var s in new[] { -1.0, 1.0 })
            {
                var a = s * spread / 2;
                var leg = new Turned(pen, 0, 0, a);
                leg.Line(Steel, wire * 0.8, wire, false, (cr * 0.6, s * cr * 0.8), (cr + 25, s * 3));
                var h = new Turned(pen, Math.Cos(a) * (cr + 20), Math.Sin(a) * (cr + 20), a);
                if (aluminium)
                {
                    h.Cylinder(Aluminium, 0, -12.5, hl, 25, 1);
                    h.Rect(Steel, wire * 0.8, 0, -wire / 2, 20, wire);
                }
                else
                {
                    h.Cylinder(Organic, 0, -14, hl, 28, 0.6);
                    h.Rect(Steel, 3, 0, -4, hl - 10, 8);
                }
            }
        }

        /// <summary>
        /// A guitarist's odds and ends: a trigger capo (a die-cast aluminium or zinc-alloy body 70–80 mm long, a steel spring and
        /// pin, silicone pads), a handful of picks (celluloid or nylon, 0.5–1 mm), and on some a set of strings still in their
        /// paper envelopes (each a coil of steel wire, 0.25–1.1 mm, about 90 mm across).
        /// </summary>
        private void GuitarCapo()
        {
            var pen = Place(80);
            var body = Chance(0.6) ? Aluminium : ZincAlloy;
            var (cx, cy, ca) = (U(-20, 20), U(-20, 20), U(0, 2 * Math.PI));
            var capo = new Turned(pen, cx, cy, ca);
            (double X, double Y)[] arm = [(-38, -6), (30, -10), (38, -4), (38, 2), (-38, 2)];
            capo.Poly(body, 2 * 2.5, arm);
            capo.Line(body, 16 * 0.8 / 2, 2, true, arm);
            // The other arm on the same pin, its jaw opened a little by the spring or closed on nothing.
            var jaw = new Turned(pen, cx, cy, ca + U(0, 0.35));
            jaw.Poly(body, 2 * 2.5, (-38, -2), (20, -2), (38, 10), (30, 14), (-38, 6));
            capo.Ellipse(Steel, 12, 0, 0, 2, 2);
            capo.Ring(Steel, 1.4 * 0.8 * 3, 1.4, 0, 0, 5, 5);
            capo.Rect(Silicone, 10, -36, -10, 30, 4);
            var k = new Turned(pen, 0, 0, 0);
            for (var i = random.Next(2, 7); i > 0; i--)
            {
                var (x, y) = (U(-60, 60), U(-50, 50));
                k.Poly(Organic, U(0.5, 1.0) * 1.3, (x - 13, y - 10), (x + 13, y - 10), (x, y + 15));
            }

            if (Chance(0.35))
            {
                var (sx, sy) = (U(-20, 20), U(-15, 15));
                k.Rect(Organic, 6 * 2 * 0.1 * 0.8, sx - 55, sy - 55, 110, 110);
                for (var i = 0; i < 6; i++)
                {
                    var gauge = 0.25 + (i * 0.17);
                    k.Ring(Steel, gauge * 0.8 * 3, Math.Max(0.5, gauge * 3), sx + U(-3, 3), sy + U(-3, 3), 44, 44);
                }
            }
        }

        /// <summary>
        /// A handful of tumbled stones in an organza pouch: 5–15 of them, 15–35 mm, quartz, amethyst, agate and jasper (about 2.6
        /// g/cm³, counted as glass) with, on some, pieces of haematite (iron oxide, about 5.2 g/cm³, counted as steel at 0.66).
        /// </summary>
        private void TumbledStones()
        {
            var pen = Place(60);
            var k = new Turned(pen, 0, 0, 0);
            k.Ellipse(Organic, 2 * 0.2 * 0.5, 0, 0, 60, 50);
            for (var i = random.Next(5, 16); i > 0; i--)
            {
                var r = U(7.5, 17.5);
                var (x, y) = (U(-40, 40), U(-32, 32));
                if (Chance(0.15))
                {
                    Ball(k, Steel, x, y, r * 0.8, 0.66, U(0.5, 0.8));
                }
                else
                {
                    Ball(k, Glass, x, y, r, 1.04, U(0.55, 0.9));
                }
            }
        }

        /// <summary>
        /// A yo-yo (55–60 mm across, 38–44 mm wide): two ABS halves (about 1.05 g/cm³, hollow under a 2.5 mm shell with a solid rim)
        /// on a steel axle, or two machined aluminium halves on a steel bearing and axle bolt; its string wound on; face on or edge on.
        /// </summary>
        private void YoYo()
        {
            var pen = Place(35);
            var k = new Turned(pen, 0, 0, 0);
            var r = U(27.5, 30);
            var wd = U(38, 44);
            var metal = Chance(0.4);
            var m = metal ? Aluminium : Organic;
            var shell = metal ? 2 * 3.0 : 2 * 2.5 * 1.05;
            if (Chance(0.5))
            {
                k.Ellipse(m, shell, 0, 0, r, r);
                k.Ring(m, metal ? 20 : 14 * 1.05, 6, 0, 0, r - 3, r - 3);
                k.Ellipse(Steel, metal ? 8 : 4, 0, 0, metal ? 6.5 : 2, metal ? 6.5 : 2);
                k.Ellipse(Organic, 3 * 0.5, 0, 0, 12, 12);
            }
            else
            {
                foreach (var s in new[] { -1.0, 1.0 })
                {
                    var x = s > 0 ? 1.5 : -wd / 2;
                    k.Rect(m, r * 2 * 0.8 * (metal ? 0.35 : 0.4), x, -r, (wd / 2) - 1.5, 2 * r);
                    k.Rect(m, r * 2 * 0.8 * 0.3, s > 0 ? (wd / 2) - 5 : -wd / 2, -r, 5, 2 * r);
                }

                k.Rect(Steel, 3 * 0.8, -wd / 2, -1.5, wd, 3);
                k.Rect(Organic, 20 * 0.5, -1.5, -10, 3, 20);
            }
        }

        /// <summary>
        /// A baby's rattle: a hollow polypropylene ball or dumbbell (1.5 mm walls at 0.9 g/cm³) holding a dozen plastic beads, on a
        /// ring handle, or a beech one (about 0.7 g/cm³) with wooden rings on its spindle; a small steel bell inside some.
        /// </summary>
        private void BabyRattle()
        {
            var pen = Place(60);
            var k = new Turned(pen, 0, 0, 0);
            if (Chance(0.6))
            {
                var r = U(20, 28);
                HollowBall(k, Organic, 0, 0, r, 1.5 * 0.9);
                k.Line(Organic, 12 * 0.8 * 0.9, 12, false, (r - 2, 0), (r + 40, 0));
                k.Ring(Organic, 12 * 0.8 * 0.9, 10, r + 58, 0, 18, 18);
                for (var i = random.Next(8, 16); i > 0; i--)
                {
                    Ball(k, Organic, U(-r * 0.5, r * 0.5), U(-r * 0.5, r * 0.5), U(3, 5), 1.05);
                }

                if (Chance(0.3))
                {
                    HollowBall(k, Steel, U(-4, 4), U(-4, 4), 6, 0.3);
                }
            }
            else
            {
                k.Cylinder(Organic, -50, -7, 100, 14, 0.7);
                for (var i = random.Next(2, 5); i > 0; i--)
                {
                    k.Ring(Organic, 20 * 0.8 * 0.7, 8, U(-30, 30), 0, 16, 16);
                }

                Ball(k, Organic, -55, 0, 18, 0.7);
                Ball(k, Organic, 55, 0, 18, 0.7);
            }
        }

        /// <summary>
        /// A U-shaped travel neck pillow (about 280 × 300 mm, 90–110 mm thick): memory foam (about 0.05 g/cm³) or polystyrene
        /// microbeads (0.02) under a velour cover, its zip (a plastic coil, or a steel one on some) and the snap or toggle that closes
        /// the U; or an inflatable one folded flat (0.3 mm PVC at 1.3 g/cm³, its valve).
        /// </summary>
        private void TravelPillow()
        {
            var pen = Place(150);
            var k = new Turned(pen, 0, 0, 0);
            if (Chance(0.25))
            {
                k.Rect(Organic, 6 * 0.3 * 1.3, -70, -50, 140, 100);
                k.Cylinder(Organic, 60, -8, 18, 16, 1.1);
                return;
            }

            var thick = U(90, 110);
            var fill = Chance(0.6) ? 0.05 : 0.02;
            var arc = Enumerable.Range(0, 19).Select(i => Math.PI * (-0.1 + (1.2 * i / 18)))
                .Select(a => (X: 100 * Math.Cos(a), Y: 95 * Math.Sin(a))).ToArray();
            k.Line(Organic, (thick * fill) + (2 * 1.5 * 0.3), 70, false, arc);
            k.Line(Organic, thick * fill * 0.5, 40, false, arc);
            var steelZip = Chance(0.3);
            k.Line(steelZip ? Steel : Organic, steelZip ? 0.45 : 2, 4, false, arc.Take(10).Select(p => (p.X * 1.3, p.Y * 1.3)).ToArray());
            k.Rect(Organic, 8 * 1.1, 90, -30, 20, 12);
        }
    }
}
