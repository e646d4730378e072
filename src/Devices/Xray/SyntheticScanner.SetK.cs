namespace Screening.Devices.Xray;

// Variant set K (held out after J's run): threat shapes and clutter kinds that none of A to J and R
// draws. About two thirds are ordinary forms of an item that a search officer meets, in builds, sizes
// and materials no set drew yet; a third are concealed or improvised. Written from what the real
// things measure and are made of, by someone who had read neither the analyser nor any x-ray figures.
// Thicknesses follow the rest of the scene: roughly the millimetres of that material the beam crosses
// where the part lies flat (a round bar or wire of diameter d counts as about 0.8 d, a hollow part as
// its two walls, a sheet seen edge-on as the sheet's share of the line it is drawn as times the depth
// the beam crosses); a material lighter or heavier than water counts its thickness times its density.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        /// <summary>Draws one of set K's threat shapes; null for a shape that is not set K's.</summary>
        private PixelBox? DrawSetKThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.Machete => Machete(scale),
            ThreatShape.FrameLockFolder => FrameLockFolder(scale),
            ThreatShape.Stiletto => Stiletto(scale),
            ThreatShape.CombKnife => CombKnife(scale),
            ThreatShape.ScissorShiv => ScissorShiv(scale),
            ThreatShape.MicroCompactPistol => MicroCompactPistol(scale),
            ThreatShape.SwingOutRevolver => SwingOutRevolver(scale),
            ThreatShape.ToggleLockPistol => ToggleLockPistol(scale),
            ThreatShape.PistolPartsInWashbag => PistolPartsInWashbag(scale),
            ThreatShape.RevolverInBiscuitTin => RevolverInBiscuitTin(scale),
            ThreatShape.BudgetSmartphone => BudgetSmartphone(scale),
            ThreatShape.CellularTablet => CellularTablet(scale),
            ThreatShape.BigButtonPhone => BigButtonPhone(scale),
            ThreatShape.PhoneInGlassesCase => PhoneInGlassesCase(scale),
            ThreatShape.PhoneInBra => PhoneInBra(scale),
            ThreatShape.MoonClipRounds => MoonClipRounds(scale),
            ThreatShape.SimInLipBalm => SimInLipBalm(scale),
            ThreatShape.SafetySyringe => SafetySyringe(scale),
            ThreatShape.DroneBattery => DroneBattery(scale),
            ThreatShape.JuniorHacksaw => JuniorHacksaw(scale),
            ThreatShape.SwingTopBottle => SwingTopBottle(scale),
            ThreatShape.CannabisEdibles => CannabisEdibles(scale),
            ThreatShape.DrugsInShampoo => DrugsInShampoo(scale),
            _ => null,
        };

        /// <summary>Draws one of set K's clutter kinds; false for a kind that is not set K's.</summary>
        private bool DrawSetKClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.VacuumFlask:
                    VacuumFlask();
                    return true;
                case ClutterKind.BiscuitTin:
                    BiscuitTin();
                    return true;
                case ClutterKind.FilmCamera:
                    FilmCamera();
                    return true;
                case ClutterKind.Binoculars:
                    Binoculars();
                    return true;
                case ClutterKind.KnittingNeedles:
                    KnittingNeedles();
                    return true;
                case ClutterKind.BicyclePump:
                    BicyclePump();
                    return true;
                case ClutterKind.BabyFoodJars:
                    BabyFoodJars();
                    return true;
                case ClutterKind.MusicBox:
                    MusicBox();
                    return true;
                default:
                    return false;
            }
        }

        // ---- shared parts ---------------------------------------------------------------------

        /// <summary>
        /// One round standing on its head (the beam down its length), centred on (<paramref name="cx"/>,
        /// <paramref name="cy"/>): the solid brass head, the 0.3 mm case wall crossed along all its length,
        /// the powder, the bullet's lead core along its length (its ogive thins it toward the rim) in its jacket.
        /// </summary>
        private static void RoundEndOn(Turned part, double cx, double cy, double caseLength, double d, double bulletOut, double bd)
        {
            part.Ellipse(Brass, 3, cx, cy, d / 2, d / 2);
            part.Ring(Brass, caseLength - 3, 0.6, cx, cy, (d / 2) - 0.3, (d / 2) - 0.3);
            part.Ellipse(Organic, (caseLength - 8) * 0.9, cx, cy, (d / 2) - 0.6, (d / 2) - 0.6);
            var core = bulletOut + 6;
            part.Ellipse(Lead, core * 0.55, cx, cy, (bd / 2) - 0.4, (bd / 2) - 0.4);
            part.Ellipse(Lead, core * 0.35, cx, cy, bd / 4, bd / 4);
            part.Ring(Brass, core * 0.8, 0.6, cx, cy, (bd / 2) - 0.3, (bd / 2) - 0.3);
        }

        /// <summary>
        /// A five-shot small-frame .38 revolver (a J-frame "snubby") turned by <paramref name="angle"/> about
        /// (<paramref name="ox"/>, <paramref name="oy"/>), muzzle toward its +x: a 48 mm barrel (16 mm, a
        /// shroud for the ejector rod under it), a 37 × 40 mm cylinder, a steel frame or an aluminium-alloy
        /// one (barrel, cylinder and crane still steel), a shrouded hammer, a rubber boot grip over the grip
        /// stud; about 157 mm overall and 108 mm high; <paramref name="rounds"/> of .38 Special in it.
        /// </summary>
        private static void SmallRevolver(Pen pen, double ox, double oy, double angle, bool alloy, int rounds)
        {
            var gun = new Turned(pen, ox, oy, angle);
            var frame = alloy ? Aluminium : Steel;
            const double bl = 48;
            const double cl = 40;
            const double cd = 37;
            const double xm = 84;
            const double axis = -30;
            const double rc = 12.5;
            const double xb = xm - bl;
            const double xc0 = xb - 3 - cl;
            const double cc = axis + rc;
            gun.Tube(Steel, xb, axis - 8, bl, 16, 3.5);
            gun.Rect(Steel, 9, xb, axis + 7, bl - 4, 9);
            gun.Poly(Steel, 5, (xm - 12, axis - 8), (xm - 2, axis - 8), (xm - 2, axis - 12), (xm - 8, axis - 12));
            gun.Rect(frame, 22, xb - 7, axis - 10, 7, 26);
            gun.Cylinder(Steel, xc0, cc - (cd / 2), cl, cd, 0.55);
            gun.Rect(frame, 12, xc0 - 12, axis - 14, cl + 15, 8);
            gun.Rect(frame, 12, xc0 - 12, cc + (cd / 2) - 2, cl + 15, 9);
            gun.Rect(frame, 28, xc0 - 12, axis - 8, 12, cd - 2);
            gun.Poly(frame, 12, (xc0 - 12, axis - 14), (xc0 - 2, axis - 14), (xc0 - 14, axis + 8), (xc0 - 26, axis + 4));
            var gy = cc + (cd / 2) + 6;
            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(t => (xc0 + 14 + (15 * Math.Cos(t)), gy + (13 * Math.Sin(t)))).ToArray();
            gun.Line(frame, 6, 4, false, guard);
            gun.Poly(Steel, 6, (xc0 + 8, gy), (xc0 + 14, gy), (xc0 + 10, gy + 12), (xc0 + 5, gy + 11));
            var grip = new (double X, double Y)[] { (xc0 - 2, gy - 3), (xc0 - 26, 62), (xc0 - 66, 64), (xc0 - 48, axis + 16), (xc0 - 26, axis + 2) };
            gun.Poly(Organic, 2 * 9 * 1.15, grip);
            gun.Poly(frame, 8, (xc0 - 6, gy - 3), (xc0 - 16, gy + 14), (xc0 - 38, gy + 14), (xc0 - 30, axis + 6));
            for (var i = 0; i < rounds; i++)
            {
                var y = cc + (rc * Math.Sin(0.4 + (i * 2 * Math.PI / 5)));
                var (rx, ry) = Moved(ox, oy, angle, xc0 - 1.2 + ((29.3 + 10) / 2), y);
                BrassRound(new Turned(pen, rx, ry, angle), 29.3, 9.6, 11.2, 10, 9.1, jacketed: false);
            }
        }

        /// <summary>
        /// A tin of biscuits lying flat (the beam through its lid and base), centred on its part's origin: a
        /// round tin of diameter <paramref name="a"/> or a rectangular one <paramref name="a"/> × <paramref name="b"/>,
        /// <paramref name="depth"/> deep, of 0.22–0.25 mm tinplate (lid and base face-on, the walls and the
        /// lid's 15 mm skirt edge-on, the rolled beads), a thermoformed PET tray on some; round butter biscuits
        /// (8–12 mm at about 0.55 g/cm³, some of them rings) or shortbread fingers, in one or two layers,
        /// <paramref name="fill"/> of them left.
        /// </summary>
        private void BiscuitTinBody(Pen pen, double ox, double oy, double angle, bool round, double a, double b, double depth, double fill)
        {
            var tin = new Turned(pen, ox, oy, angle);
            var sheet = U(0.22, 0.25);
            if (round)
            {
                tin.Ellipse(Steel, 2 * sheet, 0, 0, a / 2, a / 2);
                tin.Ring(Steel, sheet * depth / 2, 2, 0, 0, (a / 2) - 1, (a / 2) - 1);
                tin.Ring(Steel, sheet * 15 / 2, 2, 0, 0, (a / 2) + 0.5, (a / 2) + 0.5);
                tin.Ring(Steel, 2, 2.5, 0, 0, (a / 2) - 4, (a / 2) - 4);
            }
            else
            {
                RoundedRect(tin, Steel, 2 * sheet, -a / 2, -b / 2, a, b, 14);
                tin.Line(Steel, sheet * depth / 2, 2, true, RoundedOutline((-a / 2) + 1, (-b / 2) + 1, a - 2, b - 2, 13));
                tin.Line(Steel, sheet * 15 / 2, 2, true, RoundedOutline(-a / 2, -b / 2, a, b, 14));
                tin.Line(Steel, 2, 2.5, true, RoundedOutline((-a / 2) + 4, (-b / 2) + 4, a - 8, b - 8, 10));
            }

            var layers = depth > 70 ? 2 : 1;
            if (Chance(0.4))
            {
                if (round)
                {
                    tin.Ellipse(Organic, 2 * 0.4 * 1.35, 0, 0, (a / 2) - 5, (a / 2) - 5);
                    tin.Ring(Organic, 0.4 * 1.35 * depth * 0.7 / 1.5, 1.5, 0, 0, a * 0.22, a * 0.22);
                }
                else
                {
                    RoundedRect(tin, Organic, 2 * 0.4 * 1.35, (-a / 2) + 5, (-b / 2) + 5, a - 10, b - 10, 10);
                    tin.Line(Organic, 0.4 * 1.35 * depth * 0.7 / 1.5, 1.5, false, (-a / 6, (-b / 2) + 5), (-a / 6, (b / 2) - 5));
                    tin.Line(Organic, 0.4 * 1.35 * depth * 0.7 / 1.5, 1.5, false, (a / 6, (-b / 2) + 5), (a / 6, (b / 2) - 5));
                }
            }

            var reach = round ? (a / 2) - 30 : 0;
            var count = (int)(fill * (round ? a * a / 3000 : a * b / 2500) * layers);
            for (var i = 0; i < count; i++)
            {
                if (round)
                {
                    var t = U(8, 12) * 0.55;
                    var r = reach * Math.Sqrt(random.NextDouble());
                    var th = U(0, 2 * Math.PI);
                    var (bx, by) = (r * Math.Cos(th), r * Math.Sin(th));
                    var size = U(22, 27);
                    if (Chance(0.4))
                    {
                        // A ring biscuit: its middle is a hole.
                        tin.Ring(Organic, t, size * 0.45, bx, by, size * 0.72, size * 0.72);
                    }
                    else
                    {
                        tin.Ellipse(Organic, t, bx, by, size, size * U(0.75, 1));
                    }
                }
                else
                {
                    // Shortbread fingers (84 × 24 × 15 mm, about 0.6 g/cm³) lying along the tin.
                    var (fx, fy) = Moved(ox, oy, angle, U((-a / 2) + 48, (a / 2) - 48), U((-b / 2) + 18, (b / 2) - 18));
                    new Turned(pen, fx, fy, angle + U(-0.1, 0.1)).Rect(Organic, 15 * 0.6, -42, -12, 84, 24);
                }
            }
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// A machete (the 9–10 inch "bush" pattern): a 230–260 mm blade of 2–2.5 mm carbon steel, 40–45 mm
        /// deep by the handle and widening to 48–58 mm toward the tip, the spine straight, the edge sweeping
        /// up to a rounded point; a full tang between two polypropylene scales (9–11 mm each, about 0.9
        /// g/cm³) on three hollow steel rivets, or a moulded handle over a stick tang with a finger guard;
        /// 125–135 mm of handle; in a canvas or nylon sheath (two 1.5 mm layers, about 1.1 g/cm³) with its
        /// belt loop and press stud on some.
        /// </summary>
        private PixelBox Machete(double scale)
        {
            var bl = U(230, 260);
            var heel = U(40, 45);
            var tipW = U(48, 58);
            var t = U(2, 2.5);
            var hl = U(125, 135);
            var sheath = Chance(0.35);
            var total = bl + hl;
            var top = -heel / 2;
            var pen = Lay((-total / 2) - 2, top - 12, (total / 2) + 10, top + tipW + 10, scale);
            var knife = new Turned(pen, 0, 0, 0);
            var hx = -total / 2;
            var xb = hx + hl;
            knife.Poly(Steel, t * 0.55,
                (xb, top), (xb + (0.9 * bl), top), (xb + bl, top + (0.14 * tipW)), (xb + bl, top + (0.5 * tipW)),
                (xb + (0.93 * bl), top + (0.85 * tipW)), (xb + (0.75 * bl), top + tipW), (xb + (0.3 * bl), top + ((heel + tipW) / 2)), (xb, top + heel));
            knife.Rect(Steel, t * 0.45, xb, top, 0.9 * bl, heel * 0.4);
            if (Chance(0.6))
            {
                knife.Rect(Steel, t, hx + 3, -12, hl - 3, 24);
                RoundedRect(knife, Organic, 2 * U(9, 11) * 0.9, hx, -16, hl, 32, 8);
                for (var i = 0; i < 3; i++)
                {
                    knife.Ellipse(Steel, 6, hx + (hl * (0.2 + (0.3 * i))), 0, 3, 3);
                }
            }
            else
            {
                knife.Poly(Steel, t, (xb, -10), (hx + 25, -4), (hx + 25, 4), (xb, 10));
                knife.Cylinder(Organic, hx, -16, hl, 32, 0.9 * 0.75);
                knife.Rect(Organic, 20 * 0.9, xb - 6, -21, 6, 42);
            }

            if (sheath)
            {
                const double layer = 1.5 * 1.1;
                var sx = xb - 25;
                knife.Poly(Organic, 2 * layer, (sx, top - 4), (xb + bl + 4, top - 4), (xb + bl + 6, top + (0.6 * tipW)), (xb + (0.72 * bl), top + tipW + 6), (sx, top + heel + 4));
                knife.Line(Organic, 3 * layer, 5, false, (sx, top + heel + 2), (xb + (0.3 * bl), top + ((heel + tipW) / 2) + 3), (xb + (0.75 * bl), top + tipW + 4), (xb + bl + 4, top + (0.55 * tipW)));
                knife.Rect(Organic, 2 * layer, sx - 5, top - 10, 45, heel + 18);
                knife.Ellipse(Steel, 1.5, sx + 10, top + heel + 2, 6, 6);
            }

            return pen.Box;
        }

        /// <summary>
        /// A frame-lock flipper: shut 105–120 × 28–32 mm and about 12 mm thick: a 3.5–4 mm titanium slab on
        /// the lock side, the presentation side another titanium slab or a 3.5 mm G10 scale (glass-fibre
        /// epoxy, about 1.85 g/cm³) over a 1 mm steel liner, a steel back spacer, the lock bar's steel insert,
        /// a steel pivot with its washers, standoffs, a 1 mm stainless pocket clip; a drop-point blade of
        /// 3.5 mm stainless (flat ground) about 0.78 of the handle long with its flipper tab, folded shut or
        /// locked open.
        /// </summary>
        private PixelBox FrameLockFolder(double scale)
        {
            var hl = U(105, 120);
            var hw = U(28, 32);
            var bl = hl * U(0.76, 0.8);
            var bw = hw * U(0.82, 0.9);
            var open = Chance(0.5);
            var span = open ? hl - 12 + bl : hl;
            var pen = Lay((-span / 2) - 2, (-hw / 2) - 12, (span / 2) + 2, (hw / 2) + 12, scale);
            var knife = new Turned(pen, 0, 0, 0);
            var x0 = -span / 2;
            var xp = x0 + hl - 12;
            RoundedRect(knife, Titanium, U(3.5, 4), x0, -hw / 2, hl, hw, 8);
            if (Chance(0.5))
            {
                RoundedRect(knife, Titanium, U(3.5, 4), x0, -hw / 2, hl, hw, 8);
            }
            else
            {
                RoundedRect(knife, Organic, 3.5 * 1.85, x0, -hw / 2, hl, hw, 8);
                RoundedRect(knife, Steel, 1, x0 + 1, (-hw / 2) + 1, hl - 2, hw - 2, 7);
            }

            knife.Rect(Steel, 4, x0 + 8, (-hw / 2) + 1, hl - 32, 5);
            knife.Rect(Steel, 3.5, xp - 24, hw * 0.08, 10, 6);
            knife.Ellipse(Steel, 12, xp, 0, 4.5, 4.5);
            knife.Ellipse(Steel, 8, x0 + 10, -hw * 0.15, 2.5, 2.5);
            knife.Ellipse(Steel, 6, x0 + (hl * 0.45), -hw * 0.3, 2, 2);
            knife.Rect(Steel, 1, x0 + 4, (-hw / 2) + 2, 70, 9);
            var blade = new Turned(pen, xp, 0, open ? U(-0.03, 0.03) : Math.PI + U(-0.02, 0.02));
            blade.Poly(Steel, 3.5 * 0.55, (-10, (-bw / 2) + 2), (0.6 * bl, -bw / 2), (bl, -bw * 0.15), (0.8 * bl, bw * 0.3), (0.35 * bl, bw / 2), (-6, bw / 2));
            blade.Rect(Steel, 3.5 * 0.45, -10, -bw / 2, 0.65 * bl, bw * 0.4);
            blade.Poly(Steel, 3.5, (-4, bw / 2), (4, bw / 2), (-2, (bw / 2) + 9), (-9, (bw / 2) + 7));
            return pen.Box;
        }

        /// <summary>
        /// An Italian stiletto (the 9 or 11 inch lever-lock pattern): a 127–133 or 150–156 mm handle 13–17 mm
        /// deep, two 0.8 mm brass liners, nickel-silver bolsters at each end (2 mm a side), the front one with
        /// its short crossguard, scales of horn (about 1.3 g/cm³) or wood (0.75) between them, the lock lever's
        /// steel spring along the back; a bayonet-ground spear blade about 0.8 of the handle long, 3 mm at the
        /// spine, its unsharpened ricasso at the pivot; folded shut or locked open.
        /// </summary>
        private PixelBox Stiletto(double scale)
        {
            var big = Chance(0.45);
            var hl = big ? U(150, 156) : U(127, 133);
            var hw = big ? U(15, 17) : U(13, 15);
            var bl = hl * U(0.78, 0.82);
            var bw = hw * 0.95;
            var open = Chance(0.6);
            var span = open ? hl - 6 + bl : hl;
            var pen = Lay((-span / 2) - 1, (-hw / 2) - 11, (span / 2) + 1, (hw / 2) + 11, scale);
            var knife = new Turned(pen, 0, 0, 0);
            var x0 = -span / 2;
            var bolster = U(18, 24);
            RoundedRect(knife, Brass, 1.6, x0, -hw / 2, hl, hw, hw / 2.2);
            knife.Rect(Organic, 2 * U(2.5, 3.5) * (Chance(0.5) ? 1.3 : 0.75), x0 + bolster, (-hw / 2) + 0.5, hl - (2 * bolster), hw - 1);
            knife.Rect(Brass, 4, x0 + 2, (-hw / 2) + 0.5, bolster - 2, hw - 1);
            knife.Rect(Brass, 4, x0 + hl - bolster, (-hw / 2) + 0.5, bolster, hw - 1);
            knife.Rect(Brass, 6, x0 + hl - 6, (-hw / 2) - 8, 4, hw + 16);
            knife.Rect(Steel, 3, x0 + 6, (-hw / 2) + 1, hl - 14, 3);
            knife.Ellipse(Steel, 4, x0 + (hl * 0.55), (-hw / 2) + 2.5, 2.5, 2.5);
            var xp = x0 + hl - 6;
            knife.Ellipse(Steel, 14, xp, 0, 2, 2);
            knife.Ellipse(Brass, 3, x0 + 6, 0, 1.8, 1.8);
            var blade = new Turned(pen, xp, 0, open ? U(-0.02, 0.02) : Math.PI + U(-0.02, 0.02));
            blade.Poly(Steel, 1.4, (-6, (-bw / 2) + 1), (bl * 0.15, -bw / 2), (bl * 0.65, -bw * 0.38), (bl, -bw * 0.05), (bl * 0.7, bw * 0.3), (bl * 0.15, bw / 2), (-6, (bw / 2) - 1));
            blade.Rect(Steel, 1.6, -6, -bw * 0.35, bl * 0.75, bw * 0.35);
            blade.Rect(Steel, 1.2, -6, -bw / 2, bl * 0.15, bw);
            return pen.Box;
        }

        /// <summary>
        /// A comb knife: what looks like a 190–210 mm pocket comb is a knife. Its 105–115 × 22–25 mm ABS handle
        /// (about 10 mm thick, 1.05 g/cm³, moulded grip ridges) holds the 40 mm tang of an 85–95 × 13–15 mm
        /// blade of 1.2–1.5 mm stainless; the blade slides into the comb's hollow spine (two 1.5 mm walls)
        /// whose 30–40 teeth (1 mm wide, 16–22 mm long, 2 mm thick) make the rest of the "comb"; shut, drawn
        /// out part way, or the knife out and the comb lying beside it.
        /// </summary>
        private PixelBox CombKnife(double scale)
        {
            var hl = U(105, 115);
            var hh = U(22, 25);
            var bl = U(85, 95);
            var bh = U(13, 15);
            var bt = U(1.2, 1.5);
            var sl = bl + 8;
            var spine = bh + 3;
            var teeth = U(16, 22);
            var state = random.Next(3);
            var drawn = state == 1 ? U(25, bl - 10) : 0;
            var knifeLen = state == 2 ? hl + bl : hl + sl + drawn;
            var combBottom = (-hh / 2) + spine + teeth;
            Pen pen;
            double combX;
            double combY;
            if (state == 2)
            {
                combX = U(-15, 15);
                combY = (hh / 2) + 6 + (hh / 2);
                pen = Lay((-knifeLen / 2) - 2, (-hh / 2) - 2, (knifeLen / 2) + 2, combY + combBottom + 2, scale);
            }
            else
            {
                combX = 0;
                combY = 0;
                pen = Lay((-knifeLen / 2) - 2, (-hh / 2) - 2, (knifeLen / 2) + 2, Math.Max(hh / 2, combBottom) + 2, scale);
            }

            var knife = new Turned(pen, 0, 0, 0);
            var x0 = -knifeLen / 2;
            var xh = x0 + hl;
            RoundedRect(knife, Organic, 10 * 1.05 * 0.85, x0, -hh / 2, hl, hh, 5);
            for (var i = 0; i < 6; i++)
            {
                knife.Rect(Organic, 2 * 1.05, x0 + 12 + (i * 8), -hh / 2, 3, hh);
            }

            knife.Rect(Steel, bt, xh - 40, (-hh / 2) + 2.5, 40, bh - 4);
            var blade = new Turned(pen, xh, (-hh / 2) + 1.5 + (bh / 2), 0);
            blade.Poly(Steel, bt * 0.7, (0, -bh / 2), (0.8 * bl, -bh / 2), (bl, -bh * 0.15), (0.75 * bl, bh / 2), (0, bh / 2));
            blade.Rect(Steel, bt * 0.3, 0, -bh / 2, 0.8 * bl, bh * 0.4);
            var cx0 = state == 2 ? combX - (sl / 2) : xh + drawn;
            var comb = new Turned(pen, cx0, combY, 0);
            comb.Rect(Organic, 2 * 1.5 * 1.05, 0, -hh / 2, sl, spine);
            comb.Line(Organic, 8 * 1.05, 1.5, true, (0.75, (-hh / 2) + 0.75), (sl - 0.75, (-hh / 2) + 0.75), (sl - 0.75, (-hh / 2) + spine - 0.75), (0.75, (-hh / 2) + spine - 0.75));
            var n = (int)(sl / 2.6);
            for (var i = 0; i < n; i++)
            {
                comb.Rect(Organic, 2 * 1.05, 2 + (i * (sl - 4) / n), (-hh / 2) + spine, 1, teeth);
            }

            return pen.Box;
        }

        /// <summary>
        /// An improvised blade from a pair of household scissors (200–250 mm) broken at the pivot: one blade,
        /// 95–115 mm from the pivot to its point and 18–22 mm wide there, of 2.5–3 mm stainless at its back
        /// ground to a straight edge; its tang still in the moulded ABS finger loop (8–9 mm thick), or the loop
        /// snapped off and the stub wound into a grip with 10–20 turns of 0.15 mm PVC tape; pushed into a sock
        /// on some.
        /// </summary>
        private PixelBox ScissorShiv(double scale)
        {
            var bl = U(95, 115);
            var bw = U(18, 22);
            var t = U(2.5, 3);
            var loop = Chance(0.5);
            var sock = Chance(0.25);
            var back = loop ? 84.0 : 62.0;
            var half = Math.Max(bw / 2, loop ? 17 : 12);
            var pen = Lay(-back - (sock ? 16 : 2), -half - (sock ? 16 : 2), bl + (sock ? 16 : 2), half + (sock ? 16 : 2), scale);
            var shiv = new Turned(pen, 0, 0, 0);
            pen.Item(() =>
            {
                shiv.Poly(Steel, t * 0.6, (-6, -bw / 2), (-9, (-bw / 2) + 4), (-5, 0), (-9, bw / 3), (-4, bw / 2), (bl * 0.5, bw * 0.12), (bl - 2, (-bw / 2) + 4), (bl, (-bw / 2) + 2), (bl * 0.3, -bw / 2));
                shiv.Poly(Steel, t * 0.4, (-6, -bw * 0.1), (bl * 0.55, -bw * 0.1 - (bw * 0.15)), (bl * 0.55, bw * 0.1), (-4, bw * 0.45));
                shiv.Rect(Steel, t, -40, -5, 34, 10);
                if (loop)
                {
                    shiv.Rect(Organic, 9 * 1.05, -48, -7, 30, 14);
                    shiv.Ring(Organic, 8.5 * 1.05, 7, -62, 0, 19, 13);
                }
                else
                {
                    shiv.Rect(Organic, 8 * 1.05, -45, -7, 9, 14);
                    var tape = random.Next(10, 21) * 2 * 0.15 * 1.4;
                    shiv.Rect(Organic, tape, -60, -(bw / 2) - 1, 55, bw + 2);
                    shiv.Line(Organic, tape * 2, 1.2, false, (-60, -(bw / 2) - 1), (-5, -(bw / 2) - 1));
                    shiv.Line(Organic, tape * 2, 1.2, false, (-60, (bw / 2) + 1), (-5, (bw / 2) + 1));
                }
            });

            if (sock)
            {
                RoundedRect(shiv, Organic, 2 * 1.5 * 0.4, -back - 14, -half - 14, back + bl + 28, (2 * half) + 28, 12);
            }

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// A micro-compact 9 mm striker pistol (SIG P365 or Glock 43X class): 146–160 mm long, 106–112 mm high
        /// with a flush magazine, 12 mm more with an extended one; a stainless slide (two 4–4.5 mm walls, the top,
        /// the solid breech) over a 79–87 mm barrel (13 mm, its chamber hood) and a captive recoil spring on its
        /// guide rod; a glass-filled nylon grip module (two 3 mm walls, about 1.15 g/cm³) round a stainless
        /// fire-control chassis; a micro red-dot sight on some (an aluminium housing, its glass and its CR1632
        /// cell); a double-stack magazine with 0–15 rounds and a polymer floor plate, with a pinky extension on
        /// the extended one.
        /// </summary>
        private PixelBox MicroCompactPistol(double scale)
        {
            var l = U(146, 160);
            var extended = Chance(0.4);
            var h = U(106, 112) + (extended ? 12 : 0);
            var optic = Chance(0.5);
            const double sh = 25;
            var x0 = -l / 2;
            var y0 = -h / 2;
            var rake = Math.Tan(U(16, 19) * Math.PI / 180);
            var gx = x0 + 6;
            var gy = y0 + sh + 8;
            var gb = y0 + h;
            var drop = (gb - gy) * rake;
            var pen = Lay(Math.Min(x0, gx - 2 - drop) - 2, y0 - (optic ? 22 : 6), (l / 2) + 2, (h / 2) + 9, scale);
            var gun = new Turned(pen, 0, 0, 0);
            var wall = U(4, 4.5);
            gun.Rect(Steel, 2 * wall, x0, y0, l, sh);
            gun.Rect(Steel, 12, x0, y0, l, 3);
            gun.Rect(Steel, 14, x0 + 2, y0 + 3, 22, sh - 7);
            gun.Tube(Steel, x0 + 20, y0 + 5, l - 22, 13, 2);
            gun.Rect(Steel, 4, x0 + 20, y0 + 3, 25, 17);
            gun.Cylinder(Steel, x0 + 42, y0 + sh - 7, l - 46, 6, 0.55);
            gun.Rect(Steel, 5, x0 + l - 10, y0 - 4, 6, 4);
            gun.Rect(Steel, 8, x0 + 4, y0 - 5, 10, 5);
            if (optic)
            {
                var ox = x0 + 22;
                RoundedRect(gun, Aluminium, 2 * 3, ox, y0 - 20, 44, 20, 4);
                gun.Rect(Aluminium, 12, ox, y0 - 5, 44, 5);
                gun.Rect(Glass, 4, ox + 30, y0 - 18, 3, 15);
                gun.Rect(Steel, 1.5, ox + 10, y0 - 5, 16, 3.2);
                gun.Rect(Mixed, 10, ox + 10, y0 - 5, 16, 3.2);
                gun.Ellipse(Steel, 20, ox + 6, y0 - 2, 1.5, 1.5);
                gun.Ellipse(Steel, 20, ox + 38, y0 - 2, 1.5, 1.5);
            }

            gun.Rect(Organic, 2 * 3 * 1.15, x0 + 10, y0 + sh, l - 22, 10);
            gun.Rect(Steel, 2 * 1.2, x0 + 8, y0 + sh - 1, l * 0.55, 9);
            gun.Rect(Steel, 6, x0 + 40, y0 + sh + 2, 8, 5);
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10)
                .Select(t => (x0 + 64 + (20 * Math.Cos(t)), gy + (15 * Math.Sin(t)))).ToArray();
            gun.Line(Organic, 10 * 1.15, 5, false, guard);
            gun.Poly(Organic, 8 * 1.15, (x0 + 58, gy), (x0 + 64, gy), (x0 + 60, gy + 13), (x0 + 55, gy + 12));
            gun.Rect(Steel, 1.5, x0 + 30, gy - 4, 30, 3);
            var outline = new (double X, double Y)[] { (gx, gy - 6), (gx + 34, gy - 6), (gx + 34 - drop, gb), (gx - 2 - drop, gb) };
            gun.Poly(Organic, 2 * 3 * 1.15, outline);
            gun.Line(Organic, 12 * 1.15, 2, false, outline[0], outline[3]);
            var ml = gb - gy + (extended ? 0 : 2);
            var (mx, my) = (gx + 17 - (drop / 2), (gy + gb) / 2);
            var a = (Math.PI / 2) + Math.Atan(rake);
            NineMagazine(pen, mx, my, a, ml, random.Next(0, extended ? 16 : 11));
            var plate = new Turned(pen, gx + 15 - drop, gb - 2, Math.Atan(rake));
            plate.Rect(Organic, 24 * 1.15, -20, -4, 38, extended ? 6 : 4);
            return pen.Box;
        }

        /// <summary>
        /// A double-action .357 Magnum revolver with a swing-out cylinder (a medium-frame service revolver in
        /// stainless steel): a 2.5, 4 or 6 inch barrel (18 mm across, a rib on top and a full-length underlug
        /// shrouding the ejector rod), a solid frame with its top strap, the 38 × 40 mm six-shot cylinder on its
        /// crane, the hammer, a round-butt grip frame in a wrap-round rubber grip (about 32 mm across over a
        /// 10 mm steel stud); 0–6 rounds of .357; shut, or the cylinder swung out on its crane (below the frame
        /// as the gun lies) with its ejector rod forward of it.
        /// </summary>
        private PixelBox SwingOutRevolver(double scale)
        {
            var bl = random.Next(3) switch
            {
                0 => U(63, 65),
                1 => U(101, 103),
                _ => U(151, 153),
            };
            const double cd = 38;
            const double cl = 40;
            const double rc = 13;
            var open = Chance(0.45);
            var swing = open ? U(22, 28) : 0;
            var length = bl + cl + 3 + 74;
            const double axis = -35;
            var pen = Lay((-length / 2) - 2, axis - 36, (length / 2) + 2, axis + 118, scale);
            var gun = new Turned(pen, 0, 0, 0);
            var xm = length / 2;
            var xb = xm - bl;
            var xcF = xb - 3;
            var xc0 = xcF - cl;
            const double cc = axis + rc;
            var co = cc + swing;
            gun.Tube(Steel, xb - 6, axis - 9, bl + 6, 18, 4.5);
            gun.Rect(Steel, 8, xb, axis - 13, bl, 4);
            gun.Rect(Steel, 10, xb, axis + 8, bl, 11);
            gun.Poly(Steel, 5, (xm - 14, axis - 13), (xm - 2, axis - 13), (xm - 2, axis - 19), (xm - 9, axis - 19));
            gun.Rect(Steel, 14, xc0 - 13, axis - 14, cl + 22, 8);
            gun.Rect(Steel, 14, xc0 - 13, cc + (cd / 2) - 1, cl + 24, 11);
            gun.Rect(Steel, 24, xb - 8, axis - 12, 8, cc + (cd / 2) - axis + 12);
            gun.Rect(Steel, 30, xc0 - 13, axis - 8, 13, cd);
            gun.Poly(Steel, 8, (xc0 - 13, axis - 14), (xc0 - 6, axis - 14), (xc0 - 22, axis - 32), (xc0 - 30, axis - 28), (xc0 - 22, axis - 6));
            gun.Cylinder(Steel, xc0, co - (cd / 2), cl, cd, 0.5);
            if (open)
            {
                gun.Poly(Steel, 8, (xb - 8, cc + 2), (xb - 1, cc + 2), (xcF + 1, co + 6), (xcF - 6, co + 6));
                gun.Rect(Steel, 5, xcF, co - 2.5, Math.Min(bl - 12, 42), 5);
            }
            else
            {
                gun.Rect(Steel, 8, xcF - 4, cc + 2, 8, (cd / 2) - 4);
                gun.Rect(Steel, 5, xcF, cc - 2.5, bl - 10, 5);
            }

            var gy = cc + (cd / 2) + 9;
            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(t => (xc0 + 16 + (18 * Math.Cos(t)), gy + (14 * Math.Sin(t)))).ToArray();
            gun.Line(Steel, 6, 4, false, guard);
            gun.Poly(Steel, 7, (xc0 + 10, gy), (xc0 + 17, gy), (xc0 + 12, gy + 13), (xc0 + 6, gy + 12));
            var grip = new (double X, double Y)[] { (xc0 - 2, cc + (cd / 2) + 4), (xc0 - 30, axis + 110), (xc0 - 70, axis + 108), (xc0 - 36, axis + 4), (xc0 - 16, axis - 6) };
            gun.Poly(Organic, 2 * 11 * 1.15, grip);
            var stud = new (double X, double Y)[] { (xc0 - 8, cc + (cd / 2) + 2), (xc0 - 30, axis + 96), (xc0 - 58, axis + 96), (xc0 - 34, axis + 8), (xc0 - 18, axis) };
            gun.Poly(Steel, 6, stud);
            gun.Line(Steel, 6, 4, true, stud);
            var loaded = random.Next(0, 7);
            var phase = U(0, Math.PI / 3);
            for (var i = 0; i < loaded; i++)
            {
                var y = co + (rc * Math.Sin(phase + (i * Math.PI / 3)));
                BrassRound(new Turned(pen, xc0 - 1.2 + ((32.8 + 6.9) / 2), y, 0), 32.8, 9.6, 11.2, 6.9, 9.1, jacketed: Chance(0.6));
            }

            return pen.Box;
        }

        /// <summary>
        /// A toggle-lock pistol (Luger P08, a souvenir or a collector's piece), all steel: a 98 or 150 mm tapered
        /// barrel (20 mm at the chamber, 13 at the muzzle) in its receiver (two 4–5 mm walls) with the
        /// breechblock, the toggle's two links and knurled knobs on top (shut flat, or standing up as the gun is
        /// held open on an empty magazine), the frame with its trigger guard and side plate, the grip raked back
        /// 35° under walnut panels (two 5 mm, about 0.65 g/cm³), a single-stack steel magazine with a wooden or
        /// aluminium base and 0–8 rounds of 9 × 19; about 220 mm long with the short barrel, 135 mm high.
        /// </summary>
        private PixelBox ToggleLockPistol(double scale)
        {
            var bl = Chance(0.8) ? U(97, 100) : U(148, 152);
            var open = Chance(0.2);
            const double axis = -40;
            var xm = (bl + 145) / 2;
            var xb = xm - bl;
            var xr0 = xb - 85;
            var pen = Lay(xr0 - 60, axis - (open ? 54 : 24), xm + 2, axis + 118, scale);
            var gun = new Turned(pen, 0, 0, 0);
            gun.Poly(Steel, 7, (xb, axis - 10), (xm, axis - 6.5), (xm, axis + 6.5), (xb, axis + 10));
            gun.Line(Steel, 6, 2, false, (xb, axis - 9), (xm, axis - 5.5));
            gun.Line(Steel, 6, 2, false, (xb, axis + 9), (xm, axis + 5.5));
            gun.Rect(Steel, 12, xb - 8, axis - 11, 24, 22);
            gun.Poly(Steel, 5, (xm - 12, axis - 6.5), (xm - 3, axis - 6.5), (xm - 5, axis - 12), (xm - 9, axis - 12));
            gun.Rect(Steel, 10, xr0, axis - 13, 85, 26);
            var block = open ? xr0 + 13 : xr0 + 43;
            gun.Rect(Steel, 12, block, axis - 9, 34, 18);
            if (open)
            {
                var (kx, ky) = (xr0 + 20, axis - 42);
                gun.Line(Steel, 10, 8, false, (xr0 + 13, axis - 12), (kx, ky));
                gun.Line(Steel, 10, 8, false, (kx, ky), (xr0 - 6, axis - 12));
                gun.Ellipse(Steel, 14, kx, ky, 8, 8);
            }
            else
            {
                gun.Rect(Steel, 10, xr0 - 8, axis - 18, 56, 8);
                gun.Ellipse(Steel, 14, xr0 + 4, axis - 14, 8, 8);
            }

            gun.Poly(Steel, 14, (xr0 - 12, axis - 16), (xr0, axis - 16), (xr0, axis + 12), (xr0 - 34, axis + 12), (xr0 - 34, axis - 4));
            gun.Rect(Steel, 12, xr0 - 34, axis + 11, xb - xr0 + 48, 11);
            gun.Rect(Steel, 3, xr0 + 45, axis + 13, 30, 10);
            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(t => (xb - 20 + (19 * Math.Cos(t)), axis + 22 + (15 * Math.Sin(t)))).ToArray();
            gun.Line(Steel, 6, 4.5, false, guard);
            gun.Poly(Steel, 8, (xb - 26, axis + 22), (xb - 18, axis + 22), (xb - 22, axis + 34), (xb - 28, axis + 33));
            var (s, c) = (Math.Sin(35 * Math.PI / 180), Math.Cos(35 * Math.PI / 180));
            var gl = U(92, 98);
            var (ftx, fty) = (xr0 + 40, axis + 20);
            var (btx, bty) = (xr0 + 2, axis + 14);
            var grip = new (double X, double Y)[] { (ftx, fty), (ftx - (gl * s), fty + (gl * c)), (btx - (gl * s), bty + (gl * c)), (btx, bty) };
            gun.Poly(Organic, 2 * 5 * 0.65, grip);
            gun.Poly(Steel, 4, grip);
            gun.Line(Steel, 8, 5, false, grip[3], grip[2]);
            gun.Ring(Steel, 3, 2, btx - (gl * s) + 4, bty + (gl * c) - 4, 4, 4);
            var ma = Math.Atan2(c, -s);
            var ml = gl - 4;
            var (mx, my) = (((ftx + btx) / 2) - (ml / 2 * s) - (4 * s), ((fty + bty) / 2) + (ml / 2 * c) + (4 * c));
            var mag = new Turned(pen, mx, my, ma);
            mag.Rect(Steel, 1.6, -ml / 2, -15, ml, 30);
            if (Chance(0.5))
            {
                mag.Rect(Organic, 22 * 0.65, (ml / 2) - 4, -16, 12, 32);
            }
            else
            {
                mag.Rect(Aluminium, 18, (ml / 2) - 4, -16, 12, 32);
            }

            // Held open, the magazine is empty: its follower holds the toggle up.
            var rounds = open ? 0 : random.Next(0, 9);
            for (var i = 0; i < rounds; i++)
            {
                var (rx, ry) = Moved(mx, my, ma, (-ml / 2) + 7 + (i * 10), 0);
                BrassRound(new Turned(pen, rx, ry, ma - (Math.PI / 2)), 19.15, 9.9, 9.9, 10.5, 9.0, jacketed: true);
            }

            return pen.Box;
        }

        /// <summary>
        /// A pistol taken apart and hidden in a washbag: a 240–280 × 150–170 mm bag of coated polyester (two
        /// 1.2 mm layers, about 1.2 g/cm³) with a steel zip and, on some, a wire hanging hook; among a tube of
        /// toothpaste, an aluminium deodorant aerosol and a razor, each wrapped in a sock on some: the steel
        /// slide of a full-size polymer pistol (180 × 28 mm), its barrel (114 mm), its recoil spring on the
        /// guide rod, the polymer frame with its steel rails, locking block and trigger bar, and on most the
        /// steel magazine, loaded or not.
        /// </summary>
        private PixelBox PistolPartsInWashbag(double scale)
        {
            var l = U(240, 280);
            var w = U(150, 170);
            var hook = Chance(0.4);
            var pen = Lay((-l / 2) - 4, (-w / 2) - (hook ? 40 : 22), (l / 2) + 4, (w / 2) + 4, scale);
            var bag = new Turned(pen, 0, 0, 0);
            RoundedRect(bag, Organic, 2 * 1.2 * 1.2, -l / 2, -w / 2, l, w, 16);
            bag.Line(Organic, 4 * 1.2, 3, true, RoundedOutline((-l / 2) + 1.5, (-w / 2) + 1.5, l - 3, w - 3, 15));
            SteelZip(bag, U(-l / 3, l / 3), (-w / 2) - 14, ((-l / 2) + 12, (-w / 2) + 2), ((l / 2) - 12, (-w / 2) + 2));
            if (hook)
            {
                bag.Line(Steel, 2.4, 3, false, (0, -w / 2), (0, (-w / 2) - 22), (10, (-w / 2) - 34), (22, (-w / 2) - 26));
            }

            (double X, double Y) Spot(double halfX, double halfY) =>
                (U((-l / 2) + halfX + 6, (l / 2) - halfX - 6), U((-w / 2) + halfY + 6, (w / 2) - halfY - 6));
            double Lie() => U(-0.08, 0.08) + (Chance(0.5) ? 0 : Math.PI);

            // Toiletries: toothpaste (PE tube, paste about 1.4 g/cm³), a 150 ml aluminium aerosol, a razor.
            var (px, py) = Spot(85, 25);
            var paste = new Turned(pen, px, py, Lie());
            paste.Poly(Organic, 22 * 1.4 * 0.6, (-80, -20), (55, -22), (75, -8), (75, 8), (55, 22), (-80, 20));
            paste.Rect(Organic, 2 * 1.4, -85, -24, 6, 48);
            paste.Cylinder(Organic, 75, -10, 14, 20, 0.9);
            var (ax, ay) = Spot(96, 25);
            var can = new Turned(pen, ax, ay, Lie());
            can.Tube(Aluminium, -70, -22.5, 140, 45, 0.45);
            LyingFill(can, Organic, -68, 120, 44, U(0.2, 0.7), 0.9);
            can.Rect(Steel, 6, 70, -12, 5, 24);
            can.Cylinder(Organic, 74, -18, 22, 36, 0.3);
            if (Chance(0.6))
            {
                var (rx, ry) = Spot(70, 20);
                var razor = new Turned(pen, rx, ry, Lie());
                razor.Rect(Organic, 10 * 1.1, -65, -6, 110, 12);
                razor.Rect(Organic, 10 * 1.1, 45, -20, 14, 40);
                razor.Rect(Steel, 0.3, 48, -18, 8, 36);
            }

            // The pistol's parts.
            var (sx, sy) = Spot(92, 20);
            var slide = new Turned(pen, sx, sy, Lie());
            pen.Item(() =>
            {
                slide.Rect(Steel, 10, -90, -14, 180, 28);
                slide.Rect(Steel, 12, -90, -14, 180, 3);
                slide.Rect(Steel, 16, -88, -11, 24, 20);
                slide.Rect(Steel, 5, 80, -18, 6, 4);
                slide.Rect(Steel, 8, -84, -19, 10, 5);
                var (bx, by) = Spot(60, 12);
                var barrel = new Turned(pen, bx, by, Lie());
                barrel.Tube(Steel, -57, -7, 114, 14, 2.5);
                barrel.Rect(Steel, 8, -57, -10, 28, 20);
                barrel.Rect(Steel, 10, -40, 8, 12, 6);
                var (kx, ky) = Spot(48, 8);
                var spring = new Turned(pen, kx, ky, Lie());
                spring.Cylinder(Steel, -44, -5, 88, 10, 0.45);
                spring.Rect(Steel, 6, -47, -7, 3, 14);
                var (fx, fy) = Spot(95, 66);
                var frame = new Turned(pen, fx, fy, U(-0.06, 0.06) + (Chance(0.5) ? 0 : Math.PI));
                var outline = new (double X, double Y)[]
                {
                    (-90, -60), (88, -60), (88, -46), (-20, -44), (-24, -20), (-44, -20), (-50, -36), (-58, -36), (-74, 60), (-92, 62), (-96, 56), (-84, -40), (-90, -46),
                };
                frame.Poly(Organic, 2 * 3.5 * 1.15, outline);
                frame.Line(Organic, 10 * 1.15, 4, false, (-20, -44), (-22, -30), (-30, -22), (-44, -22));
                foreach (var (x, y) in new[] { (-84.0, -62.0), (-60.0, -62.0), (40.0, -62.0), (62.0, -62.0) })
                {
                    frame.Rect(Steel, 3, x, y, 14, 4);
                }

                frame.Rect(Steel, 8, 0, -58, 16, 10);
                frame.Rect(Steel, 2, -60, -52, 48, 3);
                frame.Rect(Steel, 3, -88, -52, 20, 14);
                if (Chance(0.7))
                {
                    var (mx, my) = Spot(58, 18);
                    NineMagazine(pen, mx, my, Lie(), U(108, 114), random.Next(0, 16));
                }
            });

            if (Chance(0.4))
            {
                // The slide pushed into a sock.
                RoundedRect(slide, Organic, 2 * 3 * 0.35, -98, -24, 196, 48, 12);
            }

            return pen.Box;
        }

        /// <summary>
        /// A revolver hidden in a tin of biscuits: a round tin of Danish butter biscuits (200–230 mm across,
        /// 80–100 mm deep) or a rectangular shortbread tin (190–210 × 130–150 × 60–75 mm) lying flat, one or two
        /// layers of biscuits left over and round a five-shot small-frame .38 revolver (steel or alloy frame) in
        /// a freezer bag on the tin's floor, loaded or not, 0–6 loose rounds in the bag beside it on some.
        /// </summary>
        private PixelBox RevolverInBiscuitTin(double scale)
        {
            var round = Chance(0.6);
            var (a, b) = round ? (U(200, 230), 0.0) : (U(190, 210), U(130, 150));
            var depth = round ? U(80, 100) : U(60, 75);
            var pen = Lay((a / 2) + 2, ((round ? a : b) / 2) + 2, scale);
            BiscuitTinBody(pen, 0, 0, 0, round, a, b, depth, U(0.4, 1));
            var angle = round ? U(0, 2 * Math.PI) : U(-0.1, 0.1) + (Chance(0.5) ? 0 : Math.PI);
            var (gx, gy) = round ? (U(-5, 5), U(-5, 5)) : (U(-10, 10), U(-3, 3));
            var (cx, cy) = Moved(gx, gy, angle, -5.5, -10);
            pen.Item(() => SmallRevolver(pen, cx, cy, angle, Chance(0.4), random.Next(0, 6)));
            var bagPart = new Turned(pen, gx, gy, angle);
            bagPart.Line(Organic, 1.5, 1.5, false, (-80, -52), (80, -52));
            if (Chance(0.35))
            {
                pen.Item(() =>
                {
                    for (var i = random.Next(0, 7); i > 0; i--)
                    {
                        var (rx, ry) = Moved(gx, gy, angle, U(20, 60), U(10, 40));
                        BrassRound(new Turned(pen, rx, ry, U(0, 2 * Math.PI)), 29.3, 9.6, 11.2, 10, 9.1, jacketed: false);
                    }
                });
            }

            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>
        /// A budget Android smartphone (the most common handset there is): 164–169 × 75–78 × 8.5–9.2 mm; a
        /// 0.7 mm glass front over an LCD in its 0.2 mm steel frame, a plastic midframe with a thin aluminium
        /// plate, a polycarbonate back (1 mm) and sides; a 5000 mAh pouch cell (about 100 × 64 × 4.6 mm); the
        /// board with its shields in the top quarter, two or three cameras, a round fingerprint reader on the
        /// back on some; the bottom board with the USB-C socket, the speaker box and the coin vibration motor;
        /// the SIM tray; bare or in a 1.2 mm clear TPU case (about 1.2 g/cm³).
        /// </summary>
        private PixelBox BudgetSmartphone(double scale)
        {
            var l = U(164, 169);
            var w = U(75, 78);
            var cased = Chance(0.45);
            var pen = Lay((l / 2) + 2, (w / 2) + 2, scale);
            var phone = new Turned(pen, 0, 0, 0);
            const double r = 9;
            RoundedRect(phone, Glass, 0.7, -l / 2, -w / 2, l, w, r);
            RoundedRect(phone, Organic, 1.2, -l / 2, -w / 2, l, w, r);
            phone.Line(Organic, 8.5 * 1.2, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, r - 1));
            phone.Rect(Steel, 0.2, (-l / 2) + 4, (-w / 2) + 3, l - 8, w - 6);
            phone.Rect(Aluminium, 0.4, (-l / 2) + 6, (-w / 2) + 5, l - 12, w - 10);
            var (cl, cw) = (U(96, 104), U(62, 66));
            var bx = (-l / 2) + 22;
            phone.Rect(Steel, 0.8, bx, -cw / 2, cl, cw);
            phone.Rect(Mixed, 4, bx, -cw / 2, cl, cw);
            var top = bx + cl + 3;
            phone.Rect(Mixed, 1.6, top, (-w / 2) + 4, (l / 2) - top - 3, w - 8);
            for (var i = random.Next(3, 7); i > 0; i--)
            {
                phone.Rect(Steel, 0.5, U(top, (l / 2) - 14), U((-w / 2) + 5, (w / 2) - 14), U(6, 11), U(5, 9));
            }

            for (var i = random.Next(2, 4) - 1; i >= 0; i--)
            {
                phone.Ring(Steel, 2, 1.4, (l / 2) - 12 - (i * 12), (-w / 2) + 13, 4.5, 4.5);
            }

            if (Chance(0.5))
            {
                phone.Ring(Steel, 1.5, 1.2, (l / 2) - 45, 0, 5.5, 5.5);
                phone.Ellipse(Mixed, 1, (l / 2) - 45, 0, 4.5, 4.5);
            }

            phone.Rect(Mixed, 1.2, (-l / 2) + 4, (-w / 2) + 4, 15, w - 8);
            phone.Rect(Steel, 2.5, (-l / 2) + 0.5, -4.5, 4, 9);
            phone.Rect(Steel, 2.5, (-l / 2) + 4, (w / 2) - 22, 14, 16);
            phone.Ellipse(Steel, 2, (-l / 2) + 12, (-w / 2) + 12, 5, 5);
            phone.Rect(Steel, 0.6, (l / 2) - 60, (-w / 2) + 0.3, 18, 4);
            if (cased)
            {
                RoundedRect(phone, Organic, 1.2 * 1.2, (-l / 2) - 1.5, (-w / 2) - 1.5, l + 3, w + 3, r + 1.5);
                phone.Line(Organic, 10 * 1.2, 1.5, true, RoundedOutline((-l / 2) - 0.75, (-w / 2) - 0.75, l + 1.5, w + 1.5, r + 0.75));
            }

            return pen.Box;
        }

        /// <summary>
        /// An 8-inch cellular tablet that makes calls over its SIM (so to the gate a mobile phone): 200–212 ×
        /// 122–135 × 7.5–8.5 mm; a 0.7 mm glass front over the display's 0.2 mm steel plate, an aluminium unibody
        /// back (0.9 mm) or a plastic back on an aluminium frame, two pouch cells side by side (about 5100 mAh
        /// together), the long board down one side with its shields, a speaker at each end, the cameras, the
        /// USB-C socket, the SIM tray, a row of small magnets along one edge for a cover; in a folio case on some
        /// (two 1 mm PU layers, card stiffeners, the flap's own magnets).
        /// </summary>
        private PixelBox CellularTablet(double scale)
        {
            var l = U(200, 212);
            var w = U(122, 135);
            var folio = Chance(0.45);
            var pen = Lay((l / 2) + 5, (w / 2) + 4, scale);
            var tab = new Turned(pen, 0, 0, 0);
            const double r = 10;
            RoundedRect(tab, Glass, 0.7, -l / 2, -w / 2, l, w, r);
            tab.Rect(Steel, 0.2, (-l / 2) + 6, (-w / 2) + 5, l - 12, w - 10);
            if (Chance(0.6))
            {
                RoundedRect(tab, Aluminium, 0.9, -l / 2, -w / 2, l, w, r);
                tab.Line(Aluminium, 7 * 0.9 / 1.5 * 2, 1.5, true, RoundedOutline((-l / 2) + 0.75, (-w / 2) + 0.75, l - 1.5, w - 1.5, r));
            }
            else
            {
                RoundedRect(tab, Organic, 1.2 * 1.2, -l / 2, -w / 2, l, w, r);
                tab.Line(Aluminium, 6, 1.5, true, RoundedOutline((-l / 2) + 0.75, (-w / 2) + 0.75, l - 1.5, w - 1.5, r));
            }

            var (cl, cw) = (l * U(0.5, 0.56), (w - 40) / 2);
            foreach (var y in new[] { (-w / 2) + 8, (-w / 2) + 10 + cw })
            {
                tab.Rect(Steel, 0.6, -cl / 2, y, cl, cw);
                tab.Rect(Mixed, 3.2, -cl / 2, y, cl, cw);
            }

            var by = (w / 2) - 24;
            tab.Rect(Mixed, 1.6, (-l / 2) + 20, by, l - 40, 18);
            for (var i = random.Next(4, 8); i > 0; i--)
            {
                tab.Rect(Steel, 0.5, U((-l / 2) + 22, (l / 2) - 34), by + 1, U(8, 14), U(8, 14));
            }

            foreach (var x in new[] { (-l / 2) + 4, (l / 2) - 14 })
            {
                tab.Rect(Steel, 2.5, x, -12, 10, 24);
            }

            tab.Ring(Steel, 2, 1.4, (l / 2) - 12, (w / 2) - 12, 4.5, 4.5);
            tab.Rect(Steel, 2.5, (-l / 2) + 0.5, -4.5, 4, 9);
            tab.Rect(Steel, 0.6, U(-l / 4, l / 4), (-w / 2) + 0.3, 22, 4);
            for (var i = 0; i < 10; i++)
            {
                tab.Rect(Steel, 1.3, (-l / 2) + 30 + (i * (l - 60) / 9), (-w / 2) + 1, 6, 3);
            }

            if (folio)
            {
                RoundedRect(tab, Organic, 2 * 2 * 1.2, (-l / 2) - 4, (-w / 2) - 3, l + 8, w + 6, r + 2);
                tab.Rect(Organic, 2 * 1.5 * 0.7, (-l / 2) - 2, (-w / 2) - 1, l + 4, w + 2);
                tab.Line(Organic, 6, 1.5, true, RoundedOutline((-l / 2) - 3.25, (-w / 2) - 2.25, l + 6.5, w + 4.5, r + 1));
                for (var i = 0; i < 6; i++)
                {
                    tab.Rect(Steel, 1.3, (-l / 2) + 40 + (i * (l - 80) / 5), (w / 2) - 5, 6, 3);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// A big-button phone for older people (Doro class): 118–128 × 53–57 × 14–16 mm, an ABS shell (2 mm
        /// walls, about 1.05 g/cm³), a 2.4-inch display on glass in its steel frame, a silicone keymat with
        /// twelve large steel dome switches and four more for the call and menu keys, a loud speaker for
        /// hearing-aid users, an SOS button on the back, a removable 1000 mAh pack (BL-5C size), two charging
        /// contacts at the foot; beside it on some, its desk cradle (an ABS shell with a steel ballast plate and
        /// two sprung brass pins).
        /// </summary>
        private PixelBox BigButtonPhone(double scale)
        {
            var l = U(118, 128);
            var w = U(53, 57);
            var depth = U(14, 16);
            var cradle = Chance(0.4);
            var pen = cradle ? Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 86, scale) : Lay((l / 2) + 2, (w / 2) + 2, scale);
            pen.Item(() =>
            {
                var phone = new Turned(pen, 0, 0, 0);
                RoundedRect(phone, Organic, 2 * 2 * 1.05, -l / 2, -w / 2, l, w, 10);
                phone.Line(Organic, depth * 1.05, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, 9));
                CasedPack(new Turned(pen, (-l / 2) + 10 + 26.5, 0, 0), 53, 34);
                phone.Rect(Mixed, 1.6, (-l / 2) + 4, (-w / 2) + 4, l - 8, w - 8);
                for (var i = random.Next(3, 6); i > 0; i--)
                {
                    phone.Rect(Steel, 0.5, U(0, (l / 2) - 22), U((-w / 2) + 5, (w / 2) - 14), U(5, 10), U(5, 9));
                }

                phone.Rect(Organic, 2.5 * 1.2, (-l / 2) + 6, (-w / 2) + 5, 62, w - 10);
                for (var row = 0; row < 4; row++)
                {
                    for (var col = 0; col < 3; col++)
                    {
                        phone.Ellipse(Steel, 0.15, (-l / 2) + 12 + (row * 14), (-w * 0.3) + (col * w * 0.3), 3.5, 3.5);
                    }
                }

                foreach (var (dx, dy) in new[] { (70.0, -0.32), (70.0, 0.32), (76.0, -0.12), (76.0, 0.12) })
                {
                    phone.Ellipse(Steel, 0.15, (-l / 2) + dx, dy * w, 2.5, 2.5);
                }

                phone.Rect(Glass, 1.1, (l / 2) - 46, (-w / 2) + 6, 38, w - 12);
                phone.Line(Steel, 0.6, 1.5, true, ((l / 2) - 46, (-w / 2) + 6), ((l / 2) - 8, (-w / 2) + 6), ((l / 2) - 8, (w / 2) - 6), ((l / 2) - 46, (w / 2) - 6));
                phone.Ellipse(Steel, 3, (l / 2) - 5, 0, 6, 6);
                phone.Rect(Organic, 4, (-l / 2) + 30, (w / 2) - 14, 12, 10);
                phone.Ellipse(Steel, 0.2, (-l / 2) + 36, (w / 2) - 9, 2.5, 2.5);
                phone.Rect(Brass, 0.8, (-l / 2) + 1, -12, 3, 5);
                phone.Rect(Brass, 0.8, (-l / 2) + 1, 7, 3, 5);
                phone.Rect(Steel, 2, (-l / 2) + 0.5, -4, 3, 8);
            });

            if (cradle)
            {
                var c = new Turned(pen, U(-15, 15), (w / 2) + 45, U(-0.1, 0.1));
                RoundedRect(c, Organic, 2 * 2 * 1.05, -40, -35, 80, 70, 10);
                c.Line(Organic, 30 * 1.05, 2, true, RoundedOutline(-39, -34, 78, 68, 9));
                c.Rect(Steel, U(2, 4), -25, -20, 50, 40);
                c.Rect(Mixed, 1.6, -20, 8, 40, 16);
                c.Rect(Brass, 2, -10, -30, 3, 5);
                c.Rect(Brass, 2, 7, -30, 3, 5);
                c.Rect(Steel, 3, 30, -5, 8, 10);
            }

            return pen.Box;
        }

        /// <summary>
        /// A phone hidden in a hard glasses case: a 155–165 × 58–64 × 35–40 mm clamshell of 0.3 mm tinplate
        /// (or 0.6 mm aluminium) covered in PU leatherette (0.8 mm a side) and flocked inside, the flat steel
        /// spring and rivets of its hinge; inside, wrapped in the microfibre cloth, a thumb-sized phone or a
        /// small candy-bar phone with its battery in.
        /// </summary>
        private PixelBox PhoneInGlassesCase(double scale)
        {
            var l = U(155, 165);
            var w = U(58, 64);
            var depth = U(35, 40);
            var pen = Lay((l / 2) + 2, (w / 2) + 2, scale);
            var c = new Turned(pen, 0, 0, 0);
            var outline = RoundedOutline(-l / 2, -w / 2, l, w, w * 0.45);
            if (Chance(0.3))
            {
                c.Poly(Aluminium, 2 * 0.6, outline);
                c.Line(Aluminium, 0.6 * depth * 0.6 / 1.5, 1.5, true, outline);
            }
            else
            {
                c.Poly(Steel, 2 * 0.3, outline);
                c.Line(Steel, 0.3 * depth * 0.6 / 1.5, 1.5, true, outline);
                c.Poly(Organic, 2 * 0.8 * 1.2, outline);
            }

            c.Rect(Steel, 0.4, -55, (-w / 2) + 2, 110, 8);
            c.Ellipse(Steel, 3, -50, (-w / 2) + 5, 1.5, 1.5);
            c.Ellipse(Steel, 3, 50, (-w / 2) + 5, 1.5, 1.5);
            c.Rect(Organic, 2 * 0.5, (-l / 2) + 10, (-w / 2) + 4, l - 20, w - 8);
            c.Rect(Organic, 4 * 0.4 * 0.35, -40, (-w / 2) + 6, 80, w - 12);
            var flip = Chance(0.5) ? 0 : Math.PI;
            pen.Item(() =>
            {
                if (Chance(0.6))
                {
                    var (pl, pw) = (U(46, 72), U(20, 27));
                    ThumbPhone(new Turned(pen, U((-l / 2) + 10 + (pl / 2), (l / 2) - 10 - (pl / 2)), U(-4, 4), U(-0.1, 0.1) + flip), pl, pw, battery: Chance(0.9));
                }
                else
                {
                    CandyBarPhone(new Turned(pen, U(-10, 10), U(-1, 1), U(-0.02, 0.02) + flip), U(100, 112), U(46, Math.Min(50, w - 10)));
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// A phone hidden in a padded underwired bra, folded with one cup pushed into the other: two moulded
        /// cups (130–150 × 105–125 mm, 8–12 mm of PU foam at 0.05–0.1 g/cm³ under fabric), a steel underwire
        /// (2.4 × 1.2 mm flat wire) in its casing under each, the elastic band and straps tucked in, two or
        /// three steel hook-and-eye pairs, the straps' sliders and rings (steel wire or zinc alloy); slid into
        /// one cup's padding, a thumb-sized phone or a small candy-bar phone.
        /// </summary>
        private PixelBox PhoneInBra(double scale)
        {
            var cw = U(130, 150);
            var ch = U(105, 125);
            var pen = Lay((-cw / 2) - 10, (-ch / 2) - 34, (cw / 2) + 10, (ch / 2) + 10, scale);
            for (var i = 0; i < 2; i++)
            {
                var cup = new Turned(pen, i * U(2, 6), i * U(2, 6), U(-0.05, 0.05));
                cup.Ellipse(Organic, (U(8, 12) * U(0.05, 0.1)) + (4 * 0.3 * 1.2), 0, 0, cw / 2, ch / 2);
                var arc = Enumerable.Range(0, 13).Select(k => (10 + (160.0 * k / 12)) * Math.PI / 180)
                    .Select(a => (cw * 0.47 * Math.Cos(a), ch * 0.47 * Math.Sin(a))).ToArray();
                cup.Line(Organic, 2 * 1.2, 5, false, arc);
                cup.Line(Steel, 1.2, 2.4, false, arc);
            }

            var bra = new Turned(pen, 0, 0, 0);
            bra.Line(Organic, 2 * 1.5 * 1.2, 25, false, (-cw * 0.4, ch * 0.15), (-cw * 0.1, ch * 0.3), (cw * 0.3, ch * 0.2));
            for (var i = random.Next(2, 4); i > 0; i--)
            {
                var y = (ch * 0.3) - 10 + (i * 6);
                bra.Rect(Steel, 0.8, -cw * 0.12, y, 6, 3);
                bra.Line(Steel, 0.8, 1, false, (cw * 0.0, y), (cw * 0.05, y + 2), (cw * 0.0, y + 3));
            }

            foreach (var sx in new[] { -cw * 0.28, cw * 0.22 })
            {
                bra.Line(Organic, 2 * 1.5 * 1.2, 12, false, (sx, -ch * 0.35), (sx + 8, (-ch / 2) - 12), (sx + 20, (-ch / 2) - 22));
                var metal = Chance(0.5) ? Steel : ZincAlloy;
                bra.Ring(metal, 1.2, 1.5, sx + 4, -ch * 0.42, 6, 6);
                bra.Rect(metal, 1.2, sx + 12, (-ch / 2) - 14, 14, 5);
            }

            var flip = U(0, 2 * Math.PI);
            pen.Item(() =>
            {
                if (Chance(0.65))
                {
                    ThumbPhone(new Turned(pen, U(-cw * 0.15, cw * 0.15), U(-ch * 0.1, ch * 0.1), flip), U(46, 72), U(20, 27), battery: true);
                }
                else
                {
                    CandyBarPhone(new Turned(pen, U(-6, 6), U(-6, 6), U(-0.3, 0.3) + (Chance(0.5) ? 0 : Math.PI)), U(100, 112), U(46, 50));
                }
            });

            return pen.Box;
        }

        // ---- ammunition -----------------------------------------------------------------------

        /// <summary>
        /// Rounds on revolver moon clips: one to four clips of 0.7 mm spring steel (a star 37–38 mm across for
        /// six .45 ACP, 32–36 mm for six or eight 9 × 19) each holding its rounds by their extractor grooves,
        /// full or one or two short; a clip lying flat (the rounds standing on their heads, the beam down
        /// their length) or on its side (the rounds side by side, the clip edge-on at their heads).
        /// </summary>
        private PixelBox MoonClipRounds(double scale)
        {
            var clips = random.Next(1, 5);
            var acp = Chance(0.6);
            var (caseL, d, bulletOut, bd) = acp ? (22.8, 12.0, 9.6, 11.5) : (19.15, 9.9, 10.5, 9.0);
            var eight = !acp && Chance(0.4);
            var n = eight ? 8 : 6;
            var rc = acp ? 13.3 : (eight ? 13.2 : 11.0);
            var radius = rc + (d / 2) + 0.5;
            var pen = Lay(66, 66, scale);
            for (var c = 0; c < clips; c++)
            {
                var (cx, cy) = clips == 1 ? (0.0, 0.0) : (U(-40, 40), U(-40, 40));
                var angle = U(0, 2 * Math.PI);
                var clip = new Turned(pen, cx, cy, angle);
                var missing = Chance(0.2) ? random.Next(1, 3) : 0;
                if (Chance(0.5))
                {
                    clip.Ellipse(Steel, 0.7, 0, 0, radius, radius);
                    for (var i = missing; i < n; i++)
                    {
                        var a = 2 * Math.PI * i / n;
                        RoundEndOn(clip, rc * Math.Cos(a), rc * Math.Sin(a), caseL, d, bulletOut, bd);
                    }
                }
                else
                {
                    var oal = caseL + bulletOut;
                    clip.Rect(Steel, 0.7 * 2 * radius * 0.7, (-oal / 2) + 1, -radius, 1, 2 * radius);
                    var phase = U(0, Math.PI);
                    for (var i = missing; i < n; i++)
                    {
                        var y = rc * Math.Cos(phase + (2 * Math.PI * i / n));
                        var (rx, ry) = Moved(cx, cy, angle, 0, y);
                        BrassRound(new Turned(pen, rx, ry, angle), caseL, d, d, bulletOut, bd, jacketed: Chance(0.8));
                    }
                }
            }

            return pen.Box;
        }

        // ---- SIM cards ------------------------------------------------------------------------

        /// <summary>
        /// SIMs hidden in lip balm: a twist-up stick (a 15–16 mm polypropylene tube 65–70 mm long with 0.9 mm
        /// walls and a 21 mm cap, the screw and cup of its mechanism, 20–40 mm of balm left at about 0.9
        /// g/cm³) or a 38–42 mm aluminium pot (0.3 mm, 10–12 mm deep, a lid over it) half emptied; in it one
        /// or two nano or micro SIMs cut from their carriers, in a scrap of cling film (ten turns of 12 µm) on some.
        /// </summary>
        private PixelBox SimInLipBalm(double scale)
        {
            var sims = random.Next(1, 3);
            if (Chance(0.6))
            {
                var l = U(65, 70);
                var d = U(15, 16);
                var pen = Lay((l / 2) + 2, (d / 2) + 2, scale);
                var stick = new Turned(pen, 0, 0, 0);
                var x0 = -l / 2;
                stick.Tube(Organic, x0, -d / 2, l - 19, d, 0.9 * 0.9);
                stick.Tube(Organic, (l / 2) - 21, (-d / 2) - 0.8, 21, d + 1.6, 0.9 * 0.9);
                stick.Rect(Organic, d * 0.8 * 0.9, (l / 2) - 1.5, -d / 2, 1.5, d);
                stick.Rect(Organic, d * 0.8 * 0.9, x0, -d / 2, 2, d);
                stick.Cylinder(Organic, x0 + 2, -2, 30, 4, 0.9);
                stick.Rect(Organic, d * 0.6 * 0.9, x0 + 30, (-d / 2) + 1.5, 2, d - 3);
                var balm = U(20, 40);
                stick.Cylinder(Organic, x0 + 32, (-d / 2) + 1, balm, d - 2, 0.9);
                pen.Item(() =>
                {
                    for (var i = 0; i < sims; i++)
                    {
                        var nano = Chance(0.6);
                        var sim = new Turned(pen, x0 + 40 + (i * 16) + U(-2, 2), U(-0.5, 0.5), U(-0.15, 0.15));
                        if (Chance(0.4))
                        {
                            sim.Rect(Organic, 2 * 10 * 0.012 * 0.92, -9, -6, 18, 12);
                        }

                        SimOutline(sim, nano ? 12.3 : 15, nano ? 8.8 : 12);
                    }
                });

                return pen.Box;
            }

            var pd = U(38, 42);
            var depth = U(10, 12);
            var potPen = Lay((pd / 2) + 2, (pd / 2) + 2, scale);
            var pot = new Turned(potPen, 0, 0, 0);
            pot.Ellipse(Aluminium, 2 * 0.3, 0, 0, pd / 2, pd / 2);
            pot.Ring(Aluminium, 0.3 * (depth + 6) / 1.2, 1.2, 0, 0, (pd / 2) - 0.6, (pd / 2) - 0.6);
            pot.Ring(Aluminium, 1.5, 1.5, 0, 0, (pd / 2) - 2, (pd / 2) - 2);
            pot.Ellipse(Organic, depth * 0.5 * 0.9, 0, 0, (pd / 2) - 1.5, (pd / 2) - 1.5);
            potPen.Item(() =>
            {
                for (var i = 0; i < sims; i++)
                {
                    var nano = Chance(0.6);
                    SimOutline(new Turned(potPen, U(-5, 5), U(-5, 5), U(0, 2 * Math.PI)), nano ? 12.3 : 15, nano ? 8.8 : 12);
                }
            });

            return potPen.Box;
        }

        // ---- syringes -------------------------------------------------------------------------

        /// <summary>
        /// One to three retractable safety syringes (VanishPoint class), loose: a 3 ml polypropylene barrel (10.5
        /// mm, 1 mm wall, 62 mm) with its finger flange, a 23–25 G steel needle (0.5–0.6 mm, 16–25 mm) in a
        /// hub that holds a small steel spring (4 mm across, 9 mm long, 0.25 mm wire), a cross-ribbed plunger
        /// with a rubber stopper (about 1.2 g/cm³) and a hollow nose; unused (the needle out under its cap, the
        /// plunger drawn back part way) or used (pressed home, needle and spring pulled back into the plunger).
        /// </summary>
        private PixelBox SafetySyringe(double scale)
        {
            var n = random.Next(1, 4);
            var pen = Lay(-84, -(n * 9) - 14, 58, (n * 9) + 14, scale);
            const double bl = 62;
            const double bx = -45;
            for (var i = 0; i < n; i++)
            {
                var s = new Turned(pen, 0, (i - ((n - 1) / 2.0)) * U(14, 17), U(-0.06, 0.06));
                var used = Chance(0.4);
                var nl = U(16, 25);
                s.Tube(Organic, bx, -5.25, bl, 10.5, 0.9);
                s.Rect(Organic, 8 * 0.9, bx - 2, -11, 2, 22);
                s.Poly(Organic, 4 * 0.9, (bx + bl, -4), (bx + bl + 8, -2.5), (bx + bl + 8, 2.5), (bx + bl, 4));
                var drawn = used ? 0 : U(0, 0.5);
                var front = bx + bl - 6 - ((bl - 14) * drawn);
                var rodX = front - bl - 2;
                s.Rect(Organic, 8 * 1.2, front, -4.25, 6, 8.5);
                s.Rect(Organic, 8 * 0.9, rodX, -0.6, front - rodX, 1.2);
                s.Rect(Organic, 1.2 * 0.9, rodX, -4, front - rodX, 8);
                s.Rect(Organic, 9 * 0.9, rodX - 2, -6, 2, 12);
                if (used)
                {
                    s.Rect(Steel, 0.6, front - 12, -2, 9, 4);
                    s.Line(Steel, 0.45, 0.6, false, (front - 6 - nl, 0), (front - 4, 0));
                }
                else
                {
                    s.Rect(Steel, 0.6, bx + bl - 8, -2, 9, 4);
                    s.Line(Steel, 0.45, 0.6, false, (bx + bl + 4, 0), (bx + bl + 8 + nl, 0));
                    s.Tube(Organic, bx + bl + 6, -3.5, nl + 6, 7, 0.7);
                }
            }

            return pen.Box;
        }

        // ---- lithium batteries ----------------------------------------------------------------

        /// <summary>
        /// A camera-drone flight battery: a mini-drone pack (2S, about 2250 mAh: 70–76 × 44–48 × 20–24 mm) or a
        /// folding-drone pack (3S or 4S, 3500–3850 mAh: 100–110 × 56–64 × 32–40 mm): a polycarbonate shell (1.5
        /// mm faces and walls, about 1.2 g/cm³) round a stack of Li-polymer pouch cells lying flat (the beam
        /// crosses all of them), their nickel tabs, the management board at the contact end with its chips, four
        /// LEDs and the button, the connector's gold-plated contacts, a latch at each side on its steel spring.
        /// </summary>
        private PixelBox DroneBattery(double scale)
        {
            var mini = Chance(0.45);
            var (l, w, depth, cells) = mini
                ? (U(70, 76), U(44, 48), U(20, 24), 2)
                : (U(100, 110), U(56, 64), U(32, 40), random.Next(3, 5));
            var pen = Lay((l / 2) + 3, (w / 2) + 3, scale);
            var b = new Turned(pen, 0, 0, 0);
            RoundedRect(b, Organic, 2 * 1.5 * 1.2, -l / 2, -w / 2, l, w, 6);
            b.Line(Organic, depth * 1.2, 1.5, true, RoundedOutline((-l / 2) + 0.75, (-w / 2) + 0.75, l - 1.5, w - 1.5, 5.5));
            var cl = l - 22;
            var cw = w - 6;
            var stack = depth - 5;
            b.Rect(Steel, 0.15 * stack, (-l / 2) + 3, -cw / 2, cl, cw);
            b.Rect(Mixed, 0.85 * stack, (-l / 2) + 3, -cw / 2, cl, cw);
            b.Line(Organic, 2 * stack * 0.4, 2, false, ((-l / 2) + 3, -cw / 2), ((-l / 2) + 3 + cl, -cw / 2));
            b.Line(Organic, 2 * stack * 0.4, 2, false, ((-l / 2) + 3, cw / 2), ((-l / 2) + 3 + cl, cw / 2));
            for (var i = 0; i < cells + 1; i++)
            {
                b.Rect(Steel, 0.3, (-l / 2) + 3 + cl, (-cw / 2) + 4 + (i * (cw - 12) / cells), 6, 4);
            }

            var bx = (l / 2) - 18;
            b.Rect(Mixed, 1.6, bx, (-w / 2) + 3, 14, w - 6);
            for (var i = random.Next(3, 6); i > 0; i--)
            {
                b.Rect(Steel, 0.6, bx + U(1, 8), U((-w / 2) + 4, (w / 2) - 10), U(3, 5), U(3, 6));
            }

            for (var i = 0; i < 4; i++)
            {
                b.Rect(Mixed, 1, bx + 2, (-w / 2) + 6 + (i * 4), 2, 2);
            }

            b.Rect(Organic, 6 * 1.2, (l / 2) - 4, -w * 0.3, 4, w * 0.6);
            for (var i = 0; i < 8; i++)
            {
                b.Rect(Brass, 1.2, (l / 2) - 4, (-w * 0.28) + (i * w * 0.56 / 8), 4, 1.2);
            }

            foreach (var y in new[] { (-w / 2) + 1, (w / 2) - 9 })
            {
                b.Rect(Organic, 8 * 1.2, -l * 0.2, y, 16, 8);
                b.Rect(Steel, 0.4, (-l * 0.2) + 3, y + 2, 10, 4);
            }

            return pen.Box;
        }

        // ---- tools ----------------------------------------------------------------------------

        /// <summary>
        /// A junior hacksaw: a bow of 6–7 mm spring-steel rod bent into a D whose back is the handle (about 220 ×
        /// 90–100 mm), a moulded polypropylene grip over the handle on most; a 150 × 6.4 × 0.65 mm HSS blade (32
        /// teeth an inch) held between the slot at the front and the pin at the back, the bow's spring keeping
        /// it taut; one to four spare blades taped along the bow on some.
        /// </summary>
        private PixelBox JuniorHacksaw(double scale)
        {
            const double bl = 150;
            var rod = U(6, 7);
            var hgt = U(88, 98);
            var pen = Lay(-58, -hgt - 8, 162, 18, scale);
            var saw = new Turned(pen, 0, 0, 0);
            var bow = new (double X, double Y)[]
            {
                (152, 0), (155, -hgt * 0.6), (150, -hgt + 6), (140, -hgt), (20, -hgt), (5, -hgt + 8),
                (-18, -hgt * 0.75), (-34, -hgt * 0.35), (-40, 0), (-30, 8), (-8, 6), (0, 0),
            };
            saw.Line(Steel, 0.8 * rod, rod, false, bow);
            if (Chance(0.75))
            {
                saw.Line(Organic, 22 * 0.9 * 0.8, 22, false, (3, -hgt + 10), (-18, -hgt * 0.75), (-34, -hgt * 0.35), (-38, -6));
            }

            saw.Rect(Steel, 0.65, 0, -3.2, bl, 6.4);
            saw.Line(Steel, 0.65, 0.8, false, [.. Enumerable.Range(0, 60).Select(i => (2 + (i * 2.45), i % 2 == 0 ? 2.8 : 3.6))]);
            saw.Ellipse(Steel, 6, 2, 0, 2, 2);
            saw.Rect(Steel, 4, 146, -5, 10, 10);
            if (Chance(0.3))
            {
                var spares = random.Next(1, 5);
                saw.Rect(Steel, 0.65 * spares, 10, -hgt + 5, bl - 10, 6.4);
                saw.Rect(Organic, 2 * 0.15 * 1.4 * 4, 30, -hgt - 3, 18, 16);
                saw.Rect(Organic, 2 * 0.15 * 1.4 * 4, 110, -hgt - 3, 18, 16);
            }

            return pen.Box;
        }

        // ---- alcohol --------------------------------------------------------------------------

        /// <summary>
        /// A flip-top bottle of home-made spirit (sloe gin, limoncello or strong home brew): a 500 ml (70–74 mm
        /// across, 225–235 mm long) or 1 litre (84–88 mm, 285–300 mm) round bottle of 4–5 mm soda-lime glass
        /// with an 8–12 mm base and a 28 mm neck with its thick lip; the swing top: a porcelain stopper (about
        /// 2.4 g/cm³, 22 mm across) on its rubber seal, held by a 2 mm steel wire bail and lever hooked round the
        /// neck; full to the shoulder (about 1.0 g/cm³); lying on its side.
        /// </summary>
        private PixelBox SwingTopBottle(double scale)
        {
            var big = Chance(0.45);
            var d = big ? U(84, 88) : U(70, 74);
            var h = big ? U(285, 300) : U(225, 235);
            var wall = U(4, 5);
            var baseT = U(8, 12);
            var pen = Lay((h / 2) + 2, (d / 2) + 3, scale);
            var bottle = new Turned(pen, 0, 0, 0);
            var x0 = -h / 2;
            var body = h * 0.58;
            var shoulder = h * 0.14;
            var neck = h - body - shoulder - 18;
            bottle.Tube(Glass, x0, -d / 2, body, d, wall);
            bottle.Rect(Glass, d * 0.8, x0, (-d / 2) + 2, baseT, d - 4);
            var xs = x0 + body;
            bottle.Poly(Glass, 2 * wall * 1.3, (xs, -d / 2), (xs + shoulder, -14), (xs + shoulder, 14), (xs, d / 2));
            var xn = xs + shoulder;
            bottle.Tube(Glass, xn, -14, neck, 28, wall * 0.9);
            bottle.Rect(Glass, 4 * wall, xn + neck - 8, -16, 8, 32);
            var inner = d - (2 * wall);
            LyingFill(bottle, Organic, x0 + baseT, body - baseT, inner, U(0.88, 0.98), 1.0);
            bottle.Poly(Organic, 0.6 * inner, (xs, -inner / 2), (xn, -10), (xn, 10), (xs, inner / 2));
            var xt = xn + neck;
            bottle.Rect(Organic, 22 * 1.3 * 0.8, xt - 1, -12, 3, 24);
            bottle.Cylinder(Glass, xt + 2, -11, 14, 22, 0.96);
            bottle.Poly(Glass, 12, (xt + 16, -9), (xt + 18, -5), (xt + 18, 5), (xt + 16, 9));
            foreach (var side in new[] { -1.0, 1.0 })
            {
                bottle.Line(Steel, 1.6, 2, false, (xt + 10, side * 11), (xt - 6, side * 16), (xn + neck - 30, side * 16));
            }

            bottle.Rect(Steel, 2 * 1.6, xn + neck - 30, -16, 2, 32);
            bottle.Line(Steel, 1.6, 2, false, (xn + neck - 30, -16), (xn + neck - 40, -22), (xn + neck - 44, -16));
            return pen.Box;
        }

        // ---- controlled drugs -----------------------------------------------------------------

        /// <summary>
        /// Cannabis edibles: in a resealable mylar pouch (120–140 × 160–190 mm: PET, a few micrometres of
        /// aluminium and PE, about 0.12 mm a side, heat-sealed edges and a zip), 10–30 gummy sweets (14–24 mm,
        /// 8–12 mm thick, about 1.3 g/cm³) or 2–4 foil-wrapped chocolate bars (90–100 × 40–45 × 8–10 mm, about
        /// 1.25); or, without a pouch, 3–6 brownie squares (45–55 mm, 20–25 mm thick, about 0.7) in cling film.
        /// </summary>
        private PixelBox CannabisEdibles(double scale)
        {
            var kind = random.Next(3);
            if (kind == 2)
            {
                var bPen = Lay(82, 72, scale);
                for (var i = random.Next(3, 7); i > 0; i--)
                {
                    var s = U(45, 55);
                    var sq = new Turned(bPen, U(-28, 28), U(-22, 22), U(0, 2 * Math.PI));
                    sq.Rect(Organic, U(20, 25) * 0.7, -s / 2, -s / 2, s, s);
                    sq.Line(Organic, 0.6, 1.5, true, (-s / 2, -s / 2), (s / 2, -s / 2), (s / 2, s / 2), (-s / 2, s / 2));
                }

                return bPen.Box;
            }

            var pw = U(120, 140);
            var ph = U(160, 190);
            var pen = Lay((ph / 2) + 2, (pw / 2) + 2, scale);
            var pouch = new Turned(pen, 0, 0, 0);
            pouch.Rect(Organic, 2 * 0.12 * 1.3, -ph / 2, -pw / 2, ph, pw);
            pouch.Rect(Mixed, 0.02, -ph / 2, -pw / 2, ph, pw);
            pouch.Line(Organic, 4 * 0.12 * 1.3, 6, true, ((-ph / 2) + 3, (-pw / 2) + 3), ((ph / 2) - 3, (-pw / 2) + 3), ((ph / 2) - 3, (pw / 2) - 3), ((-ph / 2) + 3, (pw / 2) - 3));
            pouch.Line(Organic, 2, 3, false, ((ph / 2) - 30, (-pw / 2) + 6), ((ph / 2) - 30, (pw / 2) - 6));
            pen.Item(() =>
            {
                if (kind == 0)
                {
                    for (var i = random.Next(10, 31); i > 0; i--)
                    {
                        var g = new Turned(pen, U((-ph / 2) + 22, (ph / 2) - 45), U((-pw / 2) + 18, (pw / 2) - 18), U(0, 2 * Math.PI));
                        var t = U(8, 12) * 1.3;
                        if (Chance(0.5))
                        {
                            RoundedRect(g, Organic, t * 0.8, -10, -7, 20, 14, 4);
                        }
                        else
                        {
                            g.Ellipse(Organic, t * 0.7, 0, 0, U(7, 10), U(7, 10));
                        }
                    }
                }
                else
                {
                    for (var i = random.Next(2, 5); i > 0; i--)
                    {
                        var bar = new Turned(pen, U(-15, 0), U(-pw / 6, pw / 6), U(-0.15, 0.15));
                        var (bl, bw) = (U(90, 100), U(40, 45));
                        bar.Rect(Organic, U(8, 10) * 1.25, -bl / 2, -bw / 2, bl, bw);
                        bar.Rect(Organic, 2 * 0.1 * 0.8, (-bl / 2) - 2, (-bw / 2) - 1, bl + 4, bw + 2);
                        bar.Rect(Mixed, 0.03, -bl / 2, -bw / 2, bl, bw);
                    }
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// Drugs hidden in a shampoo bottle: a 250–400 ml HDPE bottle (an oval section 65–80 × 40–50 mm, 170–210
        /// mm long, 1 mm walls, about 0.95 g/cm³) with its flip cap, lying on its broad side; still part full of
        /// shampoo (about 1.02 g/cm³) with 3–8 finger wraps of powder (40–60 × 14–18 mm in cling film and a
        /// knotted balloon, about 1.0–1.2 g/cm³ as packed) pushed in through the neck, or the shampoo poured
        /// off and the bottle packed with wraps in tissue.
        /// </summary>
        private PixelBox DrugsInShampoo(double scale)
        {
            var len = U(170, 210);
            var wb = U(65, 80);
            var depth = U(40, 50);
            var pen = Lay((len / 2) + 2, (wb / 2) + 2, scale);
            var b = new Turned(pen, 0, 0, 0);
            var x0 = -len / 2;
            var body = len - 40;
            var outline = new (double X, double Y)[]
            {
                (x0 + 6, -wb / 2), (x0 + body, -wb / 2), (x0 + body + 18, -13), (x0 + body + 18, 13), (x0 + body, wb / 2), (x0 + 6, wb / 2), (x0, (wb / 2) - 6), (x0, (-wb / 2) + 6),
            };
            b.Poly(Organic, 2 * 0.95, outline);
            b.Line(Organic, depth * 0.95 / 1.5, 1.5, true, outline);
            var xc = x0 + body + 18;
            b.Cylinder(Organic, xc, -15, 22, 30, 0.55);
            b.Rect(Organic, 30 * 0.95 * 0.7, xc + 20, -15, 2, 30);
            var poured = Chance(0.3);
            var inner = depth - 2;
            if (!poured)
            {
                b.Rect(Organic, inner * U(0.3, 0.8) * 1.02, x0 + 2, (-wb / 2) + 1.5, body - 2, wb - 3);
            }
            else
            {
                b.Rect(Organic, inner * 0.6 * 0.1, x0 + 2, (-wb / 2) + 1.5, body - 2, wb - 3);
            }

            pen.Item(() =>
            {
                for (var i = random.Next(3, 9); i > 0; i--)
                {
                    var fl = U(40, 60);
                    var fd = U(14, 18);
                    var wrap = new Turned(pen, U(x0 + 8 + (fl / 2), x0 + body - (fl / 2) - 4), U((-wb / 2) + 12, (wb / 2) - 12), U(-0.4, 0.4));
                    wrap.Cylinder(Organic, -fl / 2, -fd / 2, fl, fd, U(1.0, 1.2));
                    wrap.Ellipse(Organic, 6, (fl / 2) + 2, 0, 3.5, 3);
                }
            });

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>
        /// An empty stainless vacuum flask (500 or 750 ml): 70–80 mm across and 230–290 mm long with its cup, two
        /// 0.4–0.5 mm walls of 18/8 steel with the vacuum between (the inner one shorter, closing to a 40 mm
        /// neck), a polypropylene cup (1.5 mm) over a hollow screw stopper with its silicone seal, a plastic foot;
        /// empty; lying on its side, or standing (the beam down its length: the walls a dense ring).
        /// </summary>
        private void VacuumFlask()
        {
            var d = U(70, 80);
            var l = U(230, 290);
            var w = U(0.4, 0.5);
            var pen = Place((l / 2) + 5);
            var f = new Turned(pen, 0, 0, 0);
            if (Chance(0.25))
            {
                f.Ring(Steel, w * l * 0.9, 1, 0, 0, (d / 2) - 0.5, (d / 2) - 0.5);
                f.Ring(Steel, w * (l - 60) * 0.9, 1, 0, 0, (d / 2) - 4.5, (d / 2) - 4.5);
                f.Ellipse(Steel, 4 * w, 0, 0, d / 2, d / 2);
                f.Ellipse(Organic, (2 * 1.5 * 0.9) + (45 * 0.9 * 0.3), 0, 0, 20, 20);
                f.Ring(Organic, 80 * 1.5 * 0.9, 1.5, 0, 0, (d / 2) + 1.5, (d / 2) + 1.5);
                return;
            }

            var x0 = -l / 2;
            f.Tube(Steel, x0 + 8, -d / 2, l - 60, d, w);
            f.Rect(Steel, w * d * 0.8 / 2, x0 + 8, (-d / 2) + 2, 2, d - 4);
            f.Tube(Steel, x0 + 12, (-d / 2) + 4, l - 110, d - 8, w);
            f.Rect(Steel, w * (d - 8) * 0.8 / 2, x0 + 12, (-d / 2) + 6, 2, d - 12);
            var xs = x0 + l - 98;
            f.Poly(Steel, 2 * w * 1.4, (xs, (-d / 2) + 4), (xs + 20, -20), (xs + 20, 20), (xs, (d / 2) - 4));
            f.Tube(Steel, xs + 20, -20, 30, 40, w * 1.5);
            f.Cylinder(Organic, xs + 24, -18, 40, 36, 0.35);
            f.Rect(Organic, 36 * 1.1 * 0.8, xs + 30, -18, 3, 36);
            f.Tube(Organic, x0 + l - 92, (-d / 2) - 2, 92, d + 4, 1.5 * 0.9);
            f.Rect(Organic, (d + 4) * 0.8 * 0.9 / 1.5, x0 + l - 1.5, (-d / 2) - 2, 1.5, d + 4);
            f.Cylinder(Organic, x0, (-d / 2) + 2, 10, d - 4, 0.25);
        }

        /// <summary>A tin of biscuits, round or rectangular, lying flat, some of its biscuits eaten (see <see cref="BiscuitTinBody"/>).</summary>
        private void BiscuitTin()
        {
            var round = Chance(0.6);
            var (a, b) = round ? (U(200, 230), 0.0) : (U(190, 210), U(130, 150));
            var depth = round ? U(80, 100) : U(60, 75);
            var pen = Place((a / 2) + 5);
            BiscuitTinBody(pen, 0, 0, 0, round, a, b, depth, U(0.2, 1));
        }

        /// <summary>
        /// A 35 mm film SLR with its 50 mm lens, lying on its back (the beam through the lens along its axis):
        /// a 138–145 × 88–95 mm die-cast aluminium body (2 mm front and back, its sides edge-on over 45 mm), the
        /// chrome-plated brass top and bottom plates (0.7 mm) edge-on, the glass pentaprism above the mirror box,
        /// the mirror, the steel-bladed shutter, a film cartridge (0.25 mm steel can) and the take-up spool, two
        /// SR44 silver-oxide cells (not lithium) in the base; the lens a 60 mm barrel of aluminium and brass
        /// (40 mm long) round 20–25 mm of glass, its steel bayonet; a nylon strap with its split rings.
        /// </summary>
        private void FilmCamera()
        {
            var l = U(138, 145);
            var h = U(88, 95);
            var pen = Place(l / 2);
            var cam = new Turned(pen, 0, 0, 0);
            RoundedRect(cam, Aluminium, 2 * 2, -l / 2, -h / 2, l, h * 0.8, 6);
            cam.Line(Aluminium, 45 * 2 / 2.5, 2.5, true, RoundedOutline((-l / 2) + 1.25, (-h / 2) + 1.25, l - 2.5, (h * 0.8) - 2.5, 5));
            cam.Rect(Brass, 0.7 * 50 / 2, -l / 2, -h / 2, l, 2);
            cam.Rect(Brass, 0.7 * 50 / 2, -l / 2, (h * 0.3) - 2, l, 2);
            cam.Poly(Brass, 0.7 * 2, (-22, -h / 2), (-16, (-h / 2) - 14), (16, (-h / 2) - 14), (22, -h / 2));
            cam.Rect(Glass, 25, -16, (-h / 2) - 10, 32, 22);
            cam.Rect(Glass, 1.4, -18, -h * 0.2, 36, 26);
            cam.Rect(Steel, 0.3 * 6, -20, -h * 0.22, 40, 30);
            cam.Rect(Steel, 0.25 * 2, (-l / 2) + 8, -h * 0.35, 25, 45);
            cam.Rect(Steel, 0.25 * 5, (-l / 2) + 8, -h * 0.35, 2, 45);
            cam.Rect(Steel, 0.25 * 5, (-l / 2) + 31, -h * 0.35, 2, 45);
            cam.Cylinder(Aluminium, (l / 2) - 30, -h * 0.35, 20, 40, 0.3);
            cam.Rect(Steel, 3, (l / 2) - 40, (h * 0.3) - 10, 11.6, 5.4);
            cam.Rect(Steel, 3, (l / 2) - 27, (h * 0.3) - 10, 11.6, 5.4);
            const double ly = 6;
            cam.Ring(Aluminium, 40 * 1.2, 3, 0, ly, 29, 29);
            cam.Ring(Brass, 15, 2, 0, ly, 25, 25);
            cam.Ring(Steel, 8, 3, 0, ly, 23, 23);
            cam.Ellipse(Glass, U(20, 25), 0, ly, 21, 21);
            cam.Ring(Steel, 0.3 * 8, 4, 0, ly, 8, 8);
            foreach (var side in new[] { -1.0, 1.0 })
            {
                cam.Ring(Steel, 1.2, 1.5, side * ((l / 2) + 3), -h * 0.3, 5, 5);
            }

            var strap = Wander(8, U(25, 35), 30);
            pen.Line(Organic, 2 * 1.2, 20, false, strap);
        }

        /// <summary>
        /// Roof-prism binoculars lying flat: an 8 × 42 pair (two 45 mm barrels about 145 mm long) or a folding
        /// 10 × 25 pocket pair (28 mm, 95 mm); a magnesium-alloy or polycarbonate body (2 mm walls) under 2 mm of
        /// rubber armour, in each barrel the objective (10 mm of glass), the roof prisms (a 20 mm glass block)
        /// and the eyepiece (12 mm of glass), the central hinge on its steel shaft with the focus wheel; the neck
        /// strap, and a nylon case on some.
        /// </summary>
        private void Binoculars()
        {
            var big = Chance(0.6);
            var (bl, bd) = big ? (U(140, 150), U(44, 46)) : (U(92, 98), U(27, 29));
            var gap = big ? 8.0 : 4.0;
            var pen = Place((bl / 2) + 10);
            var bin = new Turned(pen, 0, 0, 0);
            var body = Chance(0.6);
            foreach (var y in new[] { -(bd + gap) / 2, (bd + gap) / 2 })
            {
                var x0 = -bl / 2;
                if (body)
                {
                    bin.Tube(Aluminium, x0, y - (bd / 2), bl, bd, 2 * 0.65);
                }
                else
                {
                    bin.Tube(Organic, x0, y - (bd / 2), bl, bd, 2 * 1.2);
                }

                bin.Tube(Organic, x0 + 10, y - (bd / 2) - 1, bl - 20, bd + 2, 2 * 1.2);
                bin.Rect(Glass, bd * 0.25, (bl / 2) - 12, y - (bd * 0.42), 10, bd * 0.84);
                bin.Rect(Glass, 20, x0 + (bl * 0.35), y - (bd * 0.3), bl * 0.28, bd * 0.6);
                bin.Rect(Glass, 12, x0 + 4, y - (bd * 0.3), 8, bd * 0.6);
                bin.Rect(Organic, 10 * 1.1, x0 - 10, y - (bd * 0.4), 12, bd * 0.8);
            }

            bin.Rect(big ? Aluminium : Organic, big ? 12 : 10, -bl / 2, -gap / 2 - 4, bl * 0.5, gap + 8);
            bin.Rect(Steel, 3, -bl / 2, -2, bl * 0.4, 4);
            bin.Cylinder(Organic, (-bl / 2) + 20, -10, 18, 20, 0.9);
            bin.Ring(Steel, 1, 1.5, 0, -(bd + gap) - 2, 4, 4);
            pen.Line(Organic, 2 * 1.2, 12, false, Wander(7, U(25, 35), 35));
            if (!big && Chance(0.5))
            {
                RoundedRect(bin, Organic, 2 * 1.2 * 1.1, (-bl / 2) - 12, -bd - gap, bl + 24, (2 * bd) + (2 * gap), 12);
            }
        }

        /// <summary>
        /// Knitting in progress: a pair of 4–6 mm needles 300–350 mm long (anodised aluminium, or
        /// nickel-plated steel in the 4 mm size) through 20–60 rows of a half-finished piece (about 0.15 g/cm³
        /// of wool, 6–10 mm thick), or a set of five 200 mm steel double-pointed needles (2.5 mm); one or two
        /// balls of yarn (30–40 mm across, about 0.1 g/cm³ as wound) with their paper bands.
        /// </summary>
        private void KnittingNeedles()
        {
            var pen = Place(160);
            var work = new Turned(pen, 0, 0, 0);
            var pieceW = U(120, 200);
            var pieceH = U(60, 150);
            work.Rect(Organic, U(6, 10) * 0.15, -pieceW / 2, 0, pieceW, pieceH);
            if (Chance(0.35))
            {
                for (var i = 0; i < 5; i++)
                {
                    var dpn = new Turned(pen, U(-20, 20), U(-10, 30), U(-0.5, 0.5));
                    dpn.Rect(Steel, 0.8 * 2.5, -100, -1.25, 200, 2.5);
                }
            }
            else
            {
                var steel = Chance(0.3);
                var nd = steel ? 4 : U(4, 6);
                var nl = U(300, 350);
                foreach (var (dx, a) in new[] { (-20.0, U(-0.15, 0.05)), (20.0, U(-0.05, 0.15)) })
                {
                    var needle = new Turned(pen, dx, U(-5, 5), a);
                    needle.Rect(steel ? Steel : Aluminium, 0.8 * nd, (-nl / 2) + 8, -nd / 2, nl - 16, nd);
                    needle.Poly(steel ? Steel : Aluminium, 0.5 * nd, ((nl / 2) - 8, -nd / 2), (nl / 2, 0), ((nl / 2) - 8, nd / 2));
                    needle.Ellipse(Organic, 8 * 1.1, -nl / 2 + 6, 0, 6, 6);
                }
            }

            for (var i = random.Next(1, 3); i > 0; i--)
            {
                var r = U(30, 40);
                var ball = new Turned(pen, U(-120, 120), U(-90, -40), 0);
                Ball(ball, Organic, 0, 0, r, 0.1);
                ball.Rect(Organic, 2 * 0.1 * 0.8, -r * 0.9, -10, 1.8 * r, 20);
            }
        }

        /// <summary>
        /// A mini bicycle pump: a 22–28 mm aluminium barrel (1 mm wall) 180–230 mm long round a 14–16 mm
        /// aluminium plunger tube (0.8 mm), the polypropylene handle, the head with its rubber seal and brass
        /// valve chuck, its frame bracket (a polypropylene clip on a steel band); with a CO2 inflator on some
        /// (a brass-and-aluminium head and one or two 16 g steel cartridges, 22 × 83 mm, 2 mm walls).
        /// </summary>
        private void BicyclePump()
        {
            var pen = Place(130);
            var d = U(22, 28);
            var l = U(180, 230);
            var pump = new Turned(pen, 0, 0, 0);
            var x0 = -l / 2;
            pump.Tube(Aluminium, x0 + 30, -d / 2, l - 60, d, 1);
            pump.Tube(Aluminium, x0 + 10, -7.5, l - 50, 15, 0.8);
            pump.Cylinder(Organic, x0, -d / 2, 30, d, 0.5);
            pump.Cylinder(Organic, (l / 2) - 30, (-d / 2) - 2, 30, d + 4, 0.55);
            pump.Tube(Brass, (l / 2) - 22, -5, 14, 10, 1.2);
            pump.Rect(Organic, 8 * 1.2, (l / 2) - 28, -6, 4, 12);
            if (Chance(0.5))
            {
                pump.Rect(Organic, 12 * 0.9, -10, (d / 2) - 2, 30, 14);
                pump.Rect(Steel, 0.6 * 2, -8, (d / 2) + 8, 26, 6);
            }

            if (Chance(0.4))
            {
                var (ix, iy, ia) = (U(-40, 40), d + 20, U(-0.3, 0.3));
                var co2 = new Turned(pen, ix, iy, ia);
                for (var i = random.Next(1, 3) - 1; i >= 0; i--)
                {
                    var c = new Turned(pen, ix + 30 + U(-5, 5), iy + (i * 26), ia + U(-0.1, 0.1));
                    c.Tube(Steel, -41.5, -11, 70, 22, 2);
                    c.Poly(Steel, 4, (28.5, -11), (38, -4), (38, 4), (28.5, 11));
                    c.Rect(Steel, 5, 38, -3.5, 4, 7);
                    c.Rect(Steel, 0.8 * 22 * 0.9 / 2, -42, -10, 2, 20);
                }

                co2.Cylinder(Aluminium, -70, -10, 30, 20, 0.6);
                co2.Tube(Brass, -62, -4, 14, 8, 1.5);
            }
        }

        /// <summary>
        /// Two to four jars of baby food: 125–200 g glass jars (55–65 mm across, 60–75 mm tall, 2–3 mm walls and
        /// a 4 mm base) of fruit or vegetable purée (about 1.05 g/cm³), each with its 0.2 mm tinplate twist lid
        /// lined with a 1 mm sealing ring; standing (the beam down the jar: walls a dense ring, lid face-on) or
        /// on their sides; a plastic weaning spoon with them on some.
        /// </summary>
        private void BabyFoodJars()
        {
            var pen = Place(90);
            for (var i = random.Next(2, 5); i > 0; i--)
            {
                var d = U(55, 65);
                var h = U(60, 75);
                var wall = U(2, 3);
                var jar = new Turned(pen, U(-50, 50), U(-50, 50), U(0, 2 * Math.PI));
                if (Chance(0.5))
                {
                    jar.Ring(Glass, h * wall / 1.5, 1.5, 0, 0, (d / 2) - 0.75, (d / 2) - 0.75);
                    jar.Ellipse(Glass, 4, 0, 0, (d / 2) - 1, (d / 2) - 1);
                    jar.Ellipse(Organic, (h - 12) * 1.05, 0, 0, (d / 2) - wall, (d / 2) - wall);
                    jar.Ellipse(Steel, 0.2, 0, 0, (d / 2) - 1, (d / 2) - 1);
                    jar.Ring(Steel, 0.2 * 12 / 1.5, 1.5, 0, 0, (d / 2) - 1.5, (d / 2) - 1.5);
                    jar.Ring(Organic, 1 * 1.3 * 3, 3, 0, 0, (d / 2) - 4, (d / 2) - 4);
                }
                else
                {
                    var x0 = -h / 2;
                    jar.Tube(Glass, x0, -d / 2, h - 10, d, wall);
                    jar.Rect(Glass, d * 0.8, x0, (-d / 2) + 2, 4, d - 4);
                    LyingFill(jar, Organic, x0 + 4, h - 16, d - (2 * wall), U(0.8, 0.95), 1.05);
                    jar.Tube(Steel, x0 + h - 12, (-d / 2) - 1, 12, d + 2, 0.2);
                    jar.Rect(Steel, 0.2 * d * 0.8, (h / 2) - 1, (-d / 2) - 1, 1, d + 2);
                }
            }

            if (Chance(0.4))
            {
                var spoon = new Turned(pen, U(-40, 40), U(-40, 40), U(0, 2 * Math.PI));
                spoon.Rect(Organic, 3 * 1.05, -70, -4, 100, 8);
                spoon.Ellipse(Organic, 2 * 1.05, 42, 0, 14, 10);
            }
        }

        /// <summary>
        /// A wind-up music box: a 90–120 × 60–80 × 45–60 mm box of beech or MDF (6–8 mm walls, about 0.7 g/cm³)
        /// with a hinged lid (a 2 mm glass mirror inside it on some); the 18-note movement screwed to its floor: a
        /// zinc-alloy bedplate (3 mm), a pinned brass cylinder (14 mm across, 32 mm long), the steel comb (1.2
        /// mm), the mainspring in its steel barrel, the governor and its fly, the winding key under the box; a
        /// small plastic dancer on a steel spring on some.
        /// </summary>
        private void MusicBox()
        {
            var l = U(90, 120);
            var w = U(60, 80);
            var h = U(45, 60);
            var wall = U(6, 8);
            var pen = Place((l / 2) + 10);
            var box = new Turned(pen, 0, 0, 0);
            box.Rect(Organic, 2 * wall * 0.7, -l / 2, -w / 2, l, w);
            box.Line(Organic, h * 0.7, wall, true, ((-l / 2) + (wall / 2), (-w / 2) + (wall / 2)), ((l / 2) - (wall / 2), (-w / 2) + (wall / 2)), ((l / 2) - (wall / 2), (w / 2) - (wall / 2)), ((-l / 2) + (wall / 2), (w / 2) - (wall / 2)));
            if (Chance(0.5))
            {
                box.Rect(Glass, 2, (-l / 2) + wall, (-w / 2) + wall, l - (2 * wall), w - (2 * wall));
            }

            var mx = U(-10, 10);
            box.Rect(ZincAlloy, 3, mx - 28, -18, 56, 36);
            box.Tube(Brass, mx - 16, -12, 32, 14, 1.5);
            box.Rect(Steel, 1.2, mx - 18, 3, 36, 14);
            box.Rect(Steel, 4, mx - 18, 3, 36, 3);
            box.Ring(Steel, 8, 3, mx + 22, -8, 8, 8);
            box.Ellipse(Steel, 1.5, mx + 22, -8, 9, 9);
            box.Rect(Steel, 3, mx - 26, 8, 8, 8);
            box.Rect(ZincAlloy, 3, mx + 12, (w / 2) - 2, 6, 14);
            box.Ellipse(ZincAlloy, 2, mx + 15, (w / 2) + 14, 8, 5);
            foreach (var (x, y) in new[] { (-24.0, -14.0), (24.0, -14.0), (-24.0, 14.0), (24.0, 14.0) })
            {
                box.Ellipse(Steel, 8, mx + x, y, 1.5, 1.5);
            }

            if (Chance(0.4))
            {
                box.Line(Steel, 0.4, 0.6, false, [.. Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? -1.5 : 1.5, -20.0 + (i * 2.5)))]);
                box.Ellipse(Organic, 12 * 1.05, 0, -24, 6, 10);
            }
        }
    }
}
