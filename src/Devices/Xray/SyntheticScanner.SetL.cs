namespace Screening.Devices.Xray;

// Variant set L (held out after K's run): threat shapes and clutter kinds that none of A to K and R
// draws. Roughly two thirds are the everyday forms an officer on the gate sees, in builds, sizes and
// materials no earlier set drew; the rest are hidden in something innocent or made at home. Each is
// written from what the real thing measures and is made of, by someone who read neither the analyser
// nor any x-ray figures. Thicknesses follow the rest of the scene: roughly the millimetres of that
// material the beam crosses where the part lies flat (a round bar or wire of diameter d counts as about
// 0.8 d, a hollow part as its two walls, a sheet seen edge-on as the sheet's share of the line it is
// drawn as times the depth the beam crosses); a material lighter or heavier than water counts its
// thickness times its density.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        /// <summary>Draws one of set L's threat shapes; null for a shape that is not set L's.</summary>
        private PixelBox? DrawSetLThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.BushcraftKnife => BushcraftKnife(scale),
            ThreatShape.OutTheFrontKnife => OutTheFrontKnife(scale),
            ThreatShape.PruningKnife => PruningKnife(scale),
            ThreatShape.KnifeRoll => KnifeRoll(scale),
            ThreatShape.KeyKnife => KeyKnife(scale),
            ThreatShape.GovernmentPistol => GovernmentPistol(scale),
            ThreatShape.SingleActionRevolver => SingleActionRevolver(scale),
            ThreatShape.ConvertedBlankPistol => ConvertedBlankPistol(scale),
            ThreatShape.ConvertedFlarePistol => ConvertedFlarePistol(scale),
            ThreatShape.PistolInBook => PistolInBook(scale),
            ThreatShape.MetalUnibodyPhone => MetalUnibodyPhone(scale),
            ThreatShape.StylusPhone => StylusPhone(scale),
            ThreatShape.GamingPhone => GamingPhone(scale),
            ThreatShape.PhoneInPeanutButter => PhoneInPeanutButter(scale),
            ThreatShape.PhoneInGamepad => PhoneInGamepad(scale),
            ThreatShape.SpeedStripRounds => SpeedStripRounds(scale),
            ThreatShape.SimCardHolder => SimCardHolder(scale),
            ThreatShape.PrefilledSyringe => PrefilledSyringe(scale),
            ThreatShape.UsbRechargeableCells => UsbRechargeableCells(scale),
            ThreatShape.FoldingSaw => FoldingSaw(scale),
            ThreatShape.SpiritInMouthwash => SpiritInMouthwash(scale),
            ThreatShape.SpicePaper => SpicePaper(scale),
            ThreatShape.DrugsInChocolateEggs => DrugsInChocolateEggs(scale),
            _ => null,
        };

        /// <summary>Draws one of set L's clutter kinds; false for a kind that is not set L's.</summary>
        private bool DrawSetLClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.ManicureSet:
                    ManicureSet();
                    return true;
                case ClutterKind.SmokingKit:
                    SmokingKit();
                    return true;
                case ClutterKind.PocketRadio:
                    PocketRadio();
                    return true;
                case ClutterKind.SafetyBoots:
                    SafetyBoots();
                    return true;
                case ClutterKind.ChocolateBox:
                    ChocolateBox();
                    return true;
                case ClutterKind.Passport:
                    Passport();
                    return true;
                case ClutterKind.SewingKit:
                    SewingKit();
                    return true;
                case ClutterKind.Inhaler:
                    Inhaler();
                    return true;
                default:
                    return false;
            }
        }

        // ---- shared parts ---------------------------------------------------------------------

        /// <summary>Points scaled by (<paramref name="fx"/>, <paramref name="fy"/>) about (<paramref name="cx"/>, <paramref name="cy"/>): an outline drawn smaller inside itself.</summary>
        private static (double X, double Y)[] Shrunk((double X, double Y)[] points, double cx, double cy, double fx, double fy) =>
            [.. points.Select(p => (cx + ((p.X - cx) * fx), cy + ((p.Y - cy) * fy)))];

        /// <summary>A zigzag along x from <paramref name="x0"/> to <paramref name="x1"/>: saw teeth, a coil spring seen from the side.</summary>
        private static (double X, double Y)[] Zigzag(double x0, double x1, double y, double pitch, double height)
        {
            var n = Math.Max(2, (int)((x1 - x0) / (pitch / 2)));
            return [.. Enumerable.Range(0, n + 1).Select(i => (x0 + ((x1 - x0) * i / n), y + (i % 2 == 0 ? 0 : height)))];
        }

        /// <summary>
        /// A box magazine along its part's x (its lips at −x), rounds lying across it with their bullets toward
        /// the part's −y: walls of 0.6–0.8 mm steel (the spine and front seen edge-on), a floor plate and the
        /// follower's spring; single stack (the rounds one over the next) or double stack (staggered, about half
        /// a case apart as seen from the side). Drawn in <paramref name="pen"/>'s frame at (<paramref name="mx"/>,
        /// <paramref name="my"/>) turned by <paramref name="angle"/>; <paramref name="roundAngle"/> turns each round.
        /// </summary>
        private static void BoxMagazine(Pen pen, double mx, double my, double angle, double length, double foreAft, int rounds, bool doubleStack,
            double caseLength, double d, double rim, double bulletOut, double bd, bool jacketed)
        {
            var mag = new Turned(pen, mx, my, angle);
            mag.Rect(Steel, 2 * 0.7, -length / 2, -foreAft / 2, length, foreAft);
            mag.Line(Steel, 7, 1, true, (-length / 2, -foreAft / 2), (length / 2, -foreAft / 2), (length / 2, foreAft / 2), (-length / 2, foreAft / 2));
            mag.Rect(Steel, 3, (length / 2) - 3, (-foreAft / 2) - 1, 3, foreAft + 2);
            var pitch = doubleStack ? d * 0.53 : d + 0.2;
            var used = 7 + (Math.Max(0, rounds - 1) * pitch) + (d / 2);
            if (used < length - 12)
            {
                mag.Line(Steel, 1.2, 0.9, false, Zigzag(-(length / 2) + used, (length / 2) - 5, -foreAft * 0.3, 9, foreAft * 0.6));
            }

            for (var i = 0; i < rounds; i++)
            {
                var along = (-length / 2) + 7 + (i * pitch);
                if (along > (length / 2) - 10)
                {
                    break;
                }

                var (rx, ry) = Moved(mx, my, angle, along, doubleStack && i % 2 == 1 ? 1.5 : 0);
                BrassRound(new Turned(pen, rx, ry, angle - (Math.PI / 2)), caseLength, d, rim, bulletOut, bd, jacketed);
            }
        }

        /// <summary>
        /// A house key (nickel silver or brass, 2 mm) hanging from a key ring of radius <paramref name="ring"/>, in its
        /// part's frame along +x from the ring: a bow 22–26 mm across with its hole on the ring, a shoulder and a
        /// 28–36 mm blade with its bitting cut along one edge.
        /// </summary>
        private void HouseKey(Turned key, double ring)
        {
            var bow = U(22, 26);
            var bl = U(28, 36);
            var cx = ring + (bow / 2) - 2;
            key.Ring(Brass, 2, (bow / 2) - 3.5, cx, 0, (bow / 4) + 2.6, (bow / 4) + 2.6);
            var x = ring + bow - 3;
            key.Rect(Brass, 2, x, -6, 5, 12);
            var blade = new List<(double X, double Y)> { (x + 5, -4), (x + 5 + bl, -4), (x + 9 + bl, 0) };
            for (var bx = x + 3 + bl; bx > x + 8; bx -= 4.5)
            {
                blade.Add((bx, 4));
                blade.Add((bx - 2.2, U(0.5, 2.8)));
            }

            blade.Add((x + 5, 4));
            key.Poly(Brass, 2, [.. blade]);
            key.Line(Brass, 0.6, 1, false, (x + 6, -1.5), (x + 3 + bl, -1.5));
        }

        /// <summary>
        /// A kitchen knife along its part's x, the heel of the blade at the origin (the blade toward +x, its edge
        /// toward +y): a forged or stamped blade of length <paramref name="bl"/>, depth <paramref name="bw"/> and spine
        /// <paramref name="t"/>, a full tang between two POM scales (6 mm each, about 1.4 g/cm³) on three rivets, a
        /// forged bolster on some, a serrated edge on a bread knife.
        /// </summary>
        private static void KitchenBlade(Turned k, double bl, double bw, double t, double hl, bool serrated, bool bolster)
        {
            var top = -bw / 2;
            k.Poly(Steel, t * 0.45,
                (0, top), (0.78 * bl, top), (bl, top + (0.12 * bw)), (0.88 * bl, top + (0.55 * bw)), (0.6 * bl, top + (0.92 * bw)), (0.1 * bl, bw / 2), (0, bw / 2));
            k.Rect(Steel, t * 0.45, 0, top, 0.78 * bl, bw * 0.45);
            if (serrated)
            {
                k.Line(Steel, t * 0.3, 1.2, false, [.. Zigzag(2, 0.85 * bl, (bw / 2) - 1.5, 5, -2)]);
            }

            var hw = Math.Min(26, Math.Max(18, bw * 0.55));
            var hy = top + Math.Min(bw * 0.3, 6) - 2;
            RoundedRect(k, Organic, 2 * 6 * 1.4, -hl, hy, hl, hw, 6);
            k.Rect(Steel, t, -hl + 3, hy + 3, hl - 3, hw - 6);
            for (var i = 0; i < 3; i++)
            {
                k.Ellipse(Steel, 12, -hl * (0.2 + (0.3 * i)), hy + (hw / 2), 2.2, 2.2);
            }

            if (bolster)
            {
                k.Rect(Steel, 9, -2, top - 1, 12, bw * 0.85);
            }
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// A Scandinavian bushcraft knife (the Mora Companion class, the commonest fixed blade on a campsite): a
        /// 100–106 mm blade 20–23 mm deep of 2.5 mm stainless or 3.2 mm carbon steel, its flat Scandi bevel the
        /// lower third of its depth and its point a little below the spine; a stick tang about 65 mm into a 110–118
        /// mm handle (28–32 mm deep, 22–24 mm thick) of polypropylene under a soft rubber grip (about 1.05 g/cm³)
        /// with a small finger guard; in its moulded polypropylene sheath (1.8 mm walls, about 0.9 g/cm³) with its
        /// belt clip on most, or drawn out of it.
        /// </summary>
        private PixelBox BushcraftKnife(double scale)
        {
            var bl = U(100, 106);
            var bw = U(20, 23);
            var t = Chance(0.6) ? 2.5 : 3.2;
            var hl = U(110, 118);
            var hw = U(28, 32);
            var sheathed = Chance(0.6);
            var top = -bw / 2;
            var pen = Lay(-hl - 2, Math.Min(-hw / 2, top - (sheathed ? 16 : 0)) - 2, bl + (sheathed ? 10 : 2), Math.Max(hw * 0.55, (bw / 2) + (sheathed ? 7 : 0)) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            k.Poly(Steel, t * 0.5,
                (0, top), (0.82 * bl, top), (bl, top + (0.3 * bw)), (0.9 * bl, top + (0.62 * bw)), (0.7 * bl, top + (0.9 * bw)), (0.45 * bl, bw / 2), (0, bw / 2));
            k.Poly(Steel, t * 0.5, (0, top), (0.82 * bl, top), (0.95 * bl, top + (0.28 * bw)), (0.5 * bl, top + (0.64 * bw)), (0, top + (0.64 * bw)));
            k.Rect(Steel, t, -65, -4.5, 67, 9);
            var grip = new (double X, double Y)[]
            {
                (0, -hw * 0.42), (-8, -hw * 0.38), (-0.45 * hl, -hw / 2), (-0.85 * hl, -hw * 0.44), (-hl, -hw * 0.3),
                (-hl, hw * 0.3), (-0.85 * hl, hw * 0.44), (-0.5 * hl, hw * 0.46), (-16, hw * 0.36), (-7, hw * 0.55), (0, hw * 0.5),
            };
            k.Poly(Organic, 23 * 1.05 * 0.5, grip);
            k.Poly(Organic, 23 * 1.05 * 0.35, Shrunk(grip, -hl / 2, 0, 0.94, 0.7));
            k.Poly(Organic, 23 * 1.05 * 0.15, Shrunk(grip, -hl / 2, 0, 0.85, 0.35));
            k.Rect(Organic, 10, -hl, -hw * 0.3, 4, hw * 0.6);
            if (sheathed)
            {
                const double wall = 1.8 * 0.9;
                var sheath = new (double X, double Y)[]
                {
                    (-18, top - 4), (bl + 2, top - 3), (bl + 9, top + (0.3 * bw)), (0.92 * bl, (bw / 2) + 4), (0.4 * bl, (bw / 2) + 6), (-18, (bw / 2) + 6),
                };
                k.Poly(Organic, 2 * wall, sheath);
                k.Line(Organic, 14 * wall / 2, 2, true, sheath);
                k.Rect(Organic, 2 * wall, -18, top - 4, 14, bw + 10);
                if (Chance(0.8))
                {
                    // The belt clip: a sprung polypropylene tongue standing off the back, past the spine.
                    k.Rect(Organic, 2.5 * 0.9 * 2, -12, top - 15, 48, 13);
                    k.Line(Organic, 6, 2, false, (-12, top - 15), (36, top - 15));
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// An out-the-front automatic knife: a 115–130 × 24–28 mm handle about 13 mm thick machined from aluminium
        /// (10 mm of metal where it is solid, 6 mm over the blade's channel), a steel glass-breaker at its butt, a
        /// steel pocket clip and four to six screws; a 75–90 mm dagger or tanto blade of 3 mm steel on a steel
        /// carrier, the double-action coil spring along the channel and the thumb slider on the face; the blade shot
        /// out of the nose (its tang kept 14 mm inside) or drawn back inside the handle.
        /// </summary>
        private PixelBox OutTheFrontKnife(double scale)
        {
            var hl = U(115, 130);
            var hw = U(24, 28);
            var bl = U(75, 90);
            var bw = Math.Min(U(19, 22), hw - 5);
            var tanto = Chance(0.4);
            var open = Chance(0.55);
            var span = hl + (open ? bl - 14 : 0);
            var pen = Lay((span / 2) + 2, (hw / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            var x0 = -span / 2;
            var xf = x0 + hl;
            RoundedRect(k, Aluminium, 6, x0, -hw / 2, hl, hw, 5);
            var ch = (bw / 2) + 1;
            k.Rect(Aluminium, 4, x0 + 3, (-hw / 2) + 0.5, hl - 5, (hw / 2) - ch - 0.5);
            k.Rect(Aluminium, 4, x0 + 3, ch, hl - 5, (hw / 2) - ch - 0.5);
            k.Poly(Steel, 8, (x0 + 1, -5), (x0 + 9, -5), (x0 + 9, 5), (x0 + 1, 5), (x0 - 1, 0));
            var xb = open ? xf - 14 : xf - 4 - bl;
            var blade = new Turned(pen, xb, 0, 0);
            if (tanto)
            {
                blade.Poly(Steel, 3 * 0.6, (0, -bw / 2), (0.85 * bl, -bw / 2), (bl, -bw * 0.25), (0.8 * bl, bw / 2), (0, bw / 2));
                blade.Rect(Steel, 3 * 0.4, 0, -bw / 2, 0.8 * bl, bw * 0.5);
            }
            else
            {
                blade.Poly(Steel, 3 * 0.55, (0, -bw / 2), (0.55 * bl, -bw / 2), (bl, 0), (0.55 * bl, bw / 2), (0, bw / 2));
                blade.Poly(Steel, 3 * 0.45, (0, -bw * 0.15), (0.6 * bl, -bw * 0.12), (0.95 * bl, 0), (0.6 * bl, bw * 0.12), (0, bw * 0.15));
            }

            k.Rect(Steel, 2.5, xb - 24, -(bw / 2) + 1, 24, bw - 2);
            k.Line(Steel, 0.8, 0.6, false, Zigzag(x0 + 12, xb - 24, -2.5, 3, 5));
            k.Rect(Steel, 3, x0 + (hl * 0.45), -4, 16, 8);
            k.Rect(Steel, 1, x0 + 8, (hw / 2) - 11, 62, 9);
            for (var i = random.Next(4, 7); i > 0; i--)
            {
                k.Ellipse(Steel, 6, U(x0 + 6, xf - 6), (i % 2 == 0 ? -1 : 1) * ((hw / 2) - 3), 1.5, 1.5);
            }

            return pen.Box;
        }

        /// <summary>
        /// A folding pruning knife with a hooked ("hawkbill") blade, sold in every garden centre: a 105–125 × 21–26
        /// mm handle, either nylon scales (two 3.5 mm, about 1.15 g/cm³) over 0.8 mm steel liners with the steel
        /// back spring, or a round beech handle (about 0.7 g/cm³) with a turning steel collar lock at its nose; a
        /// 62–75 mm blade 18–22 mm deep of 1.8–2.2 mm steel, its edge on the inside of the hook; open, or folded shut.
        /// </summary>
        private PixelBox PruningKnife(double scale)
        {
            var hl = U(105, 125);
            var hw = U(21, 26);
            var bl = U(62, 75);
            var bw = U(18, 22);
            var bt = U(1.8, 2.2);
            var wooden = Chance(0.4);
            var open = Chance(0.6);
            var span = open ? hl - 8 + bl : hl;
            var pen = Lay((span / 2) + 2, (hw / 2) + (bw * 0.5) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            var x0 = -span / 2;
            var xp = x0 + hl - 8;
            var grip = new (double X, double Y)[]
            {
                (x0 + 4, -hw * 0.4), (x0 + (hl * 0.5), -hw / 2), (x0 + hl, -hw * 0.42), (x0 + hl, hw * 0.42),
                (x0 + (hl * 0.55), hw * 0.38), (x0 + (hl * 0.2), hw / 2), (x0, hw * 0.35), (x0, -hw * 0.2),
            };
            if (wooden)
            {
                k.Poly(Organic, hw * 0.7 * 0.6, grip);
                k.Poly(Organic, hw * 0.7 * 0.4, Shrunk(grip, x0 + (hl / 2), 0, 0.95, 0.55));
                k.Rect(Steel, 2 * 0.8, xp - 4, -hw * 0.45, 10, hw * 0.9);
                k.Rect(Steel, 0.8 * hw / 2, xp - 4, -hw * 0.45, 1.5, hw * 0.9);
                k.Rect(Steel, 0.8 * hw / 2, xp + 4.5, -hw * 0.45, 1.5, hw * 0.9);
                k.Rect(Steel, 2 * 1.1, xp - 11, -hw * 0.45, 5, hw * 0.9);
            }
            else
            {
                k.Poly(Organic, 2 * 3.5 * 1.15, grip);
                k.Poly(Steel, 2 * 0.8, Shrunk(grip, x0 + (hl / 2), 0, 0.96, 0.85));
                k.Line(Steel, 3, 3, false, (x0 + 6, (-hw * 0.4) + 2), (x0 + (hl * 0.5), (-hw / 2) + 2), (xp - 6, (-hw * 0.42) + 2));
                k.Ellipse(Brass, 8, x0 + 10, 0, 1.6, 1.6);
            }

            k.Ellipse(Steel, wooden ? 16 : 12, xp, 0, 2.5, 2.5);
            var blade = new Turned(pen, xp, 0, open ? U(-0.04, 0.04) : Math.PI + U(-0.03, 0.03));
            blade.Poly(Steel, bt * 0.6,
                (-8, -bw / 2), (0.4 * bl, -bw / 2), (0.75 * bl, -bw * 0.32), (0.95 * bl, bw * 0.12), (bl, bw * 0.6),
                (0.9 * bl, bw * 0.36), (0.7 * bl, bw * 0.12), (0.45 * bl, bw * 0.14), (0.2 * bl, bw * 0.42), (-8, bw / 2));
            blade.Rect(Steel, bt * 0.4, -8, -bw / 2, 0.5 * bl, bw * 0.45);
            return pen.Box;
        }

        /// <summary>
        /// A chef's knife roll rolled up and strapped (a catering student's or a cook's own): 380–420 mm long and
        /// 95–120 mm across as rolled, three or four turns of waxed canvas (each 1.5–2.5 mm at about 0.6 g/cm³),
        /// two leather straps with steel buckles; in its pockets three to five of a chef's knife (200–230 mm), a
        /// bread knife (200–230, serrated), a carving or boning knife, a paring knife (80–100), and a 230 mm steel
        /// honing rod, lying side by side head to tail.
        /// </summary>
        private PixelBox KnifeRoll(double scale)
        {
            var rl = U(380, 420);
            var rw = U(95, 120);
            var pen = Lay((rl / 2) + 4, (rw / 2) + 4, scale);
            var roll = new Turned(pen, 0, 0, 0);
            var layer = U(1.5, 2.5) * 0.6;
            var turns = random.Next(3, 5);
            RoundedRect(roll, Organic, 2 * turns * layer, -rl / 2, -rw / 2, rl, rw, 8);
            roll.Line(Organic, 2 * turns * layer * 3, 4, false, (-rl / 2, (-rw / 2) + 2), (rl / 2, (-rw / 2) + 2));
            roll.Line(Organic, 2 * turns * layer * 3, 4, false, (-rl / 2, (rw / 2) - 2), (rl / 2, (rw / 2) - 2));
            foreach (var sx in new[] { -rl * 0.3, rl * 0.3 })
            {
                roll.Rect(Organic, 2 * 3 * 1.0, sx - 12, (-rw / 2) - 2, 24, rw + 4);
                roll.Line(Steel, 3, 3, true, (sx - 14, (-rw / 2) + 4), (sx + 14, (-rw / 2) + 4), (sx + 14, (-rw / 2) + 20), (sx - 14, (-rw / 2) + 20));
            }

            var kinds = new List<int> { 0, 1, 2, 3, 4 }.OrderBy(_ => random.Next()).Take(random.Next(3, 6)).ToList();
            var n = kinds.Count;
            for (var i = 0; i < n; i++)
            {
                var y = (-rw / 2) + 14 + ((rw - 28) * (i + 0.5) / n) + U(-4, 4);
                var flip = i % 2 == 0 ? 0 : Math.PI;
                var dir = i % 2 == 0 ? 1 : -1;
                switch (kinds[i])
                {
                    case 0:
                    {
                        var (bl, hl) = (U(200, 230), U(125, 135));
                        KitchenBlade(new Turned(pen, dir * ((hl - bl) / 2), y, flip + U(-0.02, 0.02)), bl, U(45, 50), U(2.3, 2.8), hl, false, Chance(0.6));
                        break;
                    }

                    case 1:
                    {
                        var (bl, hl) = (U(200, 230), U(120, 130));
                        KitchenBlade(new Turned(pen, dir * ((hl - bl) / 2), y, flip + U(-0.02, 0.02)), bl, U(28, 34), U(1.8, 2.2), hl, true, false);
                        break;
                    }

                    case 2:
                    {
                        var (bl, hl) = (U(150, 200), U(115, 125));
                        KitchenBlade(new Turned(pen, dir * ((hl - bl) / 2), y, flip + U(-0.02, 0.02)), bl, U(20, 28), U(2, 2.5), hl, false, Chance(0.4));
                        break;
                    }

                    case 3:
                    {
                        var (bl, hl) = (U(80, 100), U(90, 100));
                        KitchenBlade(new Turned(pen, dir * ((hl - bl) / 2) + U(-30, 30), y, flip + U(-0.03, 0.03)), bl, U(18, 21), U(1.5, 1.8), hl, false, false);
                        break;
                    }

                    default:
                    {
                        // The honing rod: a 10–12 mm hardened steel rod, its guard and moulded handle.
                        var rod = new Turned(pen, dir * 66, y, flip);
                        var d = U(10, 12);
                        rod.Cylinder(Steel, -115, -d / 2, 230, d, 0.8);
                        rod.Rect(Steel, 6, -120, -14, 5, 28);
                        rod.Cylinder(Organic, -238, -14, 118, 28, 1.2 * 0.8);
                        rod.Ring(Steel, 1.5, 2, -242, 0, 6, 6);
                        break;
                    }
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// A knife made to pass for a key, on a key ring: a 62–70 mm stainless handle cut to a house key's outline
        /// (a bow with the ring's hole, a shaft with dummy bitting along its back; two 1.2 mm halves with a liner
        /// lock between) from whose shaft a 38–45 × 10–12 mm blade of 1.8 mm stainless folds out; shut (the blade
        /// in the shaft) or open; with two to five real keys (2 mm nickel silver) on a 2 mm steel split ring and a
        /// plastic fob or a bottle opener on some.
        /// </summary>
        private PixelBox KeyKnife(double scale)
        {
            var rr = U(12, 15);
            var pen = Lay(rr + 125, rr + 125, scale);
            var ring = new Turned(pen, 0, 0, 0);
            ring.Ring(Steel, 1.6, 2, 0, 0, rr, rr);
            var keys = random.Next(2, 6);
            var a = U(0, 2 * Math.PI);
            for (var i = 0; i < keys; i++)
            {
                HouseKey(new Turned(pen, 0, 0, a), rr);
                a += U(0.45, 0.75);
            }

            if (Chance(0.4))
            {
                var fob = new Turned(pen, 0, 0, a);
                a += U(0.45, 0.7);
                RoundedRect(fob, Organic, 8 * 1.05, rr + 4, -14, 42, 28, 8);
                fob.Ellipse(Steel, 3, rr + 8, 0, 3, 3);
            }
            else if (Chance(0.4))
            {
                var opener = new Turned(pen, 0, 0, a);
                a += U(0.45, 0.7);
                opener.Ring(Steel, 2.5, 5, rr + 12, 0, 8, 7);
                opener.Rect(Steel, 2.5, rr + 20, -7, 32, 14);
            }

            var ka = a + U(0.1, 0.3);
            pen.Item(() =>
            {
                var knife = new Turned(pen, 0, 0, ka);
                var hl = U(62, 70);
                var bow = U(24, 28);
                var cx = rr + (bow / 2) - 2;
                knife.Ring(Steel, 2.4, (bow / 2) - 3.5, cx, 0, (bow / 4) + 2.6, (bow / 4) + 2.6);
                var xs = rr + bow - 3;
                var shaft = hl - bow + 4;
                knife.Rect(Steel, 2.4, xs, -6.5, shaft, 13);
                knife.Line(Steel, 2.4, 1.5, false, Zigzag(xs + 3, xs + shaft - 2, -7.5, 4.5, 1.5));
                knife.Rect(Steel, 1.2, xs, -1, shaft - 4, 2);
                var bl = U(38, 45);
                var bw = U(10, 12);
                var xp = xs + shaft - 4;
                var open = Chance(0.5);
                var (px, py) = Moved(0, 0, ka, xp, 0);
                var blade = new Turned(pen, px, py, ka + (open ? U(-0.05, 0.05) : Math.PI));
                blade.Poly(Steel, 1.8 * 0.6, (-4, -bw / 2), (0.7 * bl, -bw / 2), (bl, -bw * 0.2), (0.75 * bl, bw / 2), (-4, bw / 2));
                blade.Rect(Steel, 1.8 * 0.4, -4, -bw / 2, 0.7 * bl, bw * 0.45);
                knife.Ellipse(Steel, 6, xp, 0, 2, 2);
            });

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// The layout of a 1911-pattern pistol of a given barrel length: overall length, height, the slide's rear
        /// and top, the grip's top and bottom and how far back the raked grip's bottom lies; and what it occupies
        /// (muzzle toward +x, the frame centred near the origin).
        /// </summary>
        private readonly record struct Layout1911(double L, double H, double Xs0, double Y0, double Gy, double Gb, double Drop)
        {
            public static Layout1911 Of(double barrel)
            {
                var l = barrel + 89 + (barrel < 100 ? 5 : 0);
                var h = barrel < 100 ? 127.0 : 138.0;
                var xs0 = (l / 2) - (barrel + 77);
                var y0 = (-h / 2) + 3;
                var gy = y0 + 29 + 8;
                var gb = (h / 2) - 4;
                return new Layout1911(l, h, xs0, y0, gy, gb, (gb - gy) * Math.Tan(18 * Math.PI / 180));
            }

            public (double X0, double Y0, double X1, double Y1) Bounds => (Math.Min(Xs0 - 14, Xs0 + 14 - Drop - 3), Y0 - 4, (L / 2) + 1, Gb + 6);
        }

        /// <summary>
        /// A 1911-pattern pistol in .45 ACP, all steel (blued or stainless), turned by <paramref name="angle"/> about
        /// (<paramref name="ox"/>, <paramref name="oy"/>): a Government (127 mm barrel, 216 × 138 mm), Commander (108 mm)
        /// or Officer's (89 mm, a shorter grip) model; a slide of two 3.8 mm walls with its solid top and breech, the
        /// barrel (16 mm over a 11.4 mm bore) in its bushing, the recoil spring under it in the frame's dust cover; the
        /// frame with its trigger guard, an aluminium or steel trigger, the thumb safety and slide stop, the grip
        /// raked 18° with its steel front strap and mainspring housing, the beavertail grip safety and an exposed
        /// hammer; walnut (2 × 6 mm, 0.65 g/cm³) or G10 (2 × 4 mm, 1.85) panels; a single-stack steel magazine with
        /// <paramref name="rounds"/> rounds of .45 ACP, and one in the chamber on some.
        /// </summary>
        private void Pistol1911(Pen pen, double ox, double oy, double angle, double barrel, int rounds)
        {
            var g = Layout1911.Of(barrel);
            var gun = new Turned(pen, ox, oy, angle);
            var x1 = g.L / 2;
            var xs0 = g.Xs0;
            var y0 = g.Y0;
            const double sh = 29;
            gun.Rect(Steel, 2 * 3.8, xs0, y0, x1 - xs0, sh);
            gun.Rect(Steel, 12, xs0, y0, x1 - xs0, 3);
            gun.Rect(Steel, 14, xs0, y0 + 3, 28, sh - 7);
            gun.Rect(Steel, 5, x1 - 12, y0 - 3, 5, 3);
            gun.Rect(Steel, 8, xs0 + 5, y0 - 3, 10, 3);
            var breech = x1 - barrel;
            gun.Tube(Steel, breech, y0 + 5, barrel, 16, 2.3);
            gun.Rect(Steel, 8, breech, y0 + 3, 24, 20);
            gun.Rect(Steel, 10, x1 - 9, y0 + 2, 8, 22);
            gun.Cylinder(Steel, breech + 12, y0 + sh - 4, barrel - 14, 11, 0.3);
            gun.Rect(Steel, 2 * 3, xs0 + 4, y0 + sh, x1 - 24 - xs0, 9);
            var gxb = xs0 + 14;
            var gxf = xs0 + 68;
            var gy = g.Gy;
            var gb = g.Gb;
            var drop = g.Drop;
            gun.Rect(Steel, 2 * 2.5, gxf + 40, y0 + sh - 3, x1 - 22 - (gxf + 40), 16);
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10)
                .Select(t => (gxf + 21 + (21 * Math.Cos(t)), gy - 3 + (17 * Math.Sin(t)))).ToArray();
            gun.Line(Steel, 5, 4.5, false, guard);
            gun.Poly(Chance(0.6) ? Aluminium : Steel, 7, (gxf + 6, gy - 4), (gxf + 13, gy - 4), (gxf + 12, gy + 11), (gxf + 6, gy + 11));
            var grip = new (double X, double Y)[] { (gxb, gy - 6), (gxf, gy - 6), (gxf - drop, gb), (gxb - drop, gb) };
            gun.Poly(Steel, 2 * 2, grip);
            gun.Line(Steel, 16, 3, false, (gxf, gy - 6), (gxf - drop, gb));
            gun.Line(Steel, 16, 4, false, (gxb, gy - 6), (gxb - drop, gb));
            gun.Poly(Organic, Chance(0.6) ? 2 * 6 * 0.65 : 2 * 4 * 1.85, Shrunk(grip, gxb + ((gxf - gxb) / 2) - (drop / 2), (gy + gb) / 2, 0.82, 0.9));
            gun.Poly(Steel, 2 * 2.5, (gxb + 6, y0 + sh - 1), (xs0 - 12, y0 + sh - 5), (xs0 - 13, y0 + sh + 2), (gxb - 2, gy + 6));
            gun.Poly(Steel, 8, (xs0 + 4, y0 + 6), (xs0 - 6, y0 - 2), (xs0 - 12, y0 + 1), (xs0 - 5, y0 + 14), (xs0 + 4, y0 + 17));
            gun.Rect(Steel, 3, gxb + 2, y0 + sh + 1, 26, 5);
            gun.Rect(Steel, 3, gxf + 6, y0 + sh + 2, 30, 6);
            gun.Ellipse(Steel, 12, gxf + 30, y0 + sh + 5, 2, 2);
            var rho = 18 * Math.PI / 180;
            var ml = ((gb + 4 - (gy - 6)) / Math.Cos(rho)) - 2;
            var (tx, ty) = (((gxb + gxf) / 2) + 2, gy - 6);
            var (mcx, mcy) = (tx - (Math.Sin(rho) * ml / 2), ty + (Math.Cos(rho) * ml / 2));
            var (mx, my) = Moved(ox, oy, angle, mcx, mcy);
            BoxMagazine(pen, mx, my, angle + (Math.PI / 2) + rho, ml, 34, rounds, false, 22.8, 12.0, 12.0, 9.6, 11.5, jacketed: true);
            if (Chance(0.35))
            {
                var (cx, cy) = Moved(ox, oy, angle, breech + 16, y0 + 13);
                BrassRound(new Turned(pen, cx, cy, angle), 22.8, 12.0, 12.0, 9.6, 11.5, jacketed: true);
            }
        }

        /// <summary>A 1911-pattern .45 (Government, Commander or Officer's; see <see cref="Pistol1911"/>) lying on its side, its magazine in and loaded or not.</summary>
        private PixelBox GovernmentPistol(double scale)
        {
            var barrel = random.Next(3) switch
            {
                0 => 127.0,
                1 => 108.0,
                _ => 89.0,
            };
            var (x0, y0, x1, y1) = Layout1911.Of(barrel).Bounds;
            var pen = Lay(x0, y0, x1, y1, scale);
            Pistol1911(pen, 0, 0, 0, barrel, random.Next(0, barrel < 100 ? 7 : 8));
            return pen.Box;
        }

        /// <summary>
        /// A single-action revolver with a loading gate (the Colt Single Action Army pattern and its copies, or a cheap
        /// .22 rimfire "cowboy" revolver with a die-cast zinc-alloy frame): a 121, 140 or 191 mm barrel (.45 Colt,
        /// 17.5 mm over an 11.5 mm bore) or 121 or 165 mm (.22, 15 mm over 5.6 mm), its ejector rod in a tube beside
        /// it, a frame with a top strap, the fluted-free steel cylinder (41 × 42 mm, or 37 × 34 for .22) on its base
        /// pin, the loading gate, a long-spurred hammer, a brass or steel trigger guard and backstrap round a
        /// walnut or hard-rubber "plough-handle" grip; 0–6 rounds in the cylinder.
        /// </summary>
        private PixelBox SingleActionRevolver(double scale)
        {
            var rimfire = Chance(0.35);
            var bl = rimfire ? (Chance(0.5) ? 121.0 : 165.0) : random.Next(3) switch
            {
                0 => 121.0,
                1 => 140.0,
                _ => 191.0,
            };
            var (cl, cd, rc, od, bore) = rimfire ? (37.0, 34.0, 10.5, 15.0, 5.6) : (41.0, 42.0, 14.0, 17.5, 11.5);
            var k = rimfire ? 0.92 : 1.0;
            const double ya = -30;
            var xc0 = -(bl + 8 + 1.5 + cl - 66) / 2;
            var xc1 = xc0 + cl;
            var xf0 = xc1 + 1.5;
            var xb = xf0 + 8;
            var xm = xb + bl;
            var cc = ya + rc;
            var cylTop = cc - (cd / 2);
            var cylBottom = cc + (cd / 2);
            var pen = Lay(xc0 - (66 * k) - 2, cylTop - 30, xm + 2, ya + (106 * k) + 2, scale);
            var gun = new Turned(pen, 0, 0, 0);
            var frame = rimfire ? ZincAlloy : Steel;
            gun.Tube(Steel, xb - 2, ya - (od / 2), bl + 2, od, (od - bore) / 2);
            gun.Rect(Steel, 6, xm - 10, ya - (od / 2) - 5, 7, 5);
            var rod = Math.Min(bl - 12, 118);
            gun.Tube(Steel, xb, ya + 2, rod, 9, 1);
            gun.Cylinder(Steel, xb + 2, ya + 4, rod, 5, 0.8);
            gun.Rect(Steel, 8, xb + rod - 4, ya + 1, 8, 11);
            gun.Rect(frame, 14, xc0 - 10, cylTop - 8, xf0 - xc0 + 18, 7);
            gun.Rect(frame, 16, xc0 - 12, cylBottom - 1, xf0 - xc0 + 20, 9);
            gun.Rect(frame, 24, xf0, ya - (od / 2) - 2, 9, cylBottom + 8 - (ya - (od / 2) - 2));
            gun.Rect(frame, 26, xc0 - 12, cylTop - 8, 12, cylBottom + 8 - (cylTop - 8));
            gun.Cylinder(Steel, xc0, cylTop, cl, cd, 0.5);
            gun.Cylinder(Steel, xc0 - 4, cc - 3, cl + 26, 6, 0.8);
            gun.Rect(Steel, 5, xc0 - 5, cc - 5, 6, 14);
            gun.Poly(Steel, 9, (xc0 - 8, cylTop - 3), (xc0 - 14, cylTop - 18), (xc0 - 30, cylTop - 27), (xc0 - 33, cylTop - 21), (xc0 - 21, cylTop + 2), (xc0 - 12, cylTop + 10));
            var gy = cylBottom + 8;
            var guardMetal = Chance(0.5) ? Brass : frame;
            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(t => (xc0 + 14 + (18 * Math.Cos(t)), gy + (14 * Math.Sin(t)))).ToArray();
            gun.Line(guardMetal, 6, 4, false, guard);
            gun.Poly(Steel, 6, (xc0 + 10, gy), (xc0 + 16, gy), (xc0 + 11, gy + 12), (xc0 + 6, gy + 11));
            (double X, double Y) P(double x, double y) => (xc0 + (x * k), ya + (y * k));
            var front = new[] { (xc0 - 4, gy + 1), P(-10, 70), P(-22, 86), P(-28, 98) };
            var back = new[] { P(-64, 92), P(-58, 70), P(-46, 40), (xc0 - 34, cylTop + 18), (xc0 - 22, cylTop + 6) };
            (double X, double Y)[] grip = [.. front, P(-40, 104), P(-56, 102), .. back];
            gun.Poly(Organic, Chance(0.6) ? 2 * 8 * 0.65 : 2 * 6 * 1.2, grip);
            gun.Line(guardMetal, 12, 3, false, front);
            gun.Line(guardMetal, 14, 4, false, [P(-40, 104), P(-56, 102), .. back]);
            gun.Ellipse(Steel, 14, xc0 - 28, ya + (50 * k), 2, 2);
            var loaded = random.Next(0, 7);
            var phase = U(0, Math.PI / 3);
            for (var i = 0; i < loaded; i++)
            {
                var y = cc + (rc * Math.Sin(phase + (i * Math.PI / 3)));
                if (rimfire)
                {
                    BrassRound(new Turned(pen, xc0 - 1 + ((15.6 + 9.9) / 2), y, 0), 15.6, 5.7, 6.9, 9.9, 5.7, jacketed: false);
                }
                else
                {
                    BrassRound(new Turned(pen, xc0 - 1.2 + ((32.6 + 8.0) / 2), y, 0), 32.6, 12.2, 12.7, 8.0, 11.5, jacketed: false);
                }
            }

            return pen.Box;
        }

        /// <summary>The layout of a blank-firing pistol of length <paramref name="l"/>: its height, rake and what it occupies (muzzle toward +x).</summary>
        private static (double H, double Gy, double Gb, double Drop, double X0, double Y0, double X1, double Y1) BlankLayout(double l)
        {
            var h = l * 0.69;
            var y0 = -h / 2;
            var gy = y0 + 30 + 8;
            var gb = h / 2;
            var drop = (gb - gy) * Math.Tan(16 * Math.PI / 180);
            return (h, gy, gb, drop, Math.Min((-l / 2) - 9, (-l / 2) + 8 - drop - 4), y0 - 5, (l / 2) + 1, gb + 4);
        }

        /// <summary>
        /// A blank-firing "alarm" pistol converted to fire bullets (the commonest illegal handgun in British seizures),
        /// turned by <paramref name="angle"/> about (<paramref name="ox"/>, <paramref name="oy"/>): a full-size (195–205 mm)
        /// or compact (170–178 mm) copy of a service pistol whose slide (two 4.5 mm walls, its top and breech block)
        /// and frame (two 3.5 mm walls, a heavy dust cover, the trigger guard) are die-cast zinc alloy, its cast barrel
        /// (16 mm) drilled through and sleeved with a 10 mm steel tube; a steel firing pin, recoil spring and hammer
        /// strut, a cast hammer, plastic grip panels (two 4 mm, about 1.2 g/cm³), a double-stack steel magazine with
        /// <paramref name="rounds"/> rounds of .380 / 9 mm short.
        /// </summary>
        private static void BlankPistol(Pen pen, double ox, double oy, double angle, double l, int rounds)
        {
            var (h, gy, gb, drop, _, _, _, _) = BlankLayout(l);
            var gun = new Turned(pen, ox, oy, angle);
            var x0 = -l / 2;
            var y0 = -h / 2;
            const double sh = 30;
            gun.Rect(ZincAlloy, 2 * 4.5, x0, y0, l, sh);
            gun.Rect(ZincAlloy, 14, x0, y0, l, 3);
            gun.Rect(ZincAlloy, 16, x0 + 2, y0 + 3, 26, sh - 7);
            gun.Rect(Steel, 4, x0 + 4, y0 + 12, 22, 3);
            gun.Rect(ZincAlloy, 6, x0 + l - 10, y0 - 4, 5, 4);
            gun.Rect(ZincAlloy, 8, x0 + 4, y0 - 4, 10, 4);
            gun.Tube(ZincAlloy, x0 + 28, y0 + 6, l - 30, 16, 3.5);
            gun.Tube(Steel, x0 + 28, y0 + 9, l - 30, 10, 1.4);
            gun.Cylinder(Steel, x0 + 52, y0 + sh - 5, l - 62, 9, 0.3);
            gun.Rect(ZincAlloy, 2 * 3.5, x0 + 6, y0 + sh, l - 12, 12);
            var gx = x0 + 8;
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10)
                .Select(t => (x0 + 66 + (22 * Math.Cos(t)), gy + (16 * Math.Sin(t)))).ToArray();
            gun.Line(ZincAlloy, 9, 5, false, guard);
            gun.Poly(Steel, 6, (x0 + 58, gy - 2), (x0 + 64, gy - 2), (x0 + 61, gy + 13), (x0 + 56, gy + 12));
            var grip = new (double X, double Y)[] { (gx, gy - 6), (gx + 38, gy - 6), (gx + 38 - drop, gb), (gx - 2 - drop, gb) };
            gun.Poly(ZincAlloy, 2 * 3, grip);
            gun.Line(ZincAlloy, 10, 3, false, grip[1], grip[2]);
            gun.Line(ZincAlloy, 10, 3, false, grip[0], grip[3]);
            gun.Poly(Organic, 2 * 4 * 1.2, Shrunk(grip, gx + 18 - (drop / 2), (gy + gb) / 2, 0.85, 0.85));
            gun.Poly(ZincAlloy, 10, (x0 + 2, y0 + 8), (x0 - 8, y0 + 2), (x0 - 9, y0 + 8), (x0, y0 + 20));
            gun.Rect(Steel, 3, x0 + 12, gy - 8, 30, 3);
            var rake = Math.Atan(Math.Tan(16 * Math.PI / 180));
            var ml = gb - gy + 4;
            var (mx, my) = Moved(ox, oy, angle, gx + 18 - (drop / 2), (gy + gb) / 2);
            BoxMagazine(pen, mx, my, angle + (Math.PI / 2) + rake, ml, 28, rounds, true, 17.3, 9.5, 9.5, 7.5, 9.0, jacketed: true);
        }

        /// <summary>A converted blank-firing pistol (see <see cref="BlankPistol"/>) lying on its side, loaded or not.</summary>
        private PixelBox ConvertedBlankPistol(double scale)
        {
            var l = Chance(0.55) ? U(195, 205) : U(170, 178);
            var (_, _, _, _, x0, y0, x1, y1) = BlankLayout(l);
            var pen = Lay(x0, y0, x1, y1, scale);
            BlankPistol(pen, 0, 0, 0, l, random.Next(0, 13));
            return pen.Box;
        }

        /// <summary>
        /// A flare pistol made to fire shotgun cartridges: a 12-bore break-open signal pistol of orange polyethylene
        /// (a 150 mm barrel 30 mm across with 4 mm walls, a hollow frame and grip of two 3 mm walls) or a 26.5 mm
        /// aluminium-alloy one (a 34 mm barrel, 4 mm walls, cast frame, plastic grips); its steel hinge pin, hammer
        /// spring and firing pin; pushed down its barrel, a 12-bore steel insert (21.5 mm, 1.8 mm walls) or a
        /// 26.5-to-12-bore sleeve (26 mm, 3.7 mm walls); a 70 mm 12-bore cartridge (a steel head, a plastic hull,
        /// the wad and a column of lead shot) chambered on most.
        /// </summary>
        private PixelBox ConvertedFlarePistol(double scale)
        {
            var alloy = Chance(0.4);
            var body = alloy ? Aluminium : Organic;
            var (od, wall) = alloy ? (34.0, 4.0) : (30.0, 4.0 * 0.95);
            const double bl = 150;
            const double ya = -35;
            var xb = -40.0;
            var x1 = xb + bl;
            var rake = Math.Tan(20 * Math.PI / 180);
            var gTop = ya + (od / 2) + 10;
            var gLen = 95.0;
            var gxb = xb - 72;
            var pen = Lay(gxb - (gLen * rake) - 4, ya - (od / 2) - 14, x1 + 2, gTop + gLen + 4, scale);
            var gun = new Turned(pen, 0, 0, 0);
            gun.Tube(body, xb, ya - (od / 2), bl, od, wall);
            gun.Rect(body, alloy ? 14 : 16, xb - 4, ya - (od / 2) - 2, 10, od + 4);
            var frame = new (double X, double Y)[] { (xb - 74, ya - 12), (xb - 4, ya - 12), (xb + 26, ya + (od / 2)), (xb + 26, gTop), (xb - 74, gTop) };
            gun.Poly(body, 2 * (alloy ? 4 : 3 * 0.95), frame);
            gun.Line(body, alloy ? 12 : 18, 3, true, frame);
            var grip = new (double X, double Y)[] { (gxb, gTop - 4), (gxb + 42, gTop - 4), (gxb + 42 - (gLen * rake), gTop + gLen), (gxb - (gLen * rake), gTop + gLen) };
            gun.Poly(body, 2 * (alloy ? 3.5 : 3 * 0.95), grip);
            gun.Line(body, alloy ? 10 : 16, 3, true, grip);
            if (alloy)
            {
                gun.Poly(Organic, 2 * 5 * 1.2, Shrunk(grip, gxb + 21 - (gLen * rake / 2), gTop + (gLen / 2), 0.85, 0.85));
            }

            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(t => (gxb + 64 + (20 * Math.Cos(t)), gTop + (16 * Math.Sin(t)))).ToArray();
            gun.Line(body, alloy ? 8 : 14, 5, false, guard);
            gun.Poly(alloy ? Steel : Organic, alloy ? 5 : 8, (gxb + 54, gTop - 2), (gxb + 61, gTop - 2), (gxb + 58, gTop + 13), (gxb + 52, gTop + 12));
            gun.Ellipse(Steel, 26, xb + 14, ya + (od / 2) + 5, 2.5, 2.5);
            gun.Poly(alloy ? Aluminium : Organic, alloy ? 10 : 14, (xb - 74, ya - 10), (xb - 86, ya - 26), (xb - 92, ya - 22), (xb - 80, ya + 2));
            gun.Rect(Steel, 3, xb - 16, ya - 2, 14, 3);
            gun.Line(Steel, 1.2, 1, false, Zigzag(gxb + 8, gxb + 8 + 60, gTop + 10, 6, 4));
            gun.Ellipse(Steel, 20, xb - 60, ya - 2, 1.5, 1.5);
            var insertOd = alloy ? 26.0 : 21.5;
            gun.Tube(Steel, xb - 2, ya - (insertOd / 2), bl + 1, insertOd, alloy ? 3.7 : 1.8);
            gun.Rect(Steel, 3, xb - 3, ya - (insertOd / 2) - 1.5, 2, insertOd + 3);
            if (Chance(0.85))
            {
                // A 12-bore cartridge: steel head and rim, base wad, hull, powder, plastic wad, lead shot, the crimp.
                var x = xb - 1;
                gun.Rect(Steel, 0.8 * 22.5, x, ya - 11.2, 1.2, 22.4);
                gun.Tube(Steel, x + 1.2, ya - 10.2, 15, 20.4, 0.35);
                gun.Rect(Brass, 6, x + 1.2, ya - 2.8, 5, 5.6);
                gun.Cylinder(Organic, x + 1.2, ya - 9.5, 10, 19, 1.0);
                gun.Tube(Organic, x + 16, ya - 10.2, 53, 20.4, 0.6 * 0.95);
                gun.Cylinder(Organic, x + 11, ya - 9.2, 8, 18.4, 0.9);
                gun.Cylinder(Organic, x + 19, ya - 9.2, 14, 18.4, 0.5);
                gun.Cylinder(Lead, x + 33, ya - 9.2, U(20, 24), 18.4, 0.62);
                gun.Rect(Organic, 8, x + 66, ya - 9, 4, 18);
            }

            return pen.Box;
        }

        /// <summary>
        /// A pistol in a hollowed-out book: a large hardback (235–250 × 165–178 mm, 40–55 mm thick; two 2.5 mm board
        /// covers at about 0.7 g/cm³, the spine), the middle of its page block (paper about 0.8 g/cm³) cut out to leave
        /// a 12–16 mm frame and a 6–10 mm floor of pages glued together; in the hollow a compact converted blank-firer
        /// (see <see cref="BlankPistol"/>) or a compact 9 mm, loaded or not, in a freezer bag on some.
        /// </summary>
        private PixelBox PistolInBook(double scale)
        {
            var w = U(235, 250);
            var hgt = U(165, 178);
            var depth = U(40, 55);
            var m = U(12, 16);
            var pen = Lay((w / 2) + 4, (hgt / 2) + 4, scale);
            var book = new Turned(pen, 0, 0, 0);
            book.Rect(Organic, 2 * 2.5 * 0.7, -w / 2, (-hgt / 2) - 3, w + 3, hgt + 6);
            book.Rect(Organic, depth * 0.7 * 0.25, (-w / 2) - 3, (-hgt / 2) - 3, 5, hgt + 6);
            var pd = (depth - 5) * 0.8;
            var (cx0, cy0, cx1, cy1) = ((-w / 2) + m, (-hgt / 2) + m, (w / 2) - m, (hgt / 2) - m);
            book.Rect(Organic, pd, -w / 2, -hgt / 2, w, m);
            book.Rect(Organic, pd, -w / 2, cy1, w, m);
            book.Rect(Organic, pd, -w / 2, cy0, m, cy1 - cy0);
            book.Rect(Organic, pd, cx1, cy0, m, cy1 - cy0);
            book.Rect(Organic, U(6, 10) * 0.8, cx0, cy0, cx1 - cx0, cy1 - cy0);
            var flip = Chance(0.5) ? 0 : Math.PI;
            var angle = flip + U(-0.04, 0.04);
            pen.Item(() =>
            {
                if (Chance(0.55))
                {
                    var l = U(170, 176);
                    var (_, _, _, _, bx0, by0, bx1, by1) = BlankLayout(l);
                    var (gx, gy) = Moved(0, 0, flip, -(bx0 + bx1) / 2, -(by0 + by1) / 2);
                    BlankPistol(pen, gx + U(-3, 3), gy + U(-2, 2), angle, l, random.Next(0, 13));
                }
                else
                {
                    var l = U(150, 160);
                    var (gx, gy) = Moved(0, 0, flip, 6, 0);
                    CompactNine(pen, gx + U(-3, 3), gy + U(-2, 2), angle, l, Chance(0.6), true, random.Next(0, 16));
                }
            });

            if (Chance(0.4))
            {
                book.Rect(Organic, 2 * 0.05 * 0.92, cx0 + 2, cy0 + 2, cx1 - cx0 - 4, cy1 - cy0 - 4);
                book.Line(Organic, 1.2, 1.2, false, (cx0 + 4, cy0 + 8), (cx1 - 4, cy0 + 8));
            }

            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>A pouch Li-ion cell of <paramref name="depth"/> mm lying flat: its aluminium-laminate skin, the copper and aluminium foils, the electrolyte-wet stack.</summary>
        private static void FlatCell(Turned part, double x, double y, double l, double w, double depth)
        {
            part.Rect(Steel, 0.15 * depth, x, y, l, w);
            part.Rect(Mixed, 0.85 * depth, x, y, l, w);
        }

        /// <summary>
        /// A phone with an aluminium unibody back: a small one (the 4-inch iPhone 5s / first SE class, 123–125 × 58.4–59
        /// × 7.6 mm, glass strips top and bottom of the back, a long 1600 mAh cell down one side and the board down the
        /// other, a steel-ringed home button) or a mid-range Android of the late 2010s (150–155 × 74–76.5 × 8.3–8.9 mm,
        /// plastic antenna bands across the back, a 4000 mAh cell, a round fingerprint reader under the camera); a 0.7 mm
        /// glass front over the display's 0.2 mm steel plate, the back 0.9–1 mm and its sides (0.8 mm) seen edge-on round
        /// the rim; the board's shields, the cameras, the vibration motor, the speaker, the port and the SIM tray; bare
        /// or in a clear TPU case.
        /// </summary>
        private PixelBox MetalUnibodyPhone(double scale)
        {
            var small = Chance(0.5);
            var (l, w, depth) = small ? (U(123, 125), U(58.4, 59), 7.6) : (U(150, 155), U(74, 76.5), U(8.3, 8.9));
            var cased = Chance(0.4);
            var pen = Lay((l / 2) + 3, (w / 2) + 3, scale);
            var p = new Turned(pen, 0, 0, 0);
            var r = small ? 8.0 : 9.0;
            RoundedRect(p, Glass, 0.7, -l / 2, -w / 2, l, w, r);
            p.Rect(Steel, 0.2, (-l / 2) + 13, (-w / 2) + 3, l - 26, w - 6);
            var outline = RoundedOutline((-l / 2) + 0.75, (-w / 2) + 0.75, l - 1.5, w - 1.5, r - 0.5);
            p.Line(Aluminium, depth * 0.8 / 1.5, 1.5, true, outline);
            if (small)
            {
                p.Rect(Aluminium, 0.95, (-l / 2) + 14, -w / 2, l - 28, w);
                RoundedRect(p, Glass, 0.7, -l / 2, -w / 2, 14, w, r);
                RoundedRect(p, Glass, 0.7, (l / 2) - 14, -w / 2, 14, w, r);
                FlatCell(p, (-l / 2) + 16, (-w / 2) + 4, 91, 32, 3.6);
                var by = (-w / 2) + 38;
                p.Rect(Mixed, 1.6, (-l / 2) + 18, by, l - 32, (w / 2) - 4 - by);
                for (var i = random.Next(4, 7); i > 0; i--)
                {
                    p.Rect(Steel, 0.4, U((-l / 2) + 20, (l / 2) - 22), by + 1, U(6, 12), U(6, (w / 2) - 6 - by));
                }

                p.Ring(Steel, 1.5, 1.2, (-l / 2) + 7, 0, 5.5, 5.5);
                p.Ellipse(Glass, 0.8, (-l / 2) + 7, 0, 4.8, 4.8);
                p.Ring(Steel, 2, 1.2, (l / 2) - 8, (-w / 2) + 9, 3.5, 3.5);
                p.Rect(Steel, 2.5, (-l / 2) + 6, (-w / 2) + 6, 9, 8);
            }
            else
            {
                RoundedRect(p, Aluminium, 1.0, -l / 2, -w / 2, l, w, r);
                foreach (var x in new[] { (-l / 2) + 10, (l / 2) - 12 })
                {
                    p.Line(Organic, 2, 1.2, false, (x, -w / 2), (x, w / 2));
                }

                var (cl, cw) = (U(88, 96), U(62, 66));
                FlatCell(p, (-l / 2) + 20, -cw / 2, cl, cw, 4.6);
                var top = (-l / 2) + 22 + cl;
                p.Rect(Mixed, 1.6, top, (-w / 2) + 4, (l / 2) - top - 3, w - 8);
                for (var i = random.Next(3, 7); i > 0; i--)
                {
                    p.Rect(Steel, 0.5, U(top, (l / 2) - 14), U((-w / 2) + 5, (w / 2) - 14), U(6, 11), U(5, 9));
                }

                for (var i = random.Next(1, 3) - 1; i >= 0; i--)
                {
                    p.Ring(Steel, 2, 1.4, (l / 2) - 12 - (i * 11), 0, 4, 4);
                }

                p.Ring(Steel, 1.5, 1.2, (l / 2) - 40, 0, 6, 6);
                p.Ellipse(Mixed, 1, (l / 2) - 40, 0, 5, 5);
                p.Rect(Mixed, 1.2, (-l / 2) + 4, (-w / 2) + 4, 14, w - 8);
                p.Rect(Steel, 2.5, (-l / 2) + 5, (w / 2) - 20, 12, 14);
                p.Rect(Steel, 2.5, (-l / 2) + 6, (-w / 2) + 8, 9, 9);
            }

            p.Rect(Steel, 2.2, (-l / 2) + 0.5, -4.5, 4, 9);
            p.Rect(Steel, 0.6, U(-l / 4, l / 4), (w / 2) - 4.3, 16, 4);
            if (cased)
            {
                RoundedRect(p, Organic, 1.2 * 1.2, (-l / 2) - 1.5, (-w / 2) - 1.5, l + 3, w + 3, r + 1.5);
                p.Line(Organic, 10 * 1.2, 1.5, true, RoundedOutline((-l / 2) - 0.75, (-w / 2) - 0.75, l + 1.5, w + 1.5, r + 0.75));
            }

            return pen.Box;
        }

        /// <summary>
        /// A large phone with a built-in stylus (Galaxy Note / S Ultra class): 162–164 × 77–79 × 8.6–8.9 mm, a 0.7 mm
        /// glass front and back on an aluminium or titanium frame (a 2 mm rail), a 5000 mAh pouch cell, the board and
        /// its shields in the top third, four or five cameras (one of them a folded periscope with its prism and
        /// magnets), a digitiser layer of fine copper under the display; the stylus (a 105 × 5.8 mm polycarbonate pen
        /// with a ferrite core and coil at its tip, a small spring and button) in its silo along the bottom edge, or
        /// pulled out and lying beside the phone.
        /// </summary>
        private PixelBox StylusPhone(double scale)
        {
            var l = U(162, 164);
            var w = U(77, 79);
            var depth = U(8.6, 8.9);
            var penOut = Chance(0.3);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + (penOut ? 16 : 2), scale);
            var p = new Turned(pen, 0, 0, 0);
            const double r = 7;
            RoundedRect(p, Glass, 1.4, -l / 2, -w / 2, l, w, r);
            p.Line(Chance(0.35) ? Titanium : Aluminium, depth * 0.75, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, r - 1));
            p.Rect(Steel, 0.2, (-l / 2) + 4, (-w / 2) + 3, l - 8, w - 6);
            p.Rect(Brass, 0.05, (-l / 2) + 4, (-w / 2) + 3, l - 8, w - 6);
            p.Rect(Aluminium, 0.6, (-l / 2) + 6, (-w / 2) + 5, l - 12, w - 10);
            var (cl, cw) = (U(95, 100), U(62, 66));
            var bx = (-l / 2) + 20;
            FlatCell(p, bx, -cw / 2, cl, cw, 5.2);
            var top = bx + cl + 3;
            p.Rect(Mixed, 1.6, top, (-w / 2) + 4, (l / 2) - top - 3, w - 8);
            for (var i = random.Next(4, 8); i > 0; i--)
            {
                p.Rect(Steel, 0.5, U(top, (l / 2) - 14), U((-w / 2) + 5, (w / 2) - 14), U(6, 11), U(5, 9));
            }

            for (var i = 0; i < random.Next(3, 5); i++)
            {
                p.Ring(Steel, 2.2, 1.6, (l / 2) - 12 - ((i % 2) * 14), (-w / 2) + 12 + ((i / 2) * 14), 5, 5);
                p.Rect(Steel, 1.5, (l / 2) - 16 - ((i % 2) * 14), (-w / 2) + 8 + ((i / 2) * 14), 8, 8);
            }

            p.Rect(Glass, 6, (l / 2) - 46, (-w / 2) + 6, 8, 8);
            p.Rect(Steel, 2, (l / 2) - 38, (-w / 2) + 6, 16, 9);
            p.Rect(Steel, 2.5, (-l / 2) + 0.5, -4.5, 4, 9);
            p.Rect(Steel, 2.5, (-l / 2) + 4, 8, 13, 14);
            p.Rect(Steel, 2.5, (-l / 2) + 6, (-w / 2) + 14, 9, 9);
            var (sx, sy, sa) = penOut ? (U(-20, 20), (w / 2) + 9, U(-0.08, 0.08)) : ((-l / 2) + 55, (w / 2) - 6, 0.0);
            var stylus = new Turned(pen, sx, sy, sa + Math.PI);
            stylus.Cylinder(Organic, -52, -2.9, 105, 5.8, 1.2);
            stylus.Cylinder(Steel, 36, -1.2, 10, 2.4, 0.6);
            stylus.Rect(Brass, 0.8, 38, -2.4, 7, 4.8);
            stylus.Line(Steel, 0.5, 0.6, false, Zigzag(-48, -40, -1.5, 1.2, 3));
            stylus.Rect(Steel, 0.6, -10, -2.5, 6, 1.5);
            if (!penOut)
            {
                p.Line(Organic, 3, 1, true, ((-l / 2) + 2, (w / 2) - 10), ((-l / 2) + 110, (w / 2) - 10), ((-l / 2) + 110, (w / 2) - 2), ((-l / 2) + 2, (w / 2) - 2));
            }

            return pen.Box;
        }

        /// <summary>
        /// A gaming phone (ROG Phone class): 170–174 × 76–78 × 10–10.5 mm, 0.7 mm glass front and back on an aluminium
        /// frame; its 6000 mAh as two pouch cells, one at each end, with the board between them across the middle under a
        /// large copper vapour chamber (0.4 mm) and graphite sheets; two USB-C sockets (the foot and the side), front
        /// speakers with their magnets at both ends, the cameras off to one side, gold-plated pogo contacts; on some its
        /// clip-on cooler (a 68 × 45 × 26 mm plastic housing with its fan and motor, a Peltier element of ceramic plates
        /// round bismuth telluride pellets on a copper plate, the sprung clamp arms and a USB-C plug into the side socket).
        /// </summary>
        private PixelBox GamingPhone(double scale)
        {
            var l = U(170, 174);
            var w = U(76, 78);
            var depth = U(10, 10.5);
            var cooler = Chance(0.35);
            var pen = Lay((l / 2) + 2, (w / 2) + (cooler ? 12 : 2), scale);
            var p = new Turned(pen, 0, 0, 0);
            const double r = 8;
            RoundedRect(p, Glass, 1.4, -l / 2, -w / 2, l, w, r);
            p.Line(Aluminium, depth * 0.7, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, r - 1));
            p.Rect(Steel, 0.2, (-l / 2) + 4, (-w / 2) + 3, l - 8, w - 6);
            var cl = U(60, 66);
            FlatCell(p, (-l / 2) + 8, (-w / 2) + 6, cl, w - 12, 5);
            FlatCell(p, (l / 2) - 8 - cl, (-w / 2) + 6, cl, w - 12, 5);
            var mid = l - 16 - (2 * cl);
            p.Rect(Mixed, 1.6, -mid / 2, (-w / 2) + 4, mid, w - 8);
            for (var i = random.Next(4, 7); i > 0; i--)
            {
                p.Rect(Steel, 0.6, U((-mid / 2) + 1, (mid / 2) - 10), U((-w / 2) + 5, (w / 2) - 14), U(6, 10), U(6, 10));
            }

            p.Rect(Brass, 0.4, -35, -20, 70, 40);
            p.Rect(Organic, 0.6, (-l / 2) + 10, (-w / 2) + 8, l - 20, w - 16);
            p.Rect(Steel, 2.4, (-l / 2) + 0.5, -4.5, 4, 9);
            p.Rect(Steel, 2.4, -4.5, (w / 2) - 4.5, 9, 4);
            foreach (var x in new[] { (-l / 2) + 3, (l / 2) - 15 })
            {
                p.Rect(Steel, 2.5, x, -8, 12, 16);
            }

            for (var i = 0; i < 3; i++)
            {
                p.Ring(Steel, 2, 1.4, (l / 2) - 30 - (i * 11), (-w / 2) + 14, 4, 4);
            }

            for (var i = 0; i < 4; i++)
            {
                p.Rect(Brass, 1, 10 + (i * 3), (w / 2) - 3, 1.5, 3);
            }

            if (cooler)
            {
                var c = new Turned(pen, U(-6, 6), 4, 0);
                RoundedRect(c, Organic, 2 * 1.5 * 1.1, -34, -22, 68, 45, 10);
                c.Line(Organic, 26 * 1.1 * 0.6, 1.5, true, RoundedOutline(-33, -21, 66, 43, 9));
                c.Ellipse(Organic, 4, 0, -2, 16, 16);
                c.Ellipse(Steel, 3, 0, -2, 5, 5);
                c.Rect(Brass, 1, -12, -14, 24, 24);
                c.Rect(Mixed, 2 * 0.7 * 1.45, -8, -10, 16, 16);
                c.Rect(Lead, 0.35, -7, -9, 14, 14);
                c.Rect(Organic, 6, -30, 20, 60, 10);
                c.Line(Steel, 1, 1, false, Zigzag(-26, 26, 24, 4, 2));
                c.Rect(Steel, 2.4, -4.5, 30, 9, 6);
            }

            return pen.Box;
        }

        /// <summary>
        /// Phones hidden in a jar of peanut butter: a 340–454 g PET jar (84–90 mm across, 95–110 mm tall, 0.6 mm walls
        /// at 1.38 g/cm³) with its polypropylene lid and foil seal, still full of peanut butter (about 1.1 g/cm³), one or
        /// two thumb-sized phones wrapped in cling film pushed into it; standing (the beam down the jar, through all its
        /// depth of spread) or lying on its side.
        /// </summary>
        private PixelBox PhoneInPeanutButter(double scale)
        {
            var d = U(84, 90);
            var h = U(95, 110);
            var standing = Chance(0.45);
            var phones = Chance(0.35) ? 2 : 1;
            if (standing)
            {
                var sPen = Lay((d / 2) + 3, (d / 2) + 3, scale);
                var jar = new Turned(sPen, 0, 0, 0);
                jar.Ellipse(Organic, (h - 14) * 1.1 * 0.85, 0, 0, (d / 2) - 1, (d / 2) - 1);
                jar.Ring(Organic, h * 0.6 * 1.38 / 1.5, 1.5, 0, 0, (d / 2) - 0.75, (d / 2) - 0.75);
                jar.Ellipse(Organic, (2 * 1.5 * 0.9) + (2 * 0.6 * 1.38), 0, 0, (d / 2) + 1.5, (d / 2) + 1.5);
                jar.Ring(Organic, 16 * 1.5 * 0.9 / 1.5, 1.5, 0, 0, (d / 2) + 1.5, (d / 2) + 1.5);
                jar.Ellipse(Aluminium, 0.03, 0, 0, (d / 2) - 4, (d / 2) - 4);
                sPen.Item(() =>
                {
                    for (var i = 0; i < phones; i++)
                    {
                        var (pl, pw) = (U(46, 66), U(20, 26));
                        var off = phones == 1 ? U(-4, 4) : (i == 0 ? -14 : 14);
                        var phone = new Turned(sPen, off * Math.Cos(0.3), off * Math.Sin(0.3), U(0, 2 * Math.PI));
                        phone.Rect(Organic, 10 * 0.012 * 0.92 * 2, (-pl / 2) - 2, (-pw / 2) - 2, pl + 4, pw + 4);
                        ThumbPhone(phone, pl, pw, battery: Chance(0.85));
                    }
                });

                return sPen.Box;
            }

            var pen = Lay((h / 2) + 8, (d / 2) + 3, scale);
            var lying = new Turned(pen, 0, 0, 0);
            var x0 = -h / 2;
            lying.Tube(Organic, x0, -d / 2, h - 14, d, 0.6 * 1.38);
            lying.Rect(Organic, d * 0.8 * 0.6 * 1.38 / 1.5, x0, (-d / 2) + 2, 1.5, d - 4);
            LyingFill(lying, Organic, x0 + 1.5, h - 16, d - 2, U(0.88, 0.97), 1.1);
            lying.Tube(Organic, (h / 2) - 16, (-d / 2) - 2, 16, d + 4, 1.5 * 0.9);
            lying.Rect(Organic, (d + 4) * 0.8 * 1.5 * 0.9 / 1.5, (h / 2) - 1.5, (-d / 2) - 2, 1.5, d + 4);
            pen.Item(() =>
            {
                for (var i = 0; i < phones; i++)
                {
                    var (pl, pw) = (U(46, 66), U(20, 26));
                    var phone = new Turned(pen, U(-6, 6) - 6, phones == 1 ? U(-8, 8) : (i == 0 ? -15 : 15), U(-0.15, 0.15) + (Chance(0.5) ? 0 : Math.PI));
                    phone.Rect(Organic, 10 * 0.012 * 0.92 * 2, (-pl / 2) - 2, (-pw / 2) - 2, pl + 4, pw + 4);
                    ThumbPhone(phone, pl, pw, battery: Chance(0.85));
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// Phones hidden in a games controller (the wireless console pad a family hands in for a prisoner's in-cell
        /// console): a 150–156 × 100–106 × 60 mm ABS shell (two 2.2 mm walls, about 1.05 g/cm³), the main board with its
        /// components, two thumbstick modules in steel brackets, the triggers on their springs, two AA alkaline cells in
        /// the battery bay; opened and closed again with one or both rumble motors (a steel can with a steel or
        /// tungsten-alloy weight) taken out of the grips and a thumb-sized phone in each emptied grip, or the cells taken
        /// out and a small candy-bar phone across the middle.
        /// </summary>
        private PixelBox PhoneInGamepad(double scale)
        {
            var gw = U(150, 156);
            var gh = U(100, 106);
            var pen = Lay((gw / 2) + 2, (gh / 2) + 2, scale);
            var pad = new Turned(pen, 0, 0, 0);
            var k = gh / 104;
            var outline = new (double X, double Y)[]
            {
                (-gw / 2, -36 * k), (-gw * 0.33, -52 * k), (gw * 0.33, -52 * k), (gw / 2, -36 * k), (gw / 2, 0), (gw * 0.46, 28 * k),
                (gw * 0.38, 48 * k), (gw * 0.26, 52 * k), (gw * 0.18, 38 * k), (gw * 0.12, 20 * k), (-gw * 0.12, 20 * k),
                (-gw * 0.18, 38 * k), (-gw * 0.26, 52 * k), (-gw * 0.38, 48 * k), (-gw * 0.46, 28 * k), (-gw / 2, 0),
            };
            pad.Poly(Organic, 2 * 2.2 * 1.05, outline);
            pad.Line(Organic, 30 * 1.05, 2.2, true, outline);
            pad.Rect(Mixed, 1.6, -gw * 0.3, -40 * k, gw * 0.6, 50 * k);
            for (var i = random.Next(6, 11); i > 0; i--)
            {
                pad.Rect(Steel, 0.5, U(-gw * 0.28, gw * 0.24), U(-38 * k, 2 * k), U(3, 7), U(3, 7));
            }

            foreach (var (sx, sy) in new[] { (-gw * 0.3, -22 * k), (gw * 0.14, 2 * k) })
            {
                pad.Rect(Steel, 1.2, sx - 9, sy - 9, 18, 18);
                pad.Ellipse(Organic, 14, sx, sy, 10, 10);
            }

            foreach (var side in new[] { -1.0, 1.0 })
            {
                pad.Rect(Organic, 12, (side * gw * 0.36) - 12, -52 * k, 24, 10);
                pad.Line(Steel, 1, 0.8, false, Zigzag((side * gw * 0.36) - 4, (side * gw * 0.36) + 4, -44 * k, 2, 3));
                pad.Ellipse(Organic, 10, (side * gw * 0.22) + (side > 0 ? 8 : -8), -12 * k, 5, 5);
            }

            var middle = Chance(0.35);
            if (middle)
            {
                var phone = new Turned(pen, U(-4, 4), 2 * k, U(-0.04, 0.04) + (Chance(0.5) ? 0 : Math.PI));
                pen.Item(() => CandyBarPhone(phone, U(100, 106), U(44, 46)));
            }
            else
            {
                foreach (var x in new[] { -8.5, 8.5 })
                {
                    AlkalineCell(new Turned(pen, x, 2 * k, Math.PI / 2), 50.5, 14.5);
                }
            }

            var swapped = middle ? 0 : random.Next(1, 3);
            var first = Chance(0.5) ? -1.0 : 1.0;
            for (var g = 0; g < 2; g++)
            {
                var side = g == 0 ? first : -first;
                var (cx, cy) = (side * gw * 0.36, 30 * k);
                if (g < swapped)
                {
                    var (pl, pw) = (U(46, 56), U(20, 24));
                    pen.Item(() => ThumbPhone(new Turned(pen, cx, cy - 4, (Math.PI / 2) + (side * 0.45) + U(-0.1, 0.1)), pl, pw, battery: Chance(0.9)));
                }
                else
                {
                    var motor = new Turned(pen, cx, cy, (Math.PI / 2) + (side * 0.45));
                    motor.Tube(Steel, -12, -6, 24, 12, 0.3);
                    motor.Cylinder(Steel, -10, -4, 18, 8, 0.4);
                    motor.Poly(Steel, 9, (13, -5), (21, -5), (21, 5), (13, 5));
                }
            }

            return pen.Box;
        }

        // ---- ammunition -----------------------------------------------------------------------

        /// <summary>
        /// Revolver rounds on speed strips: one to three flexible polyurethane strips (about 1.2 g/cm³, 3–4 mm thick,
        /// 14 mm wide, with a pull tab) each holding six .38 Special or .357 Magnum rounds (or eight 9 × 19 on the
        /// longer strip for a moon-clip revolver) side by side by their rims, 12.5–13 mm apart, full or one or two
        /// short; lying flat, the rounds across the strip.
        /// </summary>
        private PixelBox SpeedStripRounds(double scale)
        {
            var strips = random.Next(1, 4);
            var pen = Lay(78, 78, scale);
            for (var s = 0; s < strips; s++)
            {
                var nine = Chance(0.25);
                var n = nine ? 8 : 6;
                var (caseL, d, rim, bulletOut, bd) = nine ? (19.15, 9.9, 9.9, 10.5, 9.0) : Chance(0.6) ? (29.3, 9.6, 11.2, 10.0, 9.1) : (32.8, 9.6, 11.2, 7.0, 9.1);
                var jacketed = nine || Chance(0.4);
                var pitch = U(12.5, 13);
                var len = (n * pitch) + 22;
                var (cx, cy) = strips == 1 ? (0.0, 0.0) : (U(-18, 18), U(-24, 24));
                var angle = U(0, 2 * Math.PI);
                var strip = new Turned(pen, cx, cy, angle);
                var x0 = -len / 2;
                var head = -(caseL + bulletOut) / 2;
                strip.Rect(Organic, U(3, 4) * 1.2, x0, head - 4, len, 14);
                strip.Rect(Organic, 2 * 1.2, x0 - 4, head - 2, 26, 10);
                var missing = Chance(0.25) ? random.Next(1, 3) : 0;
                for (var i = 0; i < n; i++)
                {
                    if (i < missing)
                    {
                        continue;
                    }

                    var (rx, ry) = Moved(cx, cy, angle, x0 + 22 + ((i + 0.5) * pitch) - (pitch / 2), 0);
                    BrassRound(new Turned(pen, rx, ry, angle + (Math.PI / 2)), caseL, d, rim, bulletOut, bd, jacketed);
                }
            }

            return pen.Box;
        }

        // ---- SIM cards ------------------------------------------------------------------------

        /// <summary>
        /// A SIM card holder the size of a payment card (the kind sold beside phone accessories): a 92–96 × 58–62 ×
        /// 5–6 mm polypropylene case (two 1 mm faces, about 0.9 g/cm³, walls edge-on) with a moulded tray of slots, or
        /// an aluminium one (0.8 mm faces); two to six nano and micro SIMs in the slots, a microSD card or two, and the
        /// steel ejector pin clipped into its groove.
        /// </summary>
        private PixelBox SimCardHolder(double scale)
        {
            var l = U(92, 96);
            var w = U(58, 62);
            var depth = U(5, 6);
            var pen = Lay((l / 2) + 2, (w / 2) + 2, scale);
            var c = new Turned(pen, 0, 0, 0);
            if (Chance(0.3))
            {
                RoundedRect(c, Aluminium, 2 * 0.8, -l / 2, -w / 2, l, w, 5);
                c.Line(Aluminium, depth * 0.8 / 1.5, 1.5, true, RoundedOutline((-l / 2) + 0.75, (-w / 2) + 0.75, l - 1.5, w - 1.5, 4.5));
                c.Rect(Organic, 1.5 * 0.9, (-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6);
            }
            else
            {
                RoundedRect(c, Organic, 2 * 1 * 0.9, -l / 2, -w / 2, l, w, 5);
                c.Line(Organic, depth * 0.9, 1.5, true, RoundedOutline((-l / 2) + 0.75, (-w / 2) + 0.75, l - 1.5, w - 1.5, 4.5));
            }

            for (var i = 1; i < 3; i++)
            {
                c.Line(Organic, 3 * 0.9, 0.8, false, ((-l / 2) + 4 + (i * (l - 8) / 3), (-w / 2) + 4), ((-l / 2) + 4 + (i * (l - 8) / 3), (w / 2) - 4));
            }

            c.Line(Organic, 3 * 0.9, 0.8, false, ((-l / 2) + 4, 0), ((l / 2) - 4, 0));
            var slots = Enumerable.Range(0, 6).OrderBy(_ => random.Next()).ToArray();
            var sims = random.Next(2, 7);
            for (var i = 0; i < sims; i++)
            {
                var slot = slots[i];
                var (sx, sy) = ((-l / 2) + 4 + (((slot % 3) + 0.5) * (l - 8) / 3), (slot < 3 ? -1 : 1) * ((w / 4) - 1));
                var sim = new Turned(pen, sx + U(-1, 1), sy + U(-1, 1), (Chance(0.5) ? 0 : Math.PI) + U(-0.05, 0.05));
                if (i == sims - 1 && Chance(0.5))
                {
                    sim.Rect(Organic, 0.8, -5.5, -7.5, 11, 15);
                    sim.Rect(Mixed, 0.5, -4.5, -6, 9, 8);
                    sim.Rect(Brass, 0.1, -5, 4, 10, 2.5);
                }
                else if (Chance(0.6))
                {
                    pen.Item(() => SimOutline(sim, 12.3, 8.8));
                }
                else
                {
                    pen.Item(() => SimOutline(sim, 15, 12));
                }
            }

            c.Line(Steel, 0.8 * 0.8, 0.8, false, ((-l / 2) + 8, (w / 2) - 6), ((-l / 2) + 32, (w / 2) - 6));
            c.Ring(Steel, 0.8 * 0.8, 0.8, (-l / 2) + 5, (w / 2) - 6, 3, 3);
            return pen.Box;
        }

        // ---- syringes -------------------------------------------------------------------------

        /// <summary>
        /// One to four prefilled syringes of the kind patients inject themselves at home (heparin class): a 1 ml
        /// borosilicate glass barrel (8.15 mm across, 1.1 mm walls, 45–50 mm long) with its finger flange, 0.2–1 ml
        /// of solution, a 27 G staked needle (0.4 × 12.7 mm) under a rigid needle shield (polypropylene over rubber),
        /// a bromobutyl stopper (about 1.3 g/cm³) and a polypropylene plunger rod; on some a needle guard (a
        /// polypropylene sleeve round the barrel with its steel spring); loose, or two to a PET blister (0.3 mm,
        /// 1.38 g/cm³) under a paper lid.
        /// </summary>
        private PixelBox PrefilledSyringe(double scale)
        {
            var n = random.Next(1, 5);
            var blister = Chance(0.45);
            var pen = Lay(-84, -(n * 9) - 10, 62, (n * 9) + 10, scale);
            for (var i = 0; i < n; i++)
            {
                var y = (i - ((n - 1) / 2.0)) * (blister ? 18 : U(12, 16));
                var s = new Turned(pen, blister ? 0 : U(-6, 6), y, blister ? 0 : U(-0.08, 0.08));
                var bl = U(45, 50);
                var x0 = -bl / 2;
                s.Tube(Glass, x0, -4.075, bl, 8.15, 1.1);
                s.Rect(Glass, 8 * 2.3 / 2.5, x0 - 1.5, -6, 1.5, 12);
                s.Rect(Organic, 6 * 0.9, x0 - 4, -9, 3, 18);
                var fill = U(7, 35);
                s.Cylinder(Organic, (bl / 2) - 4 - fill, -3, fill, 6, 1.0);
                var stopper = (bl / 2) - 4 - fill - 6;
                s.Cylinder(Organic, stopper, -3, 6, 6, 1.3);
                var rod = stopper - x0 + 48;
                s.Rect(Organic, 6 * 0.9, stopper - rod, -0.6, rod, 1.2);
                s.Rect(Organic, 1.2 * 0.9, stopper - rod, -2.8, rod, 5.6);
                s.Rect(Organic, 12 * 0.9, stopper - rod - 2, -6, 2, 12);
                s.Poly(Glass, 4, ((bl / 2), -3), ((bl / 2) + 5, -1.5), ((bl / 2) + 5, 1.5), ((bl / 2), 3));
                s.Line(Steel, 0.35, 0.5, false, ((bl / 2) + 3, 0), ((bl / 2) + 17.7, 0));
                s.Cylinder(Organic, (bl / 2) + 2, -3.5, 20, 7, 1.1);
                s.Tube(Organic, (bl / 2) + 1, -4, 22, 8, 0.8 * 0.9);
                if (Chance(0.5))
                {
                    s.Tube(Organic, x0 + 2, -5.8, bl + 4, 11.6, 0.8 * 0.9);
                    s.Line(Steel, 0.3, 0.4, false, Zigzag(x0 + 6, (bl / 2) - 2, -4.8, 3, 9.6));
                }
            }

            if (blister)
            {
                var h = (n * 18) + 8;
                var outline = RoundedOutline(-80, -h / 2, 134, h, 5);
                var part = new Turned(pen, 0, 0, 0);
                part.Poly(Organic, (0.3 * 1.38) + (0.2 * 0.8), outline);
                part.Line(Organic, 8 * 0.3 * 1.38, 1.5, true, outline);
            }

            return pen.Box;
        }

        // ---- lithium batteries ----------------------------------------------------------------

        /// <summary>
        /// USB-rechargeable "1.5 V" lithium-ion AA or AAA cells: in each a 0.25 mm nickel-plated steel can (14.5 × 50.5
        /// or 10.5 × 44.5 mm) holding a smaller Li-ion cell and, at its positive end, a buck-converter board (its
        /// inductor a small steel-cored block) and, on most, a USB-C socket in the cap; two to four of them loose, or in
        /// a polypropylene storage box (0.8 mm walls) with a four-way charging lead on some.
        /// </summary>
        private PixelBox UsbRechargeableCells(double scale)
        {
            var aa = Chance(0.6);
            var (len, d) = aa ? (50.5, 14.5) : (44.5, 10.5);
            var n = random.Next(2, 5);
            var boxed = Chance(0.4);
            var lead = Chance(0.4);
            var pen = Lay(70, 64, scale);
            if (boxed)
            {
                var bw = (n * (d + 1.5)) + 6;
                var box = new Turned(pen, 0, 0, 0);
                RoundedRect(box, Organic, 2 * 0.8 * 0.9, (-len / 2) - 4, -bw / 2, len + 8, bw, 4);
                box.Line(Organic, (d + 3) * 0.8 * 0.9 / 1.2, 1.2, true, RoundedOutline((-len / 2) - 3.4, (-bw / 2) + 0.6, len + 6.8, bw - 1.2, 3.5));
            }

            pen.Item(() =>
            {
                for (var i = 0; i < n; i++)
                {
                    var cell = boxed
                        ? new Turned(pen, 0, (i - ((n - 1) / 2.0)) * (d + 1.5), i % 2 == 0 ? 0 : Math.PI)
                        : new Turned(pen, U(-28, 28), U(-28, 28), U(0, 2 * Math.PI));
                    var x0 = -len / 2;
                    cell.Tube(Steel, x0, -d / 2, len, d, 0.25);
                    SmallCell(cell, x0 + 2, 0, len - 11, d - 1.6);
                    cell.Rect(Mixed, 1.6 * (d - 2) / 1.2, (len / 2) - 8, (-d / 2) + 1, 1.2, d - 2);
                    cell.Rect(Steel, 3, (len / 2) - 6.5, -2.5, 4, 5);
                    cell.Rect(Steel, 1.2, (len / 2) - 0.5, -2.6, 1.5, 5.2);
                    if (Chance(0.75))
                    {
                        cell.Rect(Steel, 0.35 * 8.4 * 0.8, (len / 2) - 5, -4.2, 4, 8.4);
                    }

                    cell.Rect(Organic, 0.15 * 1.3 * 2, x0, -d / 2, len, d);
                }
            });

            if (lead)
            {
                var c = new Turned(pen, 0, 0, 0);
                var plug = (-62.0, U(-40, 40));
                var hub = (-20.0, U(-10, 10) + (boxed ? 30 : 0));
                c.Line(Organic, 3.5, 3.5, false, plug, hub);
                c.Line(Brass, 0.6, 0.9, false, plug, hub);
                c.Rect(Organic, 8, plug.Item1 - 6, plug.Item2 - 6, 12, 12);
                c.Rect(Steel, 1.2, plug.Item1 - 8, plug.Item2 - 2.2, 12, 4.4);
                for (var i = 0; i < 4; i++)
                {
                    var end = (U(-10, 55), Math.Clamp(hub.Item2 + U(-40, 40), -56, 56));
                    c.Line(Organic, 3, 3, false, hub, end);
                    c.Line(Brass, 0.5, 0.8, false, hub, end);
                    c.Rect(Organic, 6, end.Item1 - 5, end.Item2 - 4, 10, 8);
                    c.Rect(Steel, 2.2, end.Item1 - 4, end.Item2 - 1.6, 7, 3.2);
                }
            }

            return pen.Box;
        }

        // ---- tools ----------------------------------------------------------------------------

        /// <summary>
        /// A folding pruning saw: a 170–210 mm blade of 1–1.3 mm hardened steel, 28 mm deep at the pivot and 18 mm
        /// near its tip, curved a little, with impulse-hardened teeth 3–4 mm apart along its edge; a 200–220 mm handle of
        /// glass-filled polypropylene under a rubber grip (about 30 × 20 mm, 1.1 g/cm³) with a slot the blade folds
        /// into, a steel lock plate and lever at its nose, the pivot bolt, a lanyard hole; open and locked, or shut.
        /// </summary>
        private PixelBox FoldingSaw(double scale)
        {
            var hl = U(200, 220);
            var bl = U(170, 210);
            var t = U(1.0, 1.3);
            var open = Chance(0.5);
            var span = open ? hl - 10 + bl : hl + 6;
            var pen = Lay((span / 2) + 2, 22, scale);
            var saw = new Turned(pen, 0, 0, 0);
            var x0 = -span / 2;
            var xp = x0 + hl - 10;
            var grip = new (double X, double Y)[]
            {
                (x0 + 6, -13), (x0 + (hl * 0.5), -15), (x0 + hl, -13), (x0 + hl, 13), (x0 + (hl * 0.6), 14), (x0 + (hl * 0.3), 17), (x0 + 10, 14), (x0, 6), (x0, -8),
            };
            saw.Poly(Organic, 20 * 1.1 * 0.55, grip);
            saw.Poly(Organic, 20 * 1.1 * 0.35, Shrunk(grip, x0 + (hl / 2), 0, 0.96, 0.6));
            saw.Rect(Steel, 2 * 1.0, xp - 30, -12, 40, 24);
            saw.Rect(Steel, 3, xp - 48, -15, 22, 5);
            saw.Ellipse(Steel, 14, xp, 0, 4, 4);
            saw.Ring(Organic, 12, 3, x0 + 8, 0, 4, 4);
            var blade = new Turned(pen, xp, 0, open ? U(-0.03, 0.03) : Math.PI + U(-0.02, 0.02));
            var spine = Enumerable.Range(0, 9).Select(i => i / 8.0).Select(f => (-8 + ((bl + 8) * f), -12 + (4 * f * f))).ToArray();
            var edge = Enumerable.Range(0, 9).Select(i => 1 - (i / 8.0)).Select(f => (-8 + ((bl + 8) * f), 14 - (10 * f) + (4 * f * f))).ToArray();
            blade.Poly(Steel, t, [.. spine, .. edge]);
            var teeth = Enumerable.Range(0, (int)(bl / 1.75)).Select(i => (double)i * 1.75).Select(x =>
            {
                var f = (x + 8) / (bl + 8);
                return (x, 14 - (10 * f) + (4 * f * f) + ((int)(x / 1.75) % 2 == 0 ? 0 : 3));
            }).ToArray();
            blade.Line(Steel, t, 1, false, teeth);
            return pen.Box;
        }

        // ---- alcohol --------------------------------------------------------------------------

        /// <summary>
        /// Spirit decanted into a mouthwash bottle: a 250 ml, 500 ml or 1 litre PET bottle (170 × 65 × 42, 205 × 80 × 55 or
        /// 255 × 100 × 70 mm; 0.5 mm walls at 1.38 g/cm³) of the usual flat shape with a waist to grip, a shoulder to a 28 mm
        /// neck under a 40 mm polypropylene cap with its dosing cup, its label; filled 80–98 % with vodka or gin (about
        /// 0.95 g/cm³) in place of the mouthwash; lying on its broad side.
        /// </summary>
        private PixelBox SpiritInMouthwash(double scale)
        {
            var (l, w, depth) = random.Next(3) switch
            {
                0 => (170.0, 65.0, 42.0),
                1 => (205.0, 80.0, 55.0),
                _ => (255.0, 100.0, 70.0),
            };
            var k = U(0.98, 1.02);
            (l, w, depth) = (l * k, w * k, depth * k);
            var pen = Lay((l / 2) + 2, (w / 2) + 2, scale);
            var b = new Turned(pen, 0, 0, 0);
            var x0 = -l / 2;
            var body = l - 40;
            var outline = new (double X, double Y)[]
            {
                (x0 + 5, -w / 2), (x0 + (body * 0.35), -w / 2), (x0 + (body * 0.5), (-w / 2) + 5), (x0 + (body * 0.65), -w / 2), (x0 + body - 8, -w / 2),
                (x0 + body + 6, -16), (x0 + body + 6, 16), (x0 + body - 8, w / 2), (x0 + (body * 0.65), w / 2), (x0 + (body * 0.5), (w / 2) - 5),
                (x0 + (body * 0.35), w / 2), (x0 + 5, w / 2), (x0, (w / 2) - 5), (x0, (-w / 2) + 5),
            };
            b.Poly(Organic, 2 * 0.5 * 1.38, outline);
            b.Line(Organic, depth * 0.5 * 1.38 / 1.5, 1.5, true, outline);
            var inner = Shrunk(outline, x0 + (body / 2), 0, 1 - (3 / body), 1 - (3 / w));
            var level = U(0.8, 0.98);
            b.Poly(Organic, (depth - 2) * level * 0.95, inner);
            b.Rect(Organic, 0.06 * 0.9 * 2, x0 + (body * 0.15), (-w / 2) + 1, body * 0.6, w - 2);
            var xn = x0 + body + 6;
            b.Tube(Organic, xn, -14, 8, 28, 1.2 * 1.38);
            b.Cylinder(Organic, xn + 6, -20, 28, 40, 0.45);
            b.Rect(Organic, 40 * 0.9 * 0.6, xn + 32, -20, 2, 40);
            return pen.Box;
        }

        // ---- controlled drugs -----------------------------------------------------------------

        /// <summary>
        /// Paper soaked in synthetic cannabinoid ("spice"), posted or handed in as correspondence: 3–12 sheets of A4
        /// (80 g/m², 0.1 mm at about 0.8 g/cm³, a little heavier and cockled where the solution dried) folded in three
        /// into a DL envelope, 10–30 sheets folded once into a C5 envelope, or a child's drawing and a letter inside a
        /// greeting card (0.35 mm board); a staple or a paper clip on some.
        /// </summary>
        private PixelBox SpicePaper(double scale)
        {
            var kind = random.Next(3);
            var (l, w, layers) = kind switch
            {
                0 => (210.0, 99.0, random.Next(3, 13) * 3),
                1 => (210.0, 148.0, random.Next(10, 31) * 2),
                _ => (150.0, 105.0, 6),
            };
            var pen = Lay((l / 2) + 8, (w / 2) + 8, scale);
            var env = new Turned(pen, 0, 0, 0);
            var (el, ew) = (l + 10, w + 8);
            env.Rect(Organic, 2 * 0.1 * 0.8 * 1.5, -el / 2, -ew / 2, el, ew);
            env.Poly(Organic, 0.1 * 0.8 * 1.5, (-el / 2, -ew / 2), (el / 2, -ew / 2), (0, ew * 0.1));
            env.Line(Organic, 0.8, 1.5, true, (-el / 2, -ew / 2), (el / 2, -ew / 2), (el / 2, ew / 2), (-el / 2, ew / 2));
            var perLayer = 0.1 * 0.8;
            var stack = new Turned(pen, U(-2, 2), U(-2, 2), U(-0.02, 0.02));
            if (kind == 2)
            {
                stack.Rect(Organic, 2 * 0.35 * 0.8, -l / 2, -w / 2, l, w);
                stack.Rect(Organic, 0.35 * 0.8 * 8, (-l / 2) - 0.5, -w / 2, 1.5, w);
                stack.Rect(Organic, 4 * perLayer, (-l / 2) + 4, (-w / 2) + 3, l - 10, w - 6);
                for (var i = random.Next(3, 8); i > 0; i--)
                {
                    stack.Ellipse(Organic, U(0.1, 0.3), U(-l / 3, l / 3), U(-w / 3, w / 3), U(8, 25), U(5, 15));
                }
            }
            else
            {
                for (var i = 0; i < 3; i++)
                {
                    var sheet = new Turned(pen, U(-2, 2), U(-1.5, 1.5), U(-0.015, 0.015));
                    sheet.Rect(Organic, layers * perLayer / 3, (-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2);
                }

                stack.Rect(Organic, layers * perLayer * 0.5, (-l / 2) + 1, (-w / 2) + 1, 3, w - 2);
                for (var i = random.Next(4, 10); i > 0; i--)
                {
                    stack.Ellipse(Organic, layers * perLayer * U(0.05, 0.12), U(-l / 2.5, l / 2.5), U(-w / 3, w / 3), U(10, 35), U(6, 20));
                }
            }

            if (Chance(0.35))
            {
                stack.Line(Steel, 0.5, 0.7, false, ((-l / 2) + 8, (-w / 2) + 6), ((-l / 2) + 8, (-w / 2) + 18));
            }
            else if (Chance(0.3))
            {
                stack.Line(Steel, 0.9 * 0.8, 0.9, false, ((-l / 2) + 20, (-w / 2) - 2), ((-l / 2) + 20, (-w / 2) + 28), ((-l / 2) + 27, (-w / 2) + 28), ((-l / 2) + 27, (-w / 2) + 4), ((-l / 2) + 23, (-w / 2) + 4), ((-l / 2) + 23, (-w / 2) + 22));
            }

            return pen.Box;
        }

        /// <summary>
        /// Drugs in chocolate eggs: two to six foil-wrapped hollow milk-chocolate eggs (55–60 × 42–45 mm, 2–3 mm shells at
        /// about 1.3 g/cm³, the foil about 10 µm of aluminium), the plastic capsule inside each (39 × 29 mm, 0.8 mm
        /// polypropylene) emptied of its toy and packed with powder or wraps (about 0.7–1.0 g/cm³ as packed); one or two
        /// left with their toys among them on some; loose, or in the cardboard sleeve of a three-pack.
        /// </summary>
        private PixelBox DrugsInChocolateEggs(double scale)
        {
            var n = random.Next(2, 7);
            var sleeve = n <= 3 && Chance(0.5);
            var pen = Lay(sleeve ? 96 : 82, sleeve ? 40 : 72, scale);
            if (sleeve)
            {
                var s = new Turned(pen, 0, 0, 0);
                s.Rect(Organic, 2 * 0.5 * 0.7, -94, -33, 188, 66);
                s.Line(Organic, 45 * 0.5 * 0.7 / 1.5, 1.5, true, (-94, -33), (94, -33), (94, 33), (-94, 33));
                foreach (var x in new[] { -31.0, 31.0 })
                {
                    s.Line(Organic, 40 * 0.5 * 0.7 / 1.2, 1.2, false, (x, -32), (x, 32));
                }
            }

            var toys = Chance(0.35) ? random.Next(1, Math.Min(3, n)) : 0;
            for (var i = 0; i < n; i++)
            {
                var (ex, ey, ea) = sleeve ? (-62.0 + (i * 62), U(-2, 2), U(-0.15, 0.15)) : (U(-50, 50), U(-40, 40), U(0, 2 * Math.PI));
                var egg = new Turned(pen, ex, ey, ea);
                var (a, b) = (U(27.5, 30), U(21, 22.5));
                var shell = U(2, 3);
                egg.Ellipse(Organic, 2 * shell * 1.3, 0, 0, a, b);
                egg.Ring(Organic, 2 * Math.Sqrt(2 * b * shell) * 1.3 * 0.6, shell, 0, 0, a - (shell / 2), b - (shell / 2));
                egg.Ellipse(Aluminium, 0.02, 0, 0, a + 0.5, b + 0.5);
                egg.Ellipse(Organic, 2 * 0.8 * 0.9, 0, 0, 19.5, 14.5);
                egg.Ring(Organic, 2 * Math.Sqrt(2 * 14.5 * 0.8) * 0.9 * 0.6, 0.8, 0, 0, 19.1, 14.1);
                if (i < toys)
                {
                    for (var j = random.Next(2, 5); j > 0; j--)
                    {
                        egg.Rect(Organic, U(2, 5) * 1.05, U(-14, 6), U(-10, 4), U(5, 12), U(3, 8));
                    }
                }
                else
                {
                    pen.Item(() => Ball(egg, Organic, 0, 0, 18.5, U(0.7, 1.0), 13.5 / 18.5));
                }
            }

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>
        /// A manicure set in its zipped case (110–135 × 70–85 mm, two 1.2 mm layers of PU at about 1.2 g/cm³, a nylon
        /// zip with a steel pull), shut or opened flat: elastic loops holding three to six of stainless tweezers (two
        /// 0.6 mm legs), a cuticle pusher (a 3 mm rod with flat ends), a pointed steel nail file (130 × 10–12 × 1 mm),
        /// nail clippers, an emery board and a small glass mirror.
        /// </summary>
        private void ManicureSet()
        {
            var l = U(110, 135);
            var w = U(70, 85);
            var open = Chance(0.4);
            var pen = Place((l / 2) + 20);
            var c = new Turned(pen, 0, 0, 0);
            RoundedRect(c, Organic, 2 * 1.2 * 1.2, -l / 2, -w / 2, l, w, 10);
            if (open)
            {
                RoundedRect(c, Organic, 2 * 1.2 * 1.2, -l / 2, (w / 2) + 2, l, w, 10);
                c.Rect(Glass, 2, -30, (w / 2) + 12, 60, 40);
            }
            else
            {
                c.Line(Organic, 3 * 1.1, 4, false, ((-l / 2) + 6, -w / 2), ((l / 2) - 6, -w / 2), (l / 2, (-w / 2) + 10));
                c.Rect(Steel, 1.2, U(-l / 3, l / 3), (-w / 2) - 12, 8, 14);
            }

            c.Line(Organic, 2, 3, false, ((-l / 2) + 10, -w * 0.2), ((l / 2) - 10, -w * 0.2));
            var tools = Enumerable.Range(0, 6).OrderBy(_ => random.Next()).Take(random.Next(3, 7)).ToArray();
            for (var i = 0; i < tools.Length; i++)
            {
                var t = new Turned(pen, U(-4, 4), (-w / 2) + 8 + (i * (w - 16) / Math.Max(1, tools.Length - 1)) * 0.95, U(-0.05, 0.05) + (Chance(0.5) ? 0 : Math.PI));
                switch (tools[i])
                {
                    case 0:
                        t.Poly(Steel, 0.6, (-45, -3), (45, -1.2), (45, 0.2), (-45, 0));
                        t.Poly(Steel, 0.6, (-45, 0), (45, 1.2), (45, 2.8), (-45, 3));
                        t.Rect(Steel, 1.2, -45, -3, 6, 6);
                        break;
                    case 1:
                        t.Rect(Steel, 2.4, -52, -1.5, 104, 3);
                        t.Ellipse(Steel, 1, -54, 0, 4, 3);
                        t.Poly(Steel, 1, (52, -1.5), (58, -3), (60, 0), (58, 3), (52, 1.5));
                        break;
                    case 2:
                        t.Poly(Steel, 1, (-65, -5), (45, -5.5), (65, 0), (45, 5.5), (-65, 5));
                        t.Rect(Organic, 8 * 1.1, -65, -6, 40, 12);
                        break;
                    case 3:
                        t.Rect(Steel, 2 * 1.2, -28, -6, 56, 12);
                        t.Rect(Steel, 1.2, -22, -5, 48, 10);
                        t.Ellipse(Steel, 6, 18, 0, 2, 2);
                        break;
                    case 4:
                        t.Rect(Organic, 2.5 * 0.9, -60, -6, 120, 12);
                        break;
                    default:
                        t.Rect(Glass, 2, -25, -15, 50, 30);
                        t.Line(Organic, 3, 2, true, (-25, -15), (25, -15), (25, 15), (-25, 15));
                        break;
                }
            }
        }

        /// <summary>
        /// A smoker's kit: a 30 or 50 g pouch of rolling tobacco (folded, 130–150 × 90–100 mm, the cut tobacco 12–25 mm
        /// deep at 0.25–0.35 g/cm³, the film lined with a few micrometres of aluminium), a booklet of papers, a bag of
        /// filter tips, and a lighter: a disposable one (a polyacetal body part full of liquid butane at 0.58 g/cm³, the
        /// steel wheel, spring, flint holder and hood, a brass valve) or a windproof one (a chrome-plated brass case of
        /// 0.8 mm, 38 × 56 mm and 13 mm deep, its steel insert, wick and wadding).
        /// </summary>
        private void SmokingKit()
        {
            var pen = Place(95);
            var pw = U(130, 150);
            var ph = U(90, 100);
            var pouch = new Turned(pen, U(-10, 10), U(-10, 10), U(-0.2, 0.2));
            pouch.Rect(Organic, 2 * 0.08 * 1.2, -pw / 2, -ph / 2, pw, ph);
            pouch.Rect(Aluminium, 0.01, -pw / 2, -ph / 2, pw, ph);
            var depth = U(12, 25);
            for (var i = 0; i < 6; i++)
            {
                pouch.Ellipse(Organic, depth * U(0.25, 0.35) / 3, U(-pw / 4, pw / 4), U(-ph / 5, ph / 5), U(pw / 4, pw * 0.42), U(ph / 4, ph * 0.4));
            }

            pouch.Line(Organic, 2, 4, false, (-pw / 2, (-ph / 2) + 15), (pw / 2, (-ph / 2) + 15));
            var papers = new Turned(pen, U(-60, 60), U(-50, 50), U(0, 2 * Math.PI));
            papers.Rect(Organic, (2 * 0.3 * 0.8) + (50 * 0.02 * 0.8), -35, -19, 70, 38);
            var tips = new Turned(pen, U(-60, 60), U(-50, 50), U(0, 2 * Math.PI));
            tips.Rect(Organic, 2 * 0.05 * 0.92, -30, -40, 60, 80);
            for (var i = random.Next(15, 40); i > 0; i--)
            {
                tips.Ellipse(Organic, 6 * 0.15, U(-25, 25), U(-35, 35), 3, 3);
            }

            var lighter = new Turned(pen, U(-55, 55), U(-45, 45), U(0, 2 * Math.PI));
            if (Chance(0.7))
            {
                lighter.Rect(Organic, 2 * 1.5 * 1.4, -40, -12.5, 70, 25);
                lighter.Line(Organic, 11 * 1.4 / 1.5 * 1.5, 1.5, true, (-40, -12.5), (30, -12.5), (30, 12.5), (-40, 12.5));
                lighter.Rect(Organic, 8 * 0.58, -38, -10.5, 66 * U(0.2, 0.95), 21);
                lighter.Cylinder(Steel, 31, -4, 6, 8, 0.9);
                lighter.Rect(Steel, 0.3 * 12 / 1.5, 30, -12, 12, 1.5);
                lighter.Rect(Steel, 0.3 * 12 / 1.5, 30, 10.5, 12, 1.5);
                lighter.Rect(Steel, 2, 22, -1.5, 10, 3);
                lighter.Rect(Brass, 3, 28, 5, 4, 5);
            }
            else
            {
                lighter.Rect(Brass, 2 * 0.8, -28, -19, 56, 38);
                lighter.Line(Brass, 13 * 0.8 / 1.5, 1.5, true, (-28, -19), (28, -19), (28, 19), (-28, 19));
                lighter.Rect(Steel, 2 * 0.4, -26, -17, 44, 34);
                lighter.Rect(Steel, 12 * 0.4, 10, -17, 1.5, 34);
                lighter.Rect(Organic, 10 * 0.3, -24, -15, 32, 30);
                lighter.Cylinder(Steel, 16, -4, 8, 7, 0.9);
                lighter.Ring(Steel, 1.2, 1, 22, -8, 3, 3);
                lighter.Rect(Steel, 2, 14, -17, 12, 6);
            }
        }

        /// <summary>
        /// A pocket AM/FM radio: a 105–130 × 64–75 × 25–32 mm ABS case (2 mm walls, about 1.05 g/cm³), a 50–57 mm speaker
        /// (a pressed-steel frame, a ferrite magnet between steel plates, a paper cone) behind a perforated steel or plastic
        /// grille, one or two AA alkaline cells in the bay, the board with its tuning capacitor and a ferrite rod aerial
        /// wound with copper, and a telescopic aerial of chrome-plated brass tubes (7 mm down to 3 mm) folded along the
        /// top or pulled out to 350–500 mm; earphones on their lead with it on some.
        /// </summary>
        private void PocketRadio()
        {
            var l = U(105, 130);
            var w = U(64, 75);
            var depth = U(25, 32);
            var pen = Place((l / 2) + 10);
            var r = new Turned(pen, 0, 0, 0);
            RoundedRect(r, Organic, 2 * 2 * 1.05, -l / 2, -w / 2, l, w, 7);
            r.Line(Organic, depth * 1.05, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, 6));
            var sd = U(50, 57);
            var sx = (l / 2) - (sd / 2) - 5;
            r.Ring(Steel, 0.5 * 8, 2, sx, 0, (sd / 2) - 1, (sd / 2) - 1);
            r.Ellipse(Organic, 0.6, sx, 0, (sd / 2) - 2, (sd / 2) - 2);
            r.Ellipse(Steel, 5 * 0.7, sx, 0, 11, 11);
            r.Ellipse(Steel, 2 * 1.2, sx, 0, 12, 12);
            if (Chance(0.5))
            {
                r.Ellipse(Steel, 0.4 * 0.6, sx, 0, sd / 2, sd / 2);
            }

            var cells = Chance(0.6) ? 2 : 1;
            for (var i = 0; i < cells; i++)
            {
                AlkalineCell(new Turned(pen, (-l / 2) + 30, (-w / 2) + 10 + (i * 15), 0), 50.5, 14.5);
            }

            var bx = (-l / 2) + 6;
            var by = cells == 2 ? (-w / 2) + 34 : (-w / 2) + 20;
            r.Rect(Mixed, 1.6, bx, by, l - sd - 14, (w / 2) - 4 - by);
            r.Rect(Steel, 1, bx + 8, by + 4, 18, 18);
            r.Cylinder(Steel, bx + 4, (w / 2) - 12, Math.Min(60, l - sd - 16), 8, 0.45);
            r.Rect(Brass, 0.6, bx + 14, (w / 2) - 13, 22, 10);
            for (var i = random.Next(4, 9); i > 0; i--)
            {
                r.Rect(Steel, 0.6, U(bx + 2, bx + l - sd - 22), U(by + 2, (w / 2) - 14), U(2, 5), U(2, 5));
            }

            var aerialLength = Chance(0.25) ? U(350, 500) : U(95, l - 10);
            var ar = new Turned(pen, (l / 2) - 4, (-w / 2) - 3, Math.PI + U(-0.03, 0.03));
            var sections = aerialLength > 200 ? 6 : 1;
            for (var s = 0; s < sections; s++)
            {
                var d = 7 - (s * 0.8);
                var seg = sections == 1 ? aerialLength : aerialLength / sections;
                ar.Tube(Brass, s * seg, -d / 2, seg + (sections == 1 ? 0 : 3), d, sections == 1 ? 0.3 * 4 : 0.3);
            }

            ar.Ellipse(Steel, 5, 0, 0, 3.5, 3.5);
            ar.Ellipse(Brass, 4, aerialLength, 0, 2.5, 2.5);
            if (Chance(0.3))
            {
                Cable(pen, 7);
            }
        }

        /// <summary>
        /// A pair of safety boots (a visitor straight from a building site): soles 290–320 × 105–115 mm of rubber or PU
        /// (25–35 mm deep, about 1.1 g/cm³, the tread cut in), two layers of 2.2 mm leather (0.9) over a padded lining
        /// up to the ankle, brass or steel eyelets and hooks, a 1.5–1.8 mm steel toe cap or a composite one (about 1.5
        /// g/cm³, 5 mm), a 0.5 mm stainless anti-penetration midsole and a steel shank on some; lying on their sides (the
        /// beam across the sole, the toe cap and midsole seen from the side) or flat, one beside the other.
        /// </summary>
        private void SafetyBoots()
        {
            var sl = U(290, 320);
            var sw = U(105, 115);
            var onSide = Chance(0.6);
            var steelCap = Chance(0.7);
            var midsole = Chance(0.5);
            var pen = Place(onSide ? 180 : 165);
            var ankle = U(140, 175);
            for (var b = 0; b < 2; b++)
            {
                var flip = b == 1 && Chance(0.5);
                var boot = new Turned(pen, U(-8, 8), onSide ? ((b * (ankle * 0.6)) - (ankle * 0.5)) : ((b * (sw + 8)) - ((sw + 8) / 2)), (flip ? Math.PI : 0) + U(-0.06, 0.06));
                var x0 = -sl / 2;
                if (onSide)
                {
                    var sole = new (double X, double Y)[] { (x0 + 10, 30), (x0 + sl - 25, 30), (x0 + sl, 15), (x0 + sl - 5, 0), (x0, 0), (x0, 20) };
                    boot.Poly(Organic, sw * U(0.6, 1.1) * 0.55, sole);
                    var upper = new (double X, double Y)[]
                    {
                        (x0 + 5, 0), (x0 + sl - 8, 0), (x0 + sl - 20, -45), (x0 + sl - 70, -70), (x0 + (sl * 0.42), -85),
                        (x0 + (sl * 0.4), -ankle), (x0 + 10, -ankle), (x0 + 15, -60), (x0 + 2, -25),
                    };
                    boot.Poly(Organic, (2 * 2 * 2.2 * 0.9) + (2 * 4 * 0.15), upper);
                    boot.Line(Organic, sw * 2.2 * 0.9 / 3, 3, true, upper);
                    for (var i = 0; i < 6; i++)
                    {
                        var t = i / 5.0;
                        boot.Ring(Chance(0.5) ? Brass : Steel, 0.8 * 2, 1.2, x0 + (sl * 0.55) - (t * sl * 0.12), -80 - (t * (ankle - 90)), 2.5, 2.5);
                    }

                    if (steelCap)
                    {
                        var cap = Enumerable.Range(0, 9).Select(i => Math.PI * i / 16).Select(a => (x0 + sl - 78 + (70 * Math.Sin(a)), -2 - (45 * Math.Cos(a)))).ToArray();
                        boot.Poly(Steel, 2 * 1.6, [(x0 + sl - 78, -2), .. cap]);
                        boot.Line(Steel, 10, 2, false, cap);
                        boot.Line(Steel, 6, 2, false, (x0 + sl - 80, -2), (x0 + sl - 8, -2));
                    }
                    else
                    {
                        boot.Poly(Organic, 2 * 5 * 1.5, (x0 + sl - 78, -2), (x0 + sl - 78, -47), (x0 + sl - 30, -38), (x0 + sl - 8, -2));
                    }

                    if (midsole)
                    {
                        boot.Line(Steel, sw * 0.5 / 1.5 * 0.8, 1.5, false, (x0 + 8, 1), (x0 + sl - 10, 1));
                    }
                    else
                    {
                        boot.Line(Steel, 10, 2, false, (x0 + 50, 2), (x0 + 140, 2));
                    }
                }
                else
                {
                    var outline = new (double X, double Y)[]
                    {
                        (x0, -sw * 0.3), (x0 + (sl * 0.3), -sw * 0.42), (x0 + (sl * 0.7), -sw / 2), (x0 + sl - 10, -sw * 0.3), (x0 + sl, 0),
                        (x0 + sl - 10, sw * 0.35), (x0 + (sl * 0.65), sw * 0.46), (x0 + (sl * 0.3), sw * 0.36), (x0, sw * 0.3),
                    };
                    boot.Poly(Organic, (30 * 1.1 * 0.7) + (2 * 2.2 * 0.9), outline);
                    boot.Line(Organic, 60 * 0.9 * 2.2 / 3, 3, true, outline);
                    if (steelCap)
                    {
                        boot.Ellipse(Steel, 2 * 1.6, x0 + sl - 40, 0, 38, sw * 0.42);
                        boot.Ring(Steel, 8, 2, x0 + sl - 40, 0, 37, (sw * 0.42) - 1);
                    }

                    if (midsole)
                    {
                        boot.Poly(Steel, 0.5, Shrunk(outline, 0, 0, 0.94, 0.85));
                    }

                    for (var i = 0; i < 6; i++)
                    {
                        boot.Ring(Steel, 0.8 * 2, 1.2, x0 + (sl * 0.35) + (i * 14), -8, 2.5, 2.5);
                        boot.Ring(Steel, 0.8 * 2, 1.2, x0 + (sl * 0.35) + (i * 14), 8, 2.5, 2.5);
                    }
                }
            }
        }

        /// <summary>
        /// A box of chocolates: a 200–290 × 130–190 mm carton (lid and base of 0.6 mm board at about 0.7 g/cm³, their walls
        /// edge-on) round a thermoformed tray (0.3 mm polystyrene) of 12–30 chocolates (22–30 mm, 14–20 mm tall, 1.25–1.3
        /// g/cm³; some hollow shells round a liquid or soft centre, some in 10–20 µm aluminium foil), a few eaten; or a
        /// round tin of wrapped sweets (0.22 mm tinplate, 190–210 mm across) half full.
        /// </summary>
        private void ChocolateBox()
        {
            if (Chance(0.25))
            {
                var d = U(190, 210);
                var tinPen = Place((d / 2) + 5);
                var tin = new Turned(tinPen, 0, 0, 0);
                tin.Ellipse(Steel, 2 * 0.22, 0, 0, d / 2, d / 2);
                tin.Ring(Steel, 0.22 * 70 / 2, 2, 0, 0, (d / 2) - 1, (d / 2) - 1);
                tin.Ring(Steel, 2, 2.5, 0, 0, (d / 2) - 4, (d / 2) - 4);
                for (var i = random.Next(15, 35); i > 0; i--)
                {
                    var rr = (d / 2) - 22;
                    var (a, rad) = (U(0, 2 * Math.PI), rr * Math.Sqrt(random.NextDouble()));
                    var sweet = new Turned(tinPen, rad * Math.Cos(a), rad * Math.Sin(a), U(0, 2 * Math.PI));
                    sweet.Ellipse(Organic, U(12, 18) * 1.3 * 0.7, 0, 0, U(11, 15), U(9, 12));
                    sweet.Rect(Organic, 0.2, 10, -5, 12, 10);
                    sweet.Rect(Organic, 0.2, -22, -5, 12, 10);
                    if (Chance(0.4))
                    {
                        sweet.Ellipse(Aluminium, 0.04, 0, 0, 14, 12);
                    }
                }

                return;
            }

            var l = U(200, 290);
            var w = U(130, 190);
            var depth = U(30, 40);
            var pen = Place((l / 2) + 5);
            var box = new Turned(pen, 0, 0, 0);
            box.Rect(Organic, 4 * 0.6 * 0.7, -l / 2, -w / 2, l, w);
            box.Line(Organic, depth * 2 * 0.6 * 0.7 / 2, 2, true, (-l / 2, -w / 2), (l / 2, -w / 2), (l / 2, w / 2), (-l / 2, w / 2));
            box.Rect(Organic, 2 * 0.3 * 1.05, (-l / 2) + 5, (-w / 2) + 5, l - 10, w - 10);
            var cols = (int)((l - 20) / 34);
            var rows = (int)((w - 20) / 34);
            for (var c = 0; c < cols; c++)
            {
                for (var r = 0; r < rows; r++)
                {
                    var (cx, cy) = ((-l / 2) + 10 + ((c + 0.5) * (l - 20) / cols), (-w / 2) + 10 + ((r + 0.5) * (w - 20) / rows));
                    box.Ring(Organic, 16 * 0.3 * 1.05 / 1.2, 1.2, cx, cy, 15, 15);
                    if (Chance(0.15))
                    {
                        continue;
                    }

                    var size = U(11, 15);
                    var h = U(14, 20) * 1.28;
                    var piece = new Turned(pen, cx, cy, U(0, Math.PI));
                    switch (random.Next(3))
                    {
                        case 0:
                            piece.Ellipse(Organic, h * 0.75, 0, 0, size, size);
                            break;
                        case 1:
                            RoundedRect(piece, Organic, h * 0.8, -size, -size * 0.8, 2 * size, 1.6 * size, 3);
                            break;
                        default:
                            piece.Ellipse(Organic, 2 * 2.5 * 1.28, 0, 0, size, size * 0.85);
                            piece.Ellipse(Organic, (h - 6) * 0.8, 0, 0, size - 2.5, (size * 0.85) - 2.5);
                            break;
                    }

                    if (Chance(0.3))
                    {
                        piece.Ellipse(Aluminium, 0.05, 0, 0, size + 1, size + 1);
                    }
                }
            }
        }

        /// <summary>
        /// A passport (a visitor's identity document): 125 × 88 mm shut, 32–50 pages of 0.09 mm security paper (about 0.85
        /// g/cm³) sewn into 0.8 mm covers of coated board, a polycarbonate data page (0.8 mm, 1.2 g/cm³), the contactless
        /// chip (a silicon die on a copper lead frame) and its antenna of four to six turns of fine copper wire in the
        /// cover; in a leather passport wallet (two 1.5 mm layers, 0.9 g/cm³) with one to three payment cards and a paper
        /// boarding pass on some.
        /// </summary>
        private void Passport()
        {
            var pen = Place(80);
            var wallet = Chance(0.45);
            if (wallet)
            {
                var holder = new Turned(pen, 0, 0, 0);
                RoundedRect(holder, Organic, 2 * 1.5 * 0.9, -72, -52, 144, 104, 6);
                holder.Line(Organic, 3, 2, true, RoundedOutline(-71, -51, 142, 102, 5));
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    BankCard(new Turned(pen, U(-20, 20), U(-16, 16), U(-0.05, 0.05) + (Chance(0.5) ? 0 : Math.PI)));
                }

                if (Chance(0.5))
                {
                    var pass = new Turned(pen, U(-10, 10), U(-6, 6), U(-0.1, 0.1));
                    pass.Rect(Organic, 2 * 0.1 * 0.8, -95, -40, 190, 80);
                }
            }

            var p = new Turned(pen, U(-3, 3), U(-3, 3), U(-0.04, 0.04));
            p.Rect(Organic, 2 * 0.8 * 1.1, -62.5, -44, 125, 88);
            p.Rect(Organic, random.Next(16, 26) * 0.09 * 2 * 0.85, -61.5, -43, 123, 86);
            p.Rect(Organic, 0.8 * 1.2, -60, -41, 120, 82);
            p.Rect(Organic, 3, -62.5, -44, 3, 88);
            p.Line(Brass, 0.1 * 5, 1.5, true, (-38, -28), (38, -28), (38, 28), (-38, 28));
            p.Rect(Brass, 0.1, 20, -12, 9, 7);
            p.Rect(Mixed, 0.5, 22.5, -10.5, 4, 4);
        }

        /// <summary>
        /// A travel sewing kit: a tin of 0.25 mm tinplate (110–130 × 70–85 × 20–28 mm, its walls edge-on) or a zipped fabric
        /// pouch, holding six to twelve mini reels of thread (14 mm across, 20 mm long, thread at about 0.7 g/cm³ as wound)
        /// or flat card bobbins, four to ten steel needles (0.6–0.9 mm, 30–50 mm) in a felt book, dress pins with plastic
        /// heads, a few safety pins, a thimble (0.35 mm steel or brass), an aluminium-foil needle threader with its
        /// steel wire loop and a card of buttons, some metal.
        /// </summary>
        private void SewingKit()
        {
            var l = U(110, 130);
            var w = U(70, 85);
            var depth = U(20, 28);
            var pen = Place((l / 2) + 5);
            var k = new Turned(pen, 0, 0, 0);
            if (Chance(0.6))
            {
                RoundedRect(k, Steel, 2 * 0.25, -l / 2, -w / 2, l, w, 8);
                k.Line(Steel, 0.25 * depth / 1.5, 1.5, true, RoundedOutline((-l / 2) + 0.75, (-w / 2) + 0.75, l - 1.5, w - 1.5, 7.5));
                k.Line(Steel, 0.25 * 8 / 1.5, 1.5, true, RoundedOutline(-l / 2, -w / 2, l, w, 8));
            }
            else
            {
                RoundedRect(k, Organic, 2 * 1 * 0.8, -l / 2, -w / 2, l, w, 10);
                k.Line(Organic, 3, 4, false, ((-l / 2) + 8, -w / 2), ((l / 2) - 8, -w / 2));
                k.Rect(Steel, 1.2, U(-l / 3, l / 3), (-w / 2) - 10, 7, 12);
            }

            var reels = random.Next(6, 13);
            for (var i = 0; i < reels; i++)
            {
                var (rx, ry) = ((-l / 2) + 12 + ((i % 6) * ((l - 24) / 5)), (-w / 2) + 14 + ((i / 6) * 20));
                var reel = new Turned(pen, rx, ry, (Math.PI / 2) + U(-0.1, 0.1));
                reel.Cylinder(Organic, -10, -7, 20, 14, 0.7);
                reel.Rect(Organic, 14 * 1.05 * 0.8, -10, -7.5, 1.5, 15);
                reel.Rect(Organic, 14 * 1.05 * 0.8, 8.5, -7.5, 1.5, 15);
            }

            var book = new Turned(pen, U(-l / 5, l / 5), (w / 2) - 20, U(-0.05, 0.05));
            book.Rect(Organic, 2 * 1.5 * 0.3, -30, -12, 60, 24);
            for (var i = random.Next(4, 11); i > 0; i--)
            {
                var nl = U(30, 50);
                var nd = U(0.6, 0.9);
                var (x, y) = (U(-28, 28 - nl), U(-9, 9));
                book.Line(Steel, 0.8 * nd, nd, false, (x, y), (x + nl, y + U(-1, 1)));
            }

            for (var i = random.Next(3, 9); i > 0; i--)
            {
                var pin = new Turned(pen, U((-l / 2) + 20, (l / 2) - 20), U(-w / 4, w / 4), U(0, 2 * Math.PI));
                pin.Line(Steel, 0.5, 0.6, false, (-16, 0), (16, 0));
                pin.Ellipse(Organic, 3.5, -17, 0, 2, 2);
            }

            for (var i = random.Next(1, 5); i > 0; i--)
            {
                var sp = new Turned(pen, U((-l / 2) + 20, (l / 2) - 20), U(-w / 4, w / 4), U(0, 2 * Math.PI));
                var len = U(22, 38);
                sp.Line(Steel, 0.8 * 0.8, 0.8, false, (-len / 2, -2), (len / 2, -2), (len / 2, 2), (-len / 2 + 3, 2));
                sp.Ring(Steel, 0.8 * 0.8, 0.8, -len / 2, 0, 2, 2);
                sp.Rect(Steel, 1.2, (len / 2) - 5, -3, 5, 6);
            }

            var th = new Turned(pen, U(-l / 3, l / 3), U(-w / 4, w / 4), 0);
            var thMetal = Chance(0.5) ? Steel : Brass;
            th.Ellipse(thMetal, 2 * 0.35, 0, 0, 8.5, 8.5);
            th.Ring(thMetal, 0.35 * 18 / 1.2, 1.2, 0, 0, 8, 8);
            var thr = new Turned(pen, U(-l / 3, l / 3), U(-w / 4, w / 4), U(0, 2 * Math.PI));
            thr.Ellipse(Aluminium, 0.3, 0, 0, 8, 10);
            thr.Line(Steel, 0.2, 0.3, true, (0, -10), (4, -25), (0, -34), (-4, -25));
            for (var i = random.Next(3, 8); i > 0; i--)
            {
                var (bx, by) = (U((-l / 2) + 10, (l / 2) - 10), U((-w / 2) + 10, (w / 2) - 10));
                var bd = U(5, 9);
                if (Chance(0.3))
                {
                    k.Ellipse(Brass, 1.2, bx, by, bd, bd);
                }
                else
                {
                    k.Ring(Organic, 2.5 * 1.1, bd * 0.7, bx, by, bd * 0.6, bd * 0.6);
                }
            }
        }

        /// <summary>
        /// Asthma inhalers: one or two metered-dose inhalers (a 22 mm aluminium canister 48–60 mm long with 0.5 mm walls,
        /// its crimped ferrule and a stainless valve spring and stem, part full of propellant at about 1.2 g/cm³, in a
        /// polypropylene L-shaped actuator with 1.2 mm walls and a cap on the mouthpiece) or a dry-powder inhaler (a 130–140
        /// × 28 mm polypropylene cylinder with a small steel spring); a 145 mm spacer tube (1.5 mm walls, 45–50 mm across)
        /// with its valve on some.
        /// </summary>
        private void Inhaler()
        {
            var pen = Place(80);
            for (var i = random.Next(1, 3); i > 0; i--)
            {
                var inh = new Turned(pen, U(-35, 35), U(-35, 35), U(0, 2 * Math.PI));
                if (Chance(0.75))
                {
                    var act = new (double X, double Y)[] { (-45, -15), (32, -15), (32, 12), (58, 12), (58, 40), (20, 40), (20, 15), (-45, 15) };
                    inh.Poly(Organic, 2 * 1.2 * 0.9, act);
                    inh.Line(Organic, 28 * 1.2 * 0.9 / 1.5, 1.5, true, act);
                    var cl = U(48, 60);
                    inh.Tube(Aluminium, -44 + (60 - cl), -11, cl, 22, 0.5);
                    inh.Rect(Aluminium, 3, 14, -12, 6, 24);
                    inh.Cylinder(Organic, -42 + (60 - cl), -10.5, cl * U(0.2, 0.8), 21, 1.2);
                    inh.Rect(Steel, 2, 17, -2, 14, 4);
                    inh.Line(Steel, 0.4, 0.5, false, Zigzag(18, 28, -3, 1.5, 6));
                    if (Chance(0.7))
                    {
                        inh.Rect(Organic, 2 * 1.5 * 0.9, 55, 10, 8, 32);
                    }
                }
                else
                {
                    var l = U(130, 140);
                    inh.Tube(Organic, -l / 2, -14, l, 28, 1.5 * 0.9);
                    inh.Cylinder(Organic, -l / 2, -13, 30, 26, 0.5);
                    inh.Line(Steel, 0.5, 0.6, false, Zigzag(-10, 10, -4, 2, 8));
                }
            }

            if (Chance(0.35))
            {
                var sp = new Turned(pen, U(-20, 20), U(-20, 20), U(0, 2 * Math.PI));
                var d = U(45, 50);
                sp.Tube(Organic, -72, -d / 2, 145, d, 1.5 * 1.05);
                sp.Rect(Organic, d * 0.8 * 1.05 * 1.5 / 2, -73, -d / 2, 2, d);
                sp.Rect(Organic, 12, 70, -14, 10, 28);
            }
        }
    }
}
