namespace Screening.Devices.Xray;

// Variant set O (held out after N): threat shapes and clutter kinds that none of A to N and R draws.
// About two thirds are the everyday forms an officer on the gate sees, in models, sizes and materials
// no earlier set drew; the rest are hidden inside something innocent or made at home. Each is written
// from what the real thing measures and is made of, by someone who read neither the analyser nor any
// x-ray figures. Thicknesses follow the rest of the scene: roughly the millimetres of that material the
// beam crosses where the part lies flat (a round bar or wire of diameter d counts as about 0.8 d, a
// hollow part as its two walls, a sheet seen edge-on as the sheet's share of the line it is drawn as
// times the depth the beam crosses); a material lighter or heavier than water counts its thickness
// times its density.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        /// <summary>Draws one of set O's threat shapes; null for a shape that is not set O's.</summary>
        private PixelBox? DrawSetOThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.CarvingKnife => CarvingKnife(scale),
            ThreatShape.Kirpan => Kirpan(scale),
            ThreatShape.FoldingUtilityKnife => FoldingUtilityKnife(scale),
            ThreatShape.RulerShiv => RulerShiv(scale),
            ThreatShape.BladesInCard => BladesInCard(scale),
            ThreatShape.HiPowerPistol => HiPowerPistol(scale),
            ThreatShape.TokarevPistol => TokarevPistol(scale),
            ThreatShape.NagantRevolver => NagantRevolver(scale),
            ThreatShape.PistolInSpeaker => PistolInSpeaker(scale),
            ThreatShape.KeyringGun => KeyringGun(scale),
            ThreatShape.BoxedPhone => BoxedPhone(scale),
            ThreatShape.GlitterCasePhone => GlitterCasePhone(scale),
            ThreatShape.PhonePair => PhonePair(scale),
            ThreatShape.PhoneInCardPack => PhoneInCardPack(scale),
            ThreatShape.PhoneInYarnBall => PhoneInYarnBall(scale),
            ThreatShape.HuntingRifleRounds => HuntingRifleRounds(scale),
            ThreatShape.SimInLetter => SimInLetter(scale),
            ThreatShape.OralSyringe => OralSyringe(scale),
            ThreatShape.RechargeableHandWarmer => RechargeableHandWarmer(scale),
            ThreatShape.TorpedoLevel => TorpedoLevel(scale),
            ThreatShape.Growler => Growler(scale),
            ThreatShape.DealBags => DealBags(scale),
            ThreatShape.DrugsInToothpaste => DrugsInToothpaste(scale),
            _ => null,
        };

        /// <summary>Draws one of set O's clutter kinds; false for a kind that is not set O's.</summary>
        private bool DrawSetOClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.Doll:
                    Doll();
                    return true;
                case ClutterKind.GolfBalls:
                    GolfBalls();
                    return true;
                case ClutterKind.HairRollers:
                    HairRollers();
                    return true;
                case ClutterKind.ShoePolishKit:
                    ShoePolishKit();
                    return true;
                case ClutterKind.TableTennisSet:
                    TableTennisSet();
                    return true;
                case ClutterKind.Cufflinks:
                    Cufflinks();
                    return true;
                case ClutterKind.ShinPads:
                    ShinPads();
                    return true;
                case ClutterKind.HolePunch:
                    HolePunch();
                    return true;
                default:
                    return false;
            }
        }

        // ---- shared parts ---------------------------------------------------------------------

        /// <summary>
        /// A bottlenecked centrefire cartridge lying on its side, centred on its part's origin with its bullet toward +x: the rim,
        /// extractor groove and solid head of the case (drawn brass, or lacquered steel), its 0.35 mm body wall to the shoulder
        /// <paramref name="shoulderAt"/> mm from the head, the shoulder cone to the neck at <paramref name="neckAt"/>, the powder, and
        /// a jacketed lead-core bullet seated about a calibre deep, <paramref name="bulletOut"/> mm of it out of the mouth.
        /// </summary>
        private static void BottleneckRound(Turned r, double caseLength, double body, double shoulderAt, double neckAt, double neck, double bulletOut, double bd, Material caseMetal)
        {
            var x = -(caseLength + bulletOut) / 2;
            r.Rect(caseMetal, 0.8 * body, x, -body / 2, 1.4, body);
            r.Rect(caseMetal, 0.8 * (body - 1.6), x + 1.4, (-body / 2) + 0.8, 1.0, body - 1.6);
            r.Rect(caseMetal, 0.55 * body, x + 2.4, -body / 2, 3.6, body);
            r.Tube(caseMetal, x + 6, -body / 2, shoulderAt - 6, body, 0.35);
            r.Poly(caseMetal, 1.0, (x + shoulderAt, -body / 2), (x + neckAt, -neck / 2), (x + neckAt, neck / 2), (x + shoulderAt, body / 2));
            r.Tube(caseMetal, x + neckAt, -neck / 2, caseLength - neckAt, neck, 0.35);
            r.Cylinder(Organic, x + 6, (-body / 2) + 0.5, shoulderAt - 6, body - 1, 0.9);
            var seat = Math.Min(bd, caseLength - neckAt);
            var xb = x + caseLength - seat;
            var bl = seat + bulletOut;
            (double X, double Y)[] bullet =
            [
                (xb, -bd / 2), (xb + (bl * 0.45), -bd / 2), (xb + (bl * 0.8), -bd * 0.3), (xb + bl, -bd * 0.08),
                (xb + bl, bd * 0.08), (xb + (bl * 0.8), bd * 0.3), (xb + (bl * 0.45), bd / 2), (xb, bd / 2),
            ];
            r.Poly(Lead, bd * 0.6, bullet);
            r.Poly(Brass, 0.9, bullet);
        }

        /// <summary>
        /// A single-stack steel magazine along its part's x (its lips at −x) holding <paramref name="rounds"/> bottlenecked 7.62 × 25
        /// rounds lying across it, bullets toward the part's −y: 0.8 mm walls (13 mm apart, the spine and front seen edge-on), the
        /// floor plate, the follower's spring below the last round.
        /// </summary>
        private static void TokarevMagazine(Pen pen, double mx, double my, double angle, double length, int rounds, Material caseMetal)
        {
            var mag = new Turned(pen, mx, my, angle);
            const double fore = 38;
            mag.Rect(Steel, 2 * 0.8, -length / 2, -fore / 2, length, fore);
            mag.Line(Steel, 13 * 0.8, 1, true, (-length / 2, -fore / 2), (length / 2, -fore / 2), (length / 2, fore / 2), (-length / 2, fore / 2));
            mag.Rect(Steel, 4, (length / 2) - 3, (-fore / 2) - 1, 3, fore + 2);
            const double pitch = 10.1;
            var used = 6 + (rounds * pitch);
            if (used < length - 12)
            {
                mag.Line(Steel, 1.2, 0.9, false, Zigzag((-length / 2) + used, (length / 2) - 5, -fore * 0.3, 9, fore * 0.6));
            }

            for (var i = 0; i < rounds; i++)
            {
                var along = (-length / 2) + 6 + (i * pitch);
                if (along > (length / 2) - 10)
                {
                    break;
                }

                var (rx, ry) = Moved(mx, my, angle, along, 0);
                BottleneckRound(new Turned(pen, rx, ry, angle - (Math.PI / 2)), 25, 9.8, 17, 19.5, 8.5, 9.5, 7.85, caseMetal);
            }
        }

        /// <summary>
        /// An outline with rectangular windows cut through it, as one polygon (as <see cref="WithHoles"/> cuts round ones): each window
        /// is reached by a cut of zero width from the outline's first point, so the film's fill leaves it empty and no edge is drawn twice.
        /// </summary>
        private static (double X, double Y)[] WithWindows((double X, double Y)[] outline, params (double X0, double Y0, double X1, double Y1)[] windows)
        {
            var points = new List<(double X, double Y)>(outline) { outline[0] };
            foreach (var (x0, y0, x1, y1) in windows)
            {
                points.AddRange([(x0, y0), (x0, y1), (x1, y1), (x1, y0), (x0, y0), outline[0]]);
            }

            return [.. points];
        }

        /// <summary>
        /// A double-edged safety-razor blade (43 × 22 × 0.1 mm stainless) centred on its part's origin: the two edge strips either side
        /// of its long central slot and the bridges at its ends.
        /// </summary>
        private static void DoubleEdgeBlade(Turned b)
        {
            b.Rect(Steel, 0.1, -21.5, -11, 43, 9.7);
            b.Rect(Steel, 0.1, -21.5, 1.3, 43, 9.7);
            b.Rect(Steel, 0.1, -21.5, -1.3, 5.5, 2.6);
            b.Rect(Steel, 0.1, 16, -1.3, 5.5, 2.6);
            b.Rect(Steel, 0.1, -3, -1.3, 6, 2.6);
        }

        /// <summary>
        /// One of a pair of table-tennis bats, along its part's x from the butt of the handle: a 5-ply blade (6 mm at about 0.5 g/cm³)
        /// 158 × 150 mm with a rubber each side (2 mm of sponge at 0.35 under a 1 mm top sheet at 1.1), a flared handle of
        /// 100 × 34 × 25 mm (0.55 g/cm³).
        /// </summary>
        private static void Bat(Turned b)
        {
            b.Ellipse(Organic, (6 * 0.5) + (2 * ((2 * 0.35) + 1.1)), 100 + 75, 0, 79, 75);
            b.Ellipse(Organic, 6 * 0.5 * 0.5, 100 + 75, 0, 79, 75);
            (double X, double Y)[] handle = [(0, -17), (70, -13), (100, -18), (100, 18), (70, 13), (0, 17)];
            RoundSection(b, Organic, handle, 50, 0, 25, 0.55);
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// A carving knife, the Sunday-roast kind: a narrow blade 200–230 mm long and 28–35 mm deep at the heel, 2–2.5 mm at the spine
        /// and ground thin toward the edge, its point a little below the spine; a full tang between two POM scales (6.5 mm each, about
        /// 1.4 g/cm³) on three steel rivets, a forged bolster on some; the two-tined carving fork of the same set beside it on some
        /// (3 mm round tines 90–110 mm long), or a polypropylene blade guard on it.
        /// </summary>
        private PixelBox CarvingKnife(double scale)
        {
            var bl = U(200, 230);
            var bw = U(28, 35);
            var t = U(2.0, 2.5);
            var hl = U(115, 125);
            var hh = U(22, 26);
            var forged = Chance(0.5);
            var fork = Chance(0.5);
            var guard = !fork && Chance(0.3);
            var fy = (bw / 2) + 26;
            var pen = Lay(-hl - 3, (-bw / 2) - 3, bl + 3, fork ? fy + 16 : (bw / 2) + 3, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] blade =
            [
                (0, -bw / 2), (0.75 * bl, (-bw / 2) + (0.06 * bw)), (bl, (-bw / 2) + (0.3 * bw)), (0.93 * bl, 0),
                (0.78 * bl, 0.2 * bw), (0.45 * bl, 0.4 * bw), (0.05 * bl, bw / 2), (0, bw / 2),
            ];
            pen.Item(() =>
            {
                k.Poly(Steel, t * 0.5, blade);
                k.Poly(Steel, t * 0.45, Shrunk(blade, 0, -bw / 2, 1, 0.5));
                (double X, double Y)[] handle =
                [
                    (0, -hh / 2), (-hl * 0.5, (-hh / 2) - 1), (-hl + 6, -hh / 2), (-hl, (-hh / 2) + 4),
                    (-hl, (hh / 2) - 2), (-hl * 0.5, (hh / 2) + 1), (0, hh / 2),
                ];
                k.Poly(Steel, t, Shrunk(handle, -hl / 2, 0, 0.96, 0.8));
                k.Poly(Organic, 2 * 6.5 * 1.4, handle);
            });
            foreach (var f in new[] { 0.22, 0.5, 0.78 })
            {
                pen.Item(() => k.Ellipse(Steel, 2 * 6.5, -hl * f, 0, 2.4, 2.4));
            }

            if (forged)
            {
                pen.Item(() => k.Poly(Steel, 9, (-4, (-hh / 2) - 1), (10, -bw / 2), (10, bw * 0.2), (-4, (hh / 2) + 1)));
            }

            if (fork)
            {
                var f = new Turned(pen, 0, fy, 0);
                var tl = U(90, 110);
                f.Poly(Steel, 6 * 0.8, (0, -5), (35, -4), (40, -7), (40, 7), (35, 4), (0, 5));
                f.Line(Steel, 3 * 0.8, 3, false, (40, -5.5), (40 + (tl * 0.5), -6.5), (40 + tl, -5 + U(1, 3)));
                f.Line(Steel, 3 * 0.8, 3, false, (40, 5.5), (40 + (tl * 0.5), 6.5), (40 + tl, 5 - U(1, 3)));
                var fh = hl - 10;
                RoundedRect(f, Organic, 2 * 6 * 1.4, -fh, -11, fh, 22, 5);
                f.Rect(Steel, 2.5, -fh + 4, -6, fh - 4, 12);
                foreach (var x in new[] { 0.25, 0.7 })
                {
                    f.Ellipse(Steel, 2 * 6, -fh * x, 0, 2.4, 2.4);
                }
            }

            if (guard)
            {
                pen.Item(() =>
                {
                    RoundedRect(k, Organic, 2 * 1 * 0.9, 2, (-bw / 2) - 2, bl + 1, bw + 4, 4);
                    k.Line(Organic, 4 * 0.9 / 1.2, 1.2, true, RoundedOutline(2.6, (-bw / 2) - 1.4, bl - 0.2, bw + 2.8, 3.4));
                });
            }

            return pen.Box;
        }

        /// <summary>
        /// A kirpan as a baptised Sikh wears it every day: a small curved blade 90–150 mm long and 16–22 mm deep, 2.5–3.5 mm of carbon
        /// or stainless steel, often blunt; a cast brass or steel hilt (a crossguard, a grip 70–85 mm long and 14–17 mm across, partly
        /// hollow as cast, a ball pommel) or a rosewood grip between brass fittings; in its sheath (0.5 mm steel, or a wooden core
        /// under velvet, with a brass throat and chape) on the gatra, a cotton strap 36 mm wide folded beside it.
        /// </summary>
        private PixelBox Kirpan(double scale)
        {
            var bl = U(90, 150);
            var bw = U(16, 22);
            var t = U(2.5, 3.5);
            var curve = U(5, 12);
            var gl = U(70, 85);
            var gd = U(14, 17);
            var sheathed = Chance(0.85);
            var steelSheath = sheathed && Chance(0.5);
            var gatra = sheathed && Chance(0.7);
            var strap = U(120, 200);
            var pen = Lay(-gl - 26, (-bw / 2) - curve - 6, bl + 12, (bw / 2) + (gatra ? 48 : 11), scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] Curved(double x0, double length, double width, double bend)
            {
                var points = new List<(double X, double Y)>();
                for (var i = 0; i <= 10; i++)
                {
                    var f = i / 10.0;
                    points.Add((x0 + (f * length), (-width / 2) - (bend * f * f)));
                }

                for (var i = 9; i >= 0; i--)
                {
                    var f = i / 10.0;
                    points.Add((x0 + (f * length), (width / 2) - ((width + bend) * Math.Pow(f, 3))));
                }

                return [.. points];
            }

            var blade = Curved(0, bl, bw, curve);
            pen.Item(() =>
            {
                k.Poly(Steel, t * 0.55, blade);
                k.Poly(Steel, t * 0.45, Shrunk(blade, 0, -bw / 2, 1, 0.5));
                var metal = Chance(0.6) ? Brass : Steel;
                var wooden = Chance(0.35);
                k.Rect(metal, 7, -6, (-bw / 2) - 9, 6, bw + 18);
                k.Rect(Steel, 4, -gl - 6, -3, gl + 6, 6);
                if (wooden)
                {
                    k.Cylinder(Organic, -gl - 6, -gd / 2, gl, gd, 0.85);
                    k.Tube(Brass, -18, -gd / 2, 12, gd, 0.8);
                    k.Tube(Brass, -gl - 6, -gd / 2, 10, gd, 0.8);
                }
                else
                {
                    k.Cylinder(metal, -gl - 6, -gd / 2, gl, gd, 0.45);
                }

                Ball(k, metal, -gl - 15, 0, 9, wooden ? 0.9 : 0.6);
            });
            if (sheathed)
            {
                pen.Item(() =>
                {
                    var scabbard = Curved(-2, bl + 10, bw + 6, curve + 1);
                    if (steelSheath)
                    {
                        k.Poly(Steel, 2 * 0.5, scabbard);
                        k.Line(Steel, 0.5 * 6 / 1.2, 1.2, true, scabbard);
                        k.Poly(Organic, 2 * 1 * 0.4, Shrunk(scabbard, bl / 2, 0, 0.97, 0.8));
                    }
                    else
                    {
                        k.Poly(Organic, 2 * ((3 * 0.6) + (1 * 0.4)), scabbard);
                    }

                    k.Rect(Brass, 2 * 1.0, -2, (-bw / 2) - 4, 14, bw + 8);
                    var tip = scabbard[10];
                    k.Poly(Brass, 2 * 1.0, (tip.X - 18, tip.Y + 2), (tip.X, tip.Y), (tip.X - 8, tip.Y + 10), (tip.X - 20, tip.Y + 12));
                });
                if (gatra)
                {
                    var y = (bw / 2) + 8;
                    k.Rect(Organic, 2 * 2 * 1.2 * 0.5, 6, y, strap, 36);
                    k.Line(Organic, 2 * 1.2 * 0.5 * 3, 2, false, (6, y), (6, y + 36));
                    k.Rect(Brass, 2, strap - 6, y + 4, 8, 28);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// A folding lock-back utility knife (the FatMax class a tradesman carries): a 108–120 mm handle of two die-cast zinc-alloy or
        /// aluminium halves (1.8–2.4 mm walls) under a rubber overmould, the steel lock bar and pivot, a spring-steel belt clip; a
        /// steel carrier holding a standard trapezoid blade (61 × 19 × 0.63 mm), folded out and locked or folded into the handle; up to
        /// three spare blades in the handle of some.
        /// </summary>
        private PixelBox FoldingUtilityKnife(double scale)
        {
            var hl = U(108, 120);
            var hh = U(27, 32);
            var open = Chance(0.55);
            var body = Chance(0.5) ? ZincAlloy : Aluminium;
            var wall = U(1.8, 2.4);
            const double reach = 58;
            var pen = Lay(-hl - 2, (-hh / 2) - 2, open ? reach + 2 : 10, (hh / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] outline =
            [
                (4, -hh * 0.42), (-hl * 0.3, -hh / 2), (-hl * 0.75, -hh * 0.45), (-hl, -hh * 0.3), (-hl, hh * 0.2),
                (-hl * 0.8, hh / 2), (-hl * 0.35, hh * 0.45), (4, hh * 0.3),
            ];
            k.Poly(body, 2 * wall, outline);
            k.Line(body, 3 * wall, 1.5, true, outline);
            k.Poly(Organic, 2 * 2 * 1.1, Shrunk(outline, -hl / 2, 0, 0.8, 0.7));
            k.Rect(Steel, 2.5, -hl * 0.72, (-hh / 2) + 2, hl * 0.62, 5);
            k.Ellipse(Steel, 14, -2, 0, 4, 4);
            k.Rect(Steel, 1.0, -hl + 8, (hh / 2) - 11, 62, 9);
            for (var i = Chance(0.3) ? random.Next(1, 4) : 0; i > 0; i--)
            {
                TrapezoidBlade(new Turned(pen, -hl + 70 + U(-1, 1), (-hh * 0.3) + U(-1, 1), Math.PI + U(-0.03, 0.03)));
            }

            var a = open ? 0 : Math.PI;
            var carrier = new Turned(pen, 0, 0, a);
            carrier.Rect(Steel, 2 * 1.2, -4, -hh * 0.35, 30, hh * 0.62);
            carrier.Ellipse(Steel, 6, 20, 0, 2.5, 2.5);
            var (bx, by) = Moved(0, 0, a, reach, hh * 0.28);
            TrapezoidBlade(new Turned(pen, bx, by, a));
            return pen.Box;
        }

        /// <summary>
        /// A shiv made from a steel rule: a whole 150 mm rule or a 300 mm one snapped to 160–190 mm (13–19 mm wide, 0.5–0.8 mm
        /// stainless), its end ground over 35–55 mm to a point or to a chisel edge along one side; the other end wound for a grip
        /// with strips of cotton (4–8 turns of 0.6 mm at 0.5 g/cm³) or PVC tape (8–15 turns of 0.13 mm), a loop of string through its
        /// hanging hole on some.
        /// </summary>
        private PixelBox RulerShiv(double scale)
        {
            var w = U(13, 19);
            var t = U(0.5, 0.8);
            var l = Chance(0.5) ? U(150, 160) : U(160, 190);
            var grind = U(35, 55);
            var loop = Chance(0.35);
            var pen = Lay((-l / 2) - (loop ? 32 : 4), (-w / 2) - 6, (l / 2) + 2, (w / 2) + 6, scale);
            var k = new Turned(pen, 0, 0, 0);
            var x1 = l / 2;
            var xg = x1 - grind;
            (double X, double Y)[] rule = Chance(0.6)
                ? [(-l / 2, -w / 2), (xg, -w / 2), (x1, U(-1.5, 1.5)), (xg, w / 2), (-l / 2, w / 2)]
                : [(-l / 2, -w / 2), (x1, -w / 2), (x1, (-w / 2) + 3), (xg, w / 2), (-l / 2, w / 2)];
            k.Poly(Steel, t, rule);
            var gl = U(60, 85);
            var cloth = Chance(0.5);
            var wrap = cloth ? 2 * random.Next(4, 9) * 0.6 * 0.5 : 2 * random.Next(8, 16) * 0.13 * 1.4;
            var pad = cloth ? 4.0 : 1.5;
            k.Rect(Organic, wrap, (-l / 2) - 2, (-w / 2) - pad, gl, w + (2 * pad));
            if (loop)
            {
                k.Line(Organic, 1.5 * 0.8 * 1.14, 1.5, true, ((-l / 2) + 5, -2), ((-l / 2) - 20, -10), ((-l / 2) - 30, 0), ((-l / 2) - 20, 10), ((-l / 2) + 5, 2));
            }

            return pen.Box;
        }

        /// <summary>
        /// Razor blades slipped between the layers of a greetings card in its envelope: a 5 × 7 in or A6 card of 300–350 gsm board
        /// (two layers of 0.35–0.42 mm at about 0.85 g/cm³), a foam-pad embellishment on some, in a 90 gsm envelope (two layers, the
        /// side and back flaps over them, its folds); between the card's layers 2–6 double-edged blades (43 × 22 × 0.1 mm, in a small
        /// stack or spread out) or 1–3 snap-off blades (100 × 18 × 0.5 mm).
        /// </summary>
        private PixelBox BladesInCard(double scale)
        {
            var big = Chance(0.5);
            var (cl, cw) = big ? (178.0, 127.0) : (148.0, 105.0);
            var (el, ew) = (cl + 6, cw + 6);
            var pen = Lay((-el / 2) - 1, (-ew / 2) - 1, (el / 2) + 1, (ew / 2) + 1, scale);
            var c = new Turned(pen, 0, 0, 0);
            const double paper = 0.11 * 0.8;
            c.Rect(Organic, 2 * paper, -el / 2, -ew / 2, el, ew);
            c.Poly(Organic, paper, (-el / 2, -ew / 2), (0, ew * 0.12), (el / 2, -ew / 2));
            c.Poly(Organic, paper, (-el / 2, -ew / 2), ((-el / 2) + (ew * 0.45), 0), (-el / 2, ew / 2));
            c.Poly(Organic, paper, (el / 2, -ew / 2), ((el / 2) - (ew * 0.45), 0), (el / 2, ew / 2));
            c.Line(Organic, 3 * paper, 1.2, true, ((-el / 2) + 0.6, (-ew / 2) + 0.6), ((el / 2) - 0.6, (-ew / 2) + 0.6), ((el / 2) - 0.6, (ew / 2) - 0.6), ((-el / 2) + 0.6, (ew / 2) - 0.6));
            var board = U(0.35, 0.42) * 0.85;
            c.Rect(Organic, 2 * board, -cl / 2, -cw / 2, cl, cw);
            c.Line(Organic, 2 * board * 2, 1.2, false, (-cl / 2, -cw / 2), (-cl / 2, cw / 2));
            if (Chance(0.4))
            {
                RoundedRect(c, Organic, (2 * 1 * 0.1) + (0.5 * 1.2), U(-cl / 4, 0), U(-cw / 4, 0), cl * 0.4, cw * 0.4, 6);
            }

            if (Chance(0.65))
            {
                var n = random.Next(2, 7);
                var stacked = Chance(0.5);
                var (sx, sy, sa) = (U((-cl / 2) + 30, (cl / 2) - 30), U((-cw / 2) + 20, (cw / 2) - 20), U(0, Math.PI));
                for (var i = 0; i < n; i++)
                {
                    var b = stacked
                        ? new Turned(pen, sx + U(-1, 1), sy + U(-1, 1), sa + U(-0.05, 0.05))
                        : new Turned(pen, U((-cl / 2) + 26, (cl / 2) - 26), U((-cw / 2) + 16, (cw / 2) - 16), U(0, Math.PI));
                    pen.Item(() => DoubleEdgeBlade(b));
                }
            }
            else
            {
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    var b = new Turned(pen, U((-cl / 2) + 56, (cl / 2) - 56), U((-cw / 2) + 14, (cw / 2) - 14), U(-0.3, 0.3));
                    pen.Item(() => b.Poly(Steel, 0.5, (-50, 9), (-40, -9), (50, -9), (40, 9)));
                }
            }

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// A Hi-Power-pattern 9 mm service pistol (197 × 127 mm, all steel): a slide of two 4.5 mm walls with its top and solid
        /// breech, the 14 mm barrel and the recoil spring on its guide, a steel frame (two 3 mm walls) with its grip (two 2.2 mm
        /// walls, front and back straps) under walnut or plastic panels, an exposed ring hammer, the thumb safety and slide stop;
        /// a double-stack magazine of up to 13 rounds in the grip, or out beside the pistol.
        /// </summary>
        private PixelBox HiPowerPistol(double scale)
        {
            const double l = 197;
            const double h = 127;
            const double sh = 30;
            const double gf = 34;
            var magOut = Chance(0.3);
            var rounds = random.Next(0, 14);
            var rho = 17 * Math.PI / 180;
            var x0 = -l / 2;
            var y0 = -h / 2;
            var gy = y0 + sh + 10;
            var gb = h / 2;
            var drop = (gb - gy) * Math.Tan(rho);
            var gx = x0 + 10;
            var ml = (gb - gy + 6) / Math.Cos(rho);
            var pen = Lay(Math.Min(x0 - 14, gx - 4 - drop), y0 - 4, (l / 2) + 2, magOut ? gb + 58 : gb + 4, scale);
            var gun = new Turned(pen, 0, 0, 0);
            gun.Rect(Steel, 2 * 4.5, x0, y0, l, sh);
            gun.Rect(Steel, 14, x0, y0, l, 3);
            gun.Rect(Steel, 14, x0 + 2, y0 + 3, 24, sh - 8);
            gun.Rect(Steel, 6, x0 + l - 12, y0 - 3, 6, 3);
            gun.Rect(Steel, 8, x0 + 4, y0 - 3, 10, 3);
            gun.Tube(Steel, x0 + 26, y0 + 6, l - 27, 14, 2.5);
            gun.Cylinder(Steel, x0 + 60, y0 + sh - 6, l - 66, 8, 0.35);
            gun.Rect(Steel, 2 * 3, x0 + 8, y0 + sh, l - 30, 10);
            gun.Ring(Steel, 7, 3, x0 - 5, y0 + 10, 5, 5);
            gun.Poly(Steel, 7, (x0 + 2, y0 + 14), (x0 - 4, y0 + 6), (x0 - 9, y0 + 12), (x0 - 2, y0 + 24));
            gun.Rect(Steel, 4, x0 + 10, gy - 14, 24, 6);
            gun.Rect(Steel, 4, x0 + 66, gy - 11, 28, 5);
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10).Select(a => (x0 + 66 + (21 * Math.Cos(a)), gy + (15 * Math.Sin(a)))).ToArray();
            gun.Line(Steel, 6, 4.5, false, guard);
            gun.Poly(Steel, 5, (x0 + 58, gy - 2), (x0 + 64, gy - 2), (x0 + 61, gy + 12), (x0 + 56, gy + 11));
            (double X, double Y)[] grip = [(gx, gy - 6), (gx + gf, gy - 6), (gx + gf - drop, gb), (gx - 2 - drop, gb)];
            gun.Poly(Steel, 2 * 2.2, grip);
            gun.Line(Steel, 12, 3, false, grip[1], grip[2]);
            gun.Line(Steel, 14, 3.5, false, grip[0], grip[3]);
            var (cx, cy) = (gx + (gf / 2) - (drop / 2), (gy + gb) / 2);
            var panels = Shrunk(grip, cx, cy, 0.85, 0.85);
            gun.Poly(Organic, Chance(0.5) ? 2 * 4 * 0.7 : 2 * 3.5 * 1.2, panels);
            foreach (var f in new[] { -0.3, 0.3 })
            {
                gun.Ellipse(Steel, 10, cx - (f * drop * 0.8), cy + (f * (gb - gy) * 0.8), 2.5, 2.5);
            }

            var (mx, my, ma) = magOut ? (0.0, gb + 38, 0.0) : (cx, cy, (Math.PI / 2) + rho);
            BoxMagazine(pen, mx, my, ma, ml, 32, rounds, doubleStack: true, 19.15, 9.9, 9.96, 10.5, 9.0, jacketed: true);
            return pen.Box;
        }

        /// <summary>
        /// A Tokarev-pattern pistol (194 × 130 mm, all steel, single action): a slide of two 4 mm walls with its solid breech, a 13.5
        /// mm barrel for 7.62 × 25 in its bushing, the recoil spring, the frame and its removable hammer-and-sear block, an exposed
        /// hammer, a near-upright grip under bakelite or wooden panels; a single-stack magazine of up to eight bottlenecked rounds
        /// (brass, or lacquered steel from surplus stocks) in the grip, or out beside it.
        /// </summary>
        private PixelBox TokarevPistol(double scale)
        {
            const double l = 194;
            const double h = 130;
            const double sh = 28;
            const double gf = 40;
            var magOut = Chance(0.25);
            var rounds = random.Next(0, 9);
            var caseMetal = Chance(0.5) ? Steel : Brass;
            var rho = 11 * Math.PI / 180;
            var x0 = -l / 2;
            var y0 = -h / 2;
            var gy = y0 + sh + 10;
            var gb = h / 2;
            var drop = (gb - gy) * Math.Tan(rho);
            var gx = x0 + 9;
            var ml = (gb - gy + 4) / Math.Cos(rho);
            var pen = Lay(Math.Min(x0 - 12, gx - 4 - drop), y0 - 5, (l / 2) + 2, magOut ? gb + 60 : gb + 8, scale);
            var gun = new Turned(pen, 0, 0, 0);
            gun.Rect(Steel, 2 * 4, x0, y0, l, sh);
            gun.Rect(Steel, 12, x0, y0, l, 3);
            gun.Rect(Steel, 14, x0 + 2, y0 + 3, 26, sh - 8);
            gun.Rect(Steel, 6, x0 + l - 10, y0 - 4, 5, 4);
            gun.Tube(Steel, x0 + 28, y0 + 6, l - 30, 13.5, 2.8);
            gun.Tube(Steel, x0 + l - 18, y0 + 3, 16, 20, 2.5);
            gun.Cylinder(Steel, x0 + 58, y0 + sh - 6, l - 64, 8, 0.35);
            gun.Rect(Steel, 2 * 3, x0 + 8, y0 + sh, l - 36, 10);
            gun.Rect(Steel, 2 * 4, x0 + 6, gy - 8, 24, 24);
            gun.Poly(Steel, 7, (x0 + 2, y0 + 10), (x0 - 8, y0 + 2), (x0 - 10, y0 + 9), (x0 + 1, y0 + 22));
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10).Select(a => (x0 + 70 + (22 * Math.Cos(a)), gy + (16 * Math.Sin(a)))).ToArray();
            gun.Line(Steel, 5, 4.5, false, guard);
            gun.Poly(Steel, 5, (x0 + 62, gy - 2), (x0 + 68, gy - 2), (x0 + 65, gy + 12), (x0 + 60, gy + 11));
            (double X, double Y)[] grip = [(gx, gy - 6), (gx + gf, gy - 6), (gx + gf - drop, gb), (gx - 2 - drop, gb)];
            gun.Poly(Steel, 2 * 2.0, grip);
            gun.Line(Steel, 12, 3, false, grip[1], grip[2]);
            gun.Line(Steel, 14, 3.5, false, grip[0], grip[3]);
            var (cx, cy) = (gx + (gf / 2) - (drop / 2), (gy + gb) / 2);
            gun.Poly(Organic, Chance(0.6) ? 2 * 3.5 * 1.35 : 2 * 4 * 0.7, Shrunk(grip, cx, cy, 0.85, 0.85));
            gun.Ellipse(Steel, 10, cx, cy, 2.5, 2.5);
            gun.Ring(Steel, 3 * 0.8 * 2, 3, gx - drop + 4, gb + 1, 4, 3);
            var (mx, my, ma) = magOut ? (0.0, gb + 38, 0.0) : (cx, cy, (Math.PI / 2) + rho);
            TokarevMagazine(pen, mx, my, ma, ml, rounds, caseMetal);
            return pen.Box;
        }

        /// <summary>
        /// A Nagant gas-seal revolver (235 mm, all steel): a 114 mm barrel (15 mm over its 7.62 mm bore) with its front sight and the
        /// ejector rod in a tube under it, a solid frame with a top strap, recoil shield, side plate and loading gate, the seven-shot
        /// cylinder (40 × 39 mm) on its axis pin, a spur hammer, the trigger guard, a grip of two 7 mm walnut or birch panels on the
        /// steel grip frame, a lanyard ring at its butt; 0–7 rounds of 7.62 × 38R, each bullet seated wholly inside its brass case.
        /// </summary>
        private PixelBox NagantRevolver(double scale)
        {
            const double bl = 114;
            const double cl = 40;
            const double cd = 39;
            const double rc = 12.5;
            const double ya = -30;
            var xc0 = -(bl + 10 + cl - 70) / 2;
            var xc1 = xc0 + cl;
            var xf0 = xc1 + 2;
            var xb = xf0 + 8;
            var xm = xb + bl;
            var cc = ya + rc;
            var cylTop = cc - (cd / 2);
            var cylBottom = cc + (cd / 2);
            var pen = Lay(xc0 - 72, cylTop - 24, xm + 2, ya + 122, scale);
            var gun = new Turned(pen, 0, 0, 0);
            gun.Tube(Steel, xb - 2, ya - 7.5, bl + 2, 15, 3.7);
            gun.Rect(Steel, 6, xm - 8, ya - 12, 6, 5);
            gun.Tube(Steel, xb, ya + 7, 85, 8, 0.8);
            gun.Cylinder(Steel, xb + 2, ya + 8.5, 90, 5, 0.8);
            gun.Rect(Steel, 14, xc0 - 8, cylTop - 8, xf0 - xc0 + 16, 8);
            gun.Rect(Steel, 16, xc0 - 10, cylBottom - 1, xf0 - xc0 + 18, 9);
            gun.Rect(Steel, 24, xf0, ya - 10, 8, cylBottom + 8 - (ya - 10));
            gun.Rect(Steel, 26, xc0 - 12, cylTop - 8, 12, cylBottom + 8 - (cylTop - 8));
            gun.Poly(Steel, 3, (xc0 - 12, cylTop), (xc0 - 2, cylTop), (xc0 - 2, cylBottom + 8), (xc0 - 30, ya + 60), (xc0 - 36, cylTop + 18));
            gun.Rect(Steel, 4, xc0 - 10, cc - 6, 8, 12);
            gun.Cylinder(Steel, xc0, cylTop, cl, cd, 0.5);
            gun.Cylinder(Steel, xc0 - 4, cc - 3, cl + 14, 6, 0.8);
            gun.Poly(Steel, 9, (xc0 - 10, cylTop - 2), (xc0 - 16, cylTop - 16), (xc0 - 30, cylTop - 20), (xc0 - 32, cylTop - 14), (xc0 - 22, cylTop + 4), (xc0 - 12, cylTop + 12));
            var gy = cylBottom + 8;
            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9).Select(t => (xc0 + 12 + (18 * Math.Cos(t)), gy + (14 * Math.Sin(t)))).ToArray();
            gun.Line(Steel, 6, 4, false, guard);
            gun.Poly(Steel, 6, (xc0 + 8, gy), (xc0 + 14, gy), (xc0 + 9, gy + 12), (xc0 + 4, gy + 11));
            (double X, double Y)[] front = [(xc0 - 4, gy + 1), (xc0 - 12, ya + 70), (xc0 - 24, ya + 98)];
            (double X, double Y)[] back = [(xc0 - 58, ya + 100), (xc0 - 60, ya + 80), (xc0 - 50, ya + 40), (xc0 - 36, cylTop + 18), (xc0 - 22, cylTop + 6)];
            (double X, double Y)[] grip = [.. front, (xc0 - 36, ya + 105), .. back];
            gun.Poly(Organic, Chance(0.5) ? 2 * 7 * 0.65 : 2 * 7 * 0.75, grip);
            gun.Line(Steel, 12, 3, false, front);
            gun.Line(Steel, 14, 4, false, [(xc0 - 36, ya + 105), .. back]);
            gun.Ellipse(Steel, 14, xc0 - 34, ya + 60, 2, 2);
            gun.Ring(Steel, 3 * 0.8 * 2, 3, xc0 - 44, ya + 112, 7, 7);
            var loaded = random.Next(0, 8);
            var phase = U(0, 2 * Math.PI / 7);
            for (var i = 0; i < loaded; i++)
            {
                var y = cc + (rc * Math.Sin(phase + (i * 2 * Math.PI / 7)));
                var r = new Turned(pen, xc0 + 0.5 + (38.7 / 2), y, 0);
                const double x = -38.7 / 2;
                r.Rect(Brass, 0.8 * 9.9, x, -4.95, 1.2, 9.9);
                r.Rect(Brass, 0.55 * 8.6, x + 1.2, -4.3, 3, 8.6);
                r.Tube(Brass, x + 4.2, -3.9, 34.5, 7.8, 0.35);
                r.Cylinder(Organic, x + 4.2, -3.5, 17, 7, 0.9);
                (double X, double Y)[] bullet = [(x + 21.5, -3.5), (x + 35, -3.5), (x + 37.5, -2), (x + 37.5, 2), (x + 35, 3.5), (x + 21.5, 3.5)];
                r.Poly(Lead, 7 * 0.6, bullet);
                r.Poly(Brass, 0.9, bullet);
            }

            return pen.Box;
        }

        /// <summary>
        /// A pistol hidden inside a large portable Bluetooth speaker (280–300 mm long, 130–138 mm across) lying on its side: the
        /// polycarbonate body (2.5 mm) under a woven fabric grille, rubber end caps round passive radiators with their zinc weights
        /// (45 × 2.5 mm, seen edge-on), two woofers (a steel cup and neodymium magnet each) and two tweeters, the amplifier board and
        /// USB-C socket; its battery pack taken out and, in the cradle it left, a subcompact pistol or a snub revolver, loaded or not.
        /// A webbing carry strap on some.
        /// </summary>
        private PixelBox PistolInSpeaker(double scale)
        {
            var l = U(280, 300);
            var d = U(130, 138);
            var strap = Chance(0.6);
            var pen = Lay((-l / 2) - 2, (-d / 2) - (strap ? 14 : 2), (l / 2) + 2, (d / 2) + 2, scale);
            var s = new Turned(pen, 0, 0, 0);
            var x0 = -l / 2;
            const double cap = 24;
            s.Tube(Organic, x0 + cap, -d / 2, l - (2 * cap), d, (2.5 * 1.2) + (1 * 0.6));
            foreach (var xe in new[] { x0, (l / 2) - cap })
            {
                s.Rect(Organic, 2 * 4 * 1.2, xe, -d / 2, cap, d);
                s.Rect(Organic, d * 0.8 * 1.2 / 2, xe + (cap / 2) - 1, (-d / 2) + 4, 2, d - 8);
                s.Rect(ZincAlloy, 0.8 * 45, xe + (cap / 2) - 1.25, -22.5, 2.5, 45);
            }

            var faceOn = Chance(0.5);
            foreach (var xd in new[] { x0 + cap + 40, (l / 2) - cap - 40 })
            {
                if (faceOn)
                {
                    s.Ellipse(Steel, 2 * 1.5, xd, -d * 0.12, 16, 16);
                    s.Ellipse(Steel, 8, xd, -d * 0.12, 11, 11);
                    s.Ring(Organic, 6 * 1.2, 2, xd, -d * 0.12, 33, 33);
                }
                else
                {
                    var m = new Turned(pen, xd, (-d / 2) + 24, Math.PI / 2);
                    m.Cylinder(Steel, 0, -16, 14, 32, 0.45);
                    s.Line(Organic, 35 * 0.9 * 0.4, 1, false, (xd - 33, (-d / 2) + 6), (xd - 12, (-d / 2) + 24), (xd + 12, (-d / 2) + 24), (xd + 33, (-d / 2) + 6));
                }
            }

            foreach (var xt in new[] { -32.0, 32.0 })
            {
                s.Ellipse(Steel, faceOn ? 4 : 2, xt, -d * 0.3, 5, 5);
            }

            s.Rect(Mixed, 1.6, -55, (d / 2) - 30, 110, 24);
            s.Rect(Brass, 0.1, -55, (d / 2) - 30, 110, 24);
            s.Rect(Steel, 1.5, -6, (d / 2) - 6, 12, 4);
            s.Line(Organic, 2 * 1.2 * 20 / 1.5, 1.5, true, (-95, (-d / 2) + 12), (95, (-d / 2) + 12), (95, (d / 2) - 32), (-95, (d / 2) - 32));
            if (strap)
            {
                s.Rect(Organic, 2 * 1.5 * 1.1, x0 + 30, (-d / 2) - 12, l - 60, 12);
                s.Rect(Steel, 2, x0 + 26, (-d / 2) - 12, 6, 12);
                s.Rect(Steel, 2, (l / 2) - 32, (-d / 2) - 12, 6, 12);
            }

            var a = (Chance(0.5) ? 0 : Math.PI) + U(-0.08, 0.08);
            if (Chance(0.4))
            {
                pen.Item(() => SmallRevolver(pen, U(-15, 15), Math.Cos(a) > 0 ? -8 : 8, a, Chance(0.5), random.Next(0, 6)));
            }
            else
            {
                pen.Item(() => SubcompactPistol(pen, U(-15, 15), U(-4, 4), a, U(150, 162), U(100, 106), Chance(0.3), Chance(0.6), random.Next(0, 8)));
            }

            return pen.Box;
        }

        /// <summary>
        /// A key-ring gun: an 80 mm steel body of 21 × 21 mm section bored with four .22 barrels (5.6 mm) in a square, the striker
        /// and its spring in a solid rear block, a steel pull ring that fires it, 0–4 rimfire rounds in its chambers; hung on a split
        /// ring with 2–4 house keys and a leather tag on some, so it passes for a bunch of keys.
        /// </summary>
        private PixelBox KeyringGun(double scale)
        {
            const double bl = 80;
            const double bs = 21;
            var pen = Lay(-bl / 2 - 150, -88, (bl / 2) + 2, 88, scale);
            var g = new Turned(pen, 0, 0, 0);
            var x0 = -bl / 2;
            pen.Item(() =>
            {
                g.Rect(Steel, bs - (2 * 5.6 * 0.8), x0, -bs / 2, bl, bs);
                g.Rect(Steel, 2 * 5.6 * 0.8, x0, -bs / 2, bl, (bs / 2) - 8.3);
                g.Rect(Steel, 2 * 5.6 * 0.8, x0, -2.7, bl, 5.4);
                g.Rect(Steel, 2 * 5.6 * 0.8, x0, 8.3, bl, (bs / 2) - 8.3);
                g.Rect(Steel, 2 * 5.6 * 0.8, x0, -bs / 2, 25, bs);
                g.Line(Steel, 1.2, 1, false, Zigzag(x0 + 3, x0 + 20, -3, 3, 6));
                var rounds = random.Next(0, 5);
                for (var i = 0; i < rounds; i++)
                {
                    BrassRound(new Turned(pen, x0 + 25 + ((15.6 + 9.9) / 2), i % 2 == 0 ? -5.5 : 5.5, 0), 15.6, 5.7, 6.9, 9.9, 5.7, jacketed: false);
                }

                g.Ring(Steel, 2.5 * 0.8 * 2, 2.5, x0 - 10, 0, 9, 9);
                g.Rect(Steel, 4 * 0.8, x0 - 3, -2, 6, 4);
            });
            var rx = x0 - 31;
            g.Ring(Steel, 2 * 2.5, 2, rx, 0, 12, 12);
            var keys = random.Next(2, 5);
            for (var i = 0; i < keys; i++)
            {
                HouseKey(new Turned(pen, rx, 0, Math.PI + U(-1.1, 1.1)), 12);
            }

            if (Chance(0.4))
            {
                var tag = new Turned(pen, rx, 0, Math.PI + U(-1.1, 1.1));
                RoundedRect(tag, Organic, 2 * 1.5 * 0.9, 14, -12, 50, 24, 6);
            }

            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>
        /// A new smartphone still in its retail box: a telescoping lid and base of greyboard (1.2–1.5 mm at about 0.8 g/cm³, 32–48 mm
        /// deep), a moulded pulp tray, the phone (146–163 × 70–78 mm, an aluminium, steel or titanium frame) in it and, under it, a
        /// coiled USB-C cable in a paper band (its copper conductors, steel-shelled plugs), a steel SIM-eject pin and the leaflets.
        /// </summary>
        private PixelBox BoxedPhone(double scale)
        {
            var pl = U(146, 163);
            var pw = U(70, 78);
            var bl = pl + U(8, 14);
            var bw = pw + U(10, 16);
            var depth = U(32, 48);
            var wall = U(1.2, 1.5);
            var pen = Lay((-bl / 2) - 2, (-bw / 2) - 2, (bl / 2) + 2, (bw / 2) + 2, scale);
            var b = new Turned(pen, 0, 0, 0);
            SheetBox(b, Organic, -bl / 2, -bw / 2, bl, bw, depth, wall, 0.8, 4);
            b.Line(Organic, (depth - 3) * 0.8 * wall / 1.2, 1.2, true, RoundedOutline((-bl / 2) + 2, (-bw / 2) + 2, bl - 4, bw - 4, 3));
            b.Rect(Organic, 2 * 1.2 * 0.5, (-bl / 2) + 3, (-bw / 2) + 3, bl - 6, bw - 6);
            b.Rect(Organic, 4 * 0.1 * 0.8, (-bl / 2) + 8, (-bw / 2) + 8, bl * 0.6, bw * 0.5);
            var (cx, cy) = (U(-bl / 5, bl / 5), U(-6, 6));
            var loop = Enumerable.Range(0, 4 * 20).Select(i => 2 * Math.PI * i / 20)
                .Select(t => (cx + ((26 - (t * 0.15)) * Math.Cos(t)), cy + ((18 - (t * 0.1)) * Math.Sin(t)))).ToArray();
            b.Line(Organic, 3 * 0.8 * 1.2, 3, false, loop);
            b.Line(Brass, 0.2, 1.5, false, loop);
            b.Rect(Organic, 2 * 0.1 * 0.8, cx - 8, cy - 20, 16, 40);
            b.Rect(Steel, 2 * 0.25 * 3, cx + 22, cy - 4, 9, 8);
            b.Rect(Steel, 2 * 0.25 * 3, cx - 31, cy - 4, 9, 8);
            var pin = new Turned(pen, U(-bl / 3, bl / 3), U(-bw / 4, bw / 4), U(0, 2 * Math.PI));
            pin.Ring(Steel, 0.8 * 0.8 * 2, 0.8, 0, 0, 5, 3.5);
            pin.Line(Steel, 0.8 * 0.8, 0.8, false, (5, 0), (18, 0));
            var frame = random.Next(3) switch
            {
                0 => Aluminium,
                1 => Steel,
                _ => Titanium,
            };
            pen.Item(() => SmartHandset(new Turned(pen, U(-1, 1), U(-1, 1), U(-0.01, 0.01)), pl, pw, U(7.4, 8.3), frame, U(1.4, 2.0)));
            return pen.Box;
        }

        /// <summary>
        /// A smartphone (146–167 × 70–78 mm) in a liquid-glitter case: a TPU bumper (1.5 mm at 1.2 g/cm³) round a polycarbonate back
        /// whose sealed chamber (two 0.8 mm walls) holds 1.2–2 mm of oil-based liquid and glitter; a tempered-glass protector on the
        /// screen on most, and on the back of some a grip socket or the thin steel plate of a magnetic car mount.
        /// </summary>
        private PixelBox GlitterCasePhone(double scale)
        {
            var l = U(146, 167);
            var w = U(70, 78);
            var depth = U(7.6, 8.3);
            var pen = Lay((-l / 2) - 3, (-w / 2) - 3, (l / 2) + 3, (w / 2) + 3, scale);
            var p = new Turned(pen, 0, 0, 0);
            SmartHandset(p, l, w, depth, Chance(0.6) ? Aluminium : Steel, U(1.4, 2.0));
            if (Chance(0.75))
            {
                RoundedRect(p, Glass, 0.33, (-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, 8);
            }

            p.Line(Organic, (depth + 3) * 1.2 * 1.5 / 1.8, 1.8, true, RoundedOutline((-l / 2) - 1.6, (-w / 2) - 1.6, l + 3.2, w + 3.2, 9.5));
            RoundedRect(p, Organic, (2 * 0.8 * 1.2) + (U(1.2, 2.0) * 0.9), (-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, 8);
            var extra = random.Next(3);
            if (extra == 1)
            {
                p.Ellipse(Organic, 2 * 2 * 1.2, U(-10, 10), 0, 20, 20);
                p.Ring(Organic, 6 * 1.2, 1.5, U(-10, 10), 0, 12, 12);
            }
            else if (extra == 2)
            {
                p.Ellipse(Steel, 0.5, U(-10, 10), U(-5, 5), 17, 17);
            }

            return pen.Box;
        }

        /// <summary>
        /// Two phones carried together, a personal one and a work one, the second lying over the first at an angle: a smartphone of
        /// 146–163 × 70–78 mm with a metal frame, and a budget Android with a plastic frame and back (160–168 × 74–78 × 8.3–9.1 mm) or
        /// a smaller, older phone (138–147 × 67–72 mm); a TPU case on the second on some.
        /// </summary>
        private PixelBox PhonePair(double scale)
        {
            var (l1, w1) = (U(146, 163), U(70, 78));
            var budget = Chance(0.5);
            var (l2, w2) = budget ? (U(160, 168), U(74, 78)) : (U(138, 147), U(67, 72));
            var cased = Chance(0.4);
            var a = U(-0.45, 0.45);
            var (dx, dy) = (U(-40, 40), U(-25, 25));
            var m = cased ? 3.0 : 1.0;
            var e2 = TurnedExtent(dx, dy, a, (-l2 / 2) - m, (-w2 / 2) - m, (l2 / 2) + m, (w2 / 2) + m);
            var pen = Lay(Math.Min(-l1 / 2, e2.X0) - 2, Math.Min(-w1 / 2, e2.Y0) - 2, Math.Max(l1 / 2, e2.X1) + 2, Math.Max(w1 / 2, e2.Y1) + 2, scale);
            SmartHandset(new Turned(pen, 0, 0, 0), l1, w1, U(7.6, 8.3), Chance(0.5) ? Aluminium : Steel, U(1.4, 2.0));
            var second = new Turned(pen, dx, dy, a);
            if (budget)
            {
                SmartHandset(second, l2, w2, U(8.3, 9.1), Organic, 2.5);
                RoundedRect(second, Organic, 1.2 * 1.2, -l2 / 2, -w2 / 2, l2, w2, 8);
            }
            else
            {
                SmartHandset(second, l2, w2, U(7.3, 7.9), Aluminium, 1.6);
            }

            if (cased)
            {
                RoundedRect(second, Organic, 2 * 1.3 * 1.2, (-l2 / 2) - 2, (-w2 / 2) - 2, l2 + 4, w2 + 4, 10);
                second.Line(Organic, 11 * 1.2 * 1.3 / 1.5, 1.5, true, RoundedOutline((-l2 / 2) - 1.25, (-w2 / 2) - 1.25, l2 + 2.5, w2 + 2.5, 9));
            }

            return pen.Box;
        }

        /// <summary>
        /// A thumb phone in a pack of playing cards: a tuck box (65 × 90 × 19 mm of 0.38 mm board at about 0.8 g/cm³, its flap folded
        /// in) holding 54 cards (0.29 mm each at about 1.1 g/cm³) whose middle ones are cut through to a window the phone (46–68 ×
        /// 20–27 × 11–13 mm) lies in, a few whole cards over and under it; a second, untouched pack beside it on some.
        /// </summary>
        private PixelBox PhoneInCardPack(double scale)
        {
            var twin = Chance(0.35);
            var pen = Lay(-47, -35, 47, twin ? 35 + 68 : 35, scale);
            void Pack(Turned b)
            {
                SheetBox(b, Organic, -45, -32.5, 90, 65, 19, 0.38, 0.8, 1);
                b.Rect(Organic, 2 * 0.38 * 0.8, 30, -32.5, 15, 65);
            }

            const double card = 0.29 * 1.1;
            var box = new Turned(pen, 0, 0, 0);
            Pack(box);
            var (pl, pw, pd) = (U(46, 68), U(20, 27), U(11, 13));
            var cut = (int)Math.Ceiling(pd / 0.29) + 1;
            var (cx, cy) = (U(-((88.9 - pl) / 2) + 4, ((88.9 - pl) / 2) - 4), U(-((63.5 - pw) / 2) + 4, ((63.5 - pw) / 2) - 4));
            var (wx0, wx1, wy0, wy1) = (cx - (pl / 2) - 1, cx + (pl / 2) + 1, cy - (pw / 2) - 1, cy + (pw / 2) + 1);
            const double cx0 = -44.45;
            const double cx1 = 44.45;
            const double cy0 = -31.75;
            const double cy1 = 31.75;
            box.Rect(Organic, (54 - cut) * card, cx0, cy0, cx1 - cx0, cy1 - cy0);
            box.Poly(Organic, cut * card, WithWindows([(cx0, cy0), (cx1, cy0), (cx1, cy1), (cx0, cy1)], (wx0, wy0, wx1, wy1)));
            pen.Item(() => ThumbHandset(new Turned(pen, cx, cy, Chance(0.5) ? 0 : Math.PI), pl, pw, pd));
            if (twin)
            {
                var other = new Turned(pen, 0, 68, 0);
                Pack(other);
                other.Rect(Organic, 54 * card, cx0, cy0, cx1 - cx0, cy1 - cy0);
            }

            return pen.Box;
        }

        /// <summary>
        /// A thumb phone wound into the middle of a 100 g ball of yarn (95–115 mm across, wool or acrylic at about 0.27 g/cm³ as
        /// wound), its paper ball band round it and its loose end tucked in; the phone 46–68 × 20–27 mm with its battery in.
        /// </summary>
        private PixelBox PhoneInYarnBall(double scale)
        {
            var rx = U(48, 58);
            var ry = U(44, 55);
            var pen = Lay(-rx - 2, -ry - 2, rx + 2, ry + 2, scale);
            var b = new Turned(pen, 0, 0, 0);
            Spheroid(b, Organic, 0, 0, rx, ry, 2 * Math.Min(rx, ry) * 0.9, 0.27);
            var band = U(-rx / 3, rx / 3);
            b.Rect(Organic, 2 * 0.12 * 0.8, band - 20, -ry * 0.92, 40, ry * 1.84);
            b.Line(Organic, 0.12 * 0.8 * 4, 1, false, (band - 20, -ry * 0.9), (band - 20, ry * 0.9));
            pen.Item(() => ThumbHandset(new Turned(pen, U(-8, 8), U(-8, 8), U(0, 2 * Math.PI)), U(46, 68), U(20, 27), U(11, 14)));
            return pen.Box;
        }

        // ---- the other items ------------------------------------------------------------------

        /// <summary>
        /// Centrefire rifle rounds a deer stalker carries: .308 Winchester, .243 Winchester or 6.5 Creedmoor (68–72 mm long, 11.9 mm
        /// bodies, jacketed soft-point bullets), 6–20 of them in their card box of 20 (0.5 mm board, a moulded tray) lying on its face
        /// (the rounds side-on, four deep) or standing on its end (the rounds end-on), or in a leather cartridge wallet (two 2 mm
        /// layers, elastic loops) holding up to ten side by side.
        /// </summary>
        private PixelBox HuntingRifleRounds(double scale)
        {
            var (cl, body, shoulder, neckAt, neck, bo, bd) = random.Next(3) switch
            {
                0 => (51.2, 11.9, 39.6, 43.6, 8.7, 19.9, 7.82),
                1 => (51.9, 11.9, 40.4, 44.3, 7.0, 16.7, 6.17),
                _ => (48.8, 11.9, 39.6, 41.9, 7.5, 23.0, 6.72),
            };
            var oal = cl + bo;
            var form = random.Next(3);
            var bl = oal + 6;
            const double bw = (5 * 13) + 4;
            const double bd4 = (4 * 13) + 4;
            Pen pen;
            if (form == 0)
            {
                var count = random.Next(6, 21);
                pen = Lay((-bl / 2) - 2, (-bw / 2) - 2, (bl / 2) + 2, (bw / 2) + 2, scale);
                var box = new Turned(pen, 0, 0, 0);
                SheetBox(box, Organic, -bl / 2, -bw / 2, bl, bw, bd4, 0.5, 0.8);
                box.Rect(Organic, 2 * 1 * 0.9, (-bl / 2) + 2, (-bw / 2) + 2, bl - 4, bw - 4);
                for (var i = 0; i < count; i++)
                {
                    var (col, layer) = (i % 5, i / 5);
                    var r = new Turned(pen, U(-0.8, 0.8), (-bw / 2) + 2 + 6.5 + (col * 13) + U(-0.4, 0.4), (layer + col) % 2 == 0 ? 0 : Math.PI);
                    BottleneckRound(r, cl, body, shoulder, neckAt, neck, bo, bd, Brass);
                }
            }
            else if (form == 1)
            {
                var count = random.Next(6, 21);
                pen = Lay((-bw / 2) - 2, (-bd4 / 2) - 2, (bw / 2) + 2, (bd4 / 2) + 2, scale);
                var box = new Turned(pen, 0, 0, 0);
                SheetBox(box, Organic, -bw / 2, -bd4 / 2, bw, bd4, bl, 0.5, 0.8);
                box.Rect(Organic, 2 * 1 * 0.9, (-bw / 2) + 2, (-bd4 / 2) + 2, bw - 4, bd4 - 4);
                for (var i = 0; i < count; i++)
                {
                    var (col, row) = (i % 5, i / 5);
                    RoundEndOn(box, (-bw / 2) + 2 + 6.5 + (col * 13), (-bd4 / 2) + 2 + 6.5 + (row * 13), cl, body, bo, bd);
                }
            }
            else
            {
                var count = random.Next(3, 11);
                const double wl = 190;
                const double ww = 95;
                pen = Lay((-wl / 2) - 2, (-ww / 2) - 2, (wl / 2) + 2, (ww / 2) + 2, scale);
                var wallet = new Turned(pen, 0, 0, 0);
                RoundedRect(wallet, Organic, 2 * 2 * 0.9, -wl / 2, -ww / 2, wl, ww, 8);
                wallet.Line(Organic, 2 * 2 * 0.9, 1, false, (0, -ww / 2), (0, ww / 2));
                wallet.Rect(Organic, 2 * 1.5 * 0.5, -wl / 2 + 8, -oal / 2, wl - 16, 22);
                for (var i = 0; i < count; i++)
                {
                    var x = (-wl / 2) + 14 + ((i % 10) * 17.5) + (i % 10 >= 5 ? 8 : 0);
                    pen.Item(() => BottleneckRound(new Turned(pen, x, U(-1, 1), Math.PI / 2), cl, body, shoulder, neckAt, neck, bo, bd, Brass));
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// SIM cards sent in a letter: a DL or C6 envelope (two layers of 90 gsm paper, its flaps, folds and gummed seams), one to four
        /// A4 sheets folded into it (0.1 mm each at about 0.8 g/cm³), a 6 × 4 in photograph on some (0.25 mm); one nano or micro SIM
        /// stuck under the stamp, or two to three taped into a fold of the letter.
        /// </summary>
        private PixelBox SimInLetter(double scale)
        {
            var dl = Chance(0.6);
            var (el, ew) = dl ? (220.0, 110.0) : (162.0, 114.0);
            var pen = Lay((-el / 2) - 1, (-ew / 2) - 1, (el / 2) + 1, (ew / 2) + 1, scale);
            var e = new Turned(pen, 0, 0, 0);
            const double paper = 0.11 * 0.8;
            e.Rect(Organic, 2 * paper, -el / 2, -ew / 2, el, ew);
            e.Poly(Organic, paper, (-el / 2, -ew / 2), (0, ew * 0.15), (el / 2, -ew / 2));
            e.Poly(Organic, paper, (-el / 2, ew / 2), (0, -ew * 0.05), (el / 2, ew / 2));
            e.Line(Organic, 3 * paper, 1.2, true, ((-el / 2) + 0.6, (-ew / 2) + 0.6), ((el / 2) - 0.6, (-ew / 2) + 0.6), ((el / 2) - 0.6, (ew / 2) - 0.6), ((-el / 2) + 0.6, (ew / 2) - 0.6));
            var sheets = random.Next(1, 5);
            var (ll, lw, folds) = dl ? (210.0, 99.0, 3) : (148.5, 105.0, 4);
            e.Rect(Organic, sheets * folds * 0.1 * 0.8, -ll / 2, -lw / 2, ll, lw);
            if (Chance(0.3))
            {
                e.Rect(Organic, 0.25, U(-(ll - 152) / 2, (ll - 152) / 2) - 76, -50, 152, 100);
            }

            var (stx, sty) = ((el / 2) - 18, (-ew / 2) + 16);
            e.Rect(Organic, 0.1 * 0.9, stx - 10, sty - 12, 20, 24);
            if (Chance(0.5))
            {
                var nano = Chance(0.7);
                pen.Item(() => SimChip(new Turned(pen, stx, sty, Math.PI / 2 + U(-0.1, 0.1)), nano ? 12.3 : 15, nano ? 8.8 : 12));
            }
            else
            {
                var (fx, fy) = (U((-ll / 2) + 30, (ll / 2) - 30), U((-lw / 2) + 20, (lw / 2) - 20));
                e.Rect(Organic, 2 * 0.05 * 1.2, fx - 25, fy - 10, 50, 20);
                for (var i = random.Next(2, 4); i > 0; i--)
                {
                    pen.Item(() => SimChip(new Turned(pen, fx + U(-12, 12), fy + U(-2, 2), U(-0.3, 0.3)), 12.3, 8.8));
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// An oral dosing syringe of the kind given with children's medicine: a 5 ml (12.5 mm barrel, 85 mm long) or 10 ml (16 mm,
        /// 95 mm) polypropylene barrel (0.9 mm wall) with its finger flange and wide oral tip, a cross-finned plunger pushed in or drawn
        /// back, a little liquid medicine left in some, the press-in bottle adaptor on its tip or lying beside it; two of them on some.
        /// </summary>
        private PixelBox OralSyringe(double scale)
        {
            var two = Chance(0.4);
            var pen = Lay(-150, -24, 150, two ? 50 : 24, scale);
            void One(Turned s)
            {
                var ten = Chance(0.35);
                var (d, bl) = ten ? (16.0, 95.0) : (12.5, 85.0);
                var x0 = -bl / 2 - 12;
                s.Tube(Organic, x0, -d / 2, bl, d, 0.9 * 0.9);
                s.Rect(Organic, 10 * 0.9 * 0.8, x0 - 2, -(d + 14) / 2, 2, d + 14);
                s.Cylinder(Organic, x0 + bl, -3, 8, 6, 0.9);
                var drawn = Chance(0.5) ? U(0, bl - 20) : 0;
                var xs = x0 + bl - 7 - drawn;
                s.Cylinder(Organic, xs, (-d / 2) + 0.9, 6, d - 1.8, 1.0);
                if (drawn > 2 && Chance(0.5))
                {
                    s.Cylinder(Organic, xs + 6, (-d / 2) + 0.9, drawn, d - 1.8, 1.02);
                }

                var back = xs - bl - 2;
                s.Rect(Organic, 1.2 * 0.9, back, (-d / 2) + 1.5, xs - back, d - 3);
                s.Rect(Organic, (d - 3) * 0.9 * 0.8, back, -0.6, xs - back, 1.2);
                s.Rect(Organic, d * 0.9 * 0.8, back - 2, -d / 2, 2, d);
                if (Chance(0.5))
                {
                    s.Cylinder(Organic, x0 + bl + 4, -11, 12, 22, 0.5);
                }
                else
                {
                    s.Cylinder(Organic, U(-30, 30), d / 2 + 6 - 11, 12, 22, 0.5);
                }
            }

            One(new Turned(pen, 0, 0, Chance(0.5) ? 0 : Math.PI));
            if (two)
            {
                One(new Turned(pen, U(-5, 5), 26 + U(-1, 1), U(-0.1, 0.1)));
            }

            return pen.Box;
        }

        /// <summary>
        /// A rechargeable hand warmer: an extruded aluminium body (1.0 mm walls, 95–112 × 44–58 × 19–26 mm) round two 18650 cells or a
        /// pouch cell, its aluminium heat spreader and polyimide heater, the board, buttons and USB-C socket, a cord loop; or a split
        /// pair (two 70 × 48 × 13 mm halves, a pouch cell and four small magnets each) lying side by side.
        /// </summary>
        private PixelBox RechargeableHandWarmer(double scale)
        {
            var split = Chance(0.3);
            if (split)
            {
                var pen2 = Lay(-38, -52, 38, 52, scale);
                foreach (var y in new[] { -25.0, 25.0 })
                {
                    var h = new Turned(pen2, 0, y, 0);
                    RoundedRect(h, Aluminium, 2 * 1.0, -35, -24, 70, 48, 8);
                    h.Line(Aluminium, 13 * 1.0 / 1.5, 1.5, true, RoundedOutline(-34.25, -23.25, 68.5, 46.5, 7.25));
                    PouchPack(h, -30, -19, 50, 38, 7);
                    h.Rect(Mixed, 1.6, 21, -19, 10, 38);
                    h.Rect(Steel, 2 * 0.25 * 3, 31, -4, 3, 8);
                    foreach (var (mx, my) in new[] { (-25.0, -16.0), (-25.0, 16.0), (20.0, -16.0), (20.0, 16.0) })
                    {
                        h.Ellipse(Steel, 2, mx, my, 3, 3);
                    }
                }

                return pen2.Box;
            }

            var l = U(95, 112);
            var w = U(44, 58);
            var depth = U(19, 26);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 18, (w / 2) + 2, scale);
            var b = new Turned(pen, 0, 0, 0);
            RoundedRect(b, Aluminium, 2 * 1.0, -l / 2, -w / 2, l, w, 10);
            b.Line(Aluminium, depth * 1.0 / 1.5, 1.5, true, RoundedOutline((-l / 2) + 0.75, (-w / 2) + 0.75, l - 1.5, w - 1.5, 9.25));
            b.Rect(Aluminium, 1.0, (-l / 2) + 4, (-w / 2) + 4, l - 8, w - 8);
            b.Rect(Organic, 2 * 0.1 * 1.4, (-l / 2) + 4, (-w / 2) + 4, l - 8, w - 8);
            if (Chance(0.6))
            {
                foreach (var y in new[] { -9.5, 9.5 })
                {
                    SmallCell(b, (-l / 2) + 4, y, 65, 18.4);
                }
            }
            else
            {
                PouchPack(b, (-l / 2) + 4, (-w / 2) + 5, l * 0.62, w - 10, Math.Min(10, depth - 6));
            }

            var bx = (-l / 2) + 8 + (l * 0.62);
            b.Rect(Mixed, 1.6, bx, (-w / 2) + 5, (l / 2) - 3 - bx, w - 10);
            b.Rect(Steel, 2 * 0.25 * 3, (l / 2) - 4, -4, 4, 8);
            b.Rect(Steel, 1.2, bx + 6, (-w / 2) + 2, 6, 4);
            if (Chance(0.6))
            {
                b.Line(Organic, 3 * 0.8 * 1.14, 3, false, ((l / 2) - 2, 6), ((l / 2) + 14, 10), ((l / 2) + 14, -10), ((l / 2) - 2, -6));
            }

            return pen.Box;
        }

        /// <summary>
        /// A torpedo spirit level (225–250 × 38–45 mm): a box-section aluminium extrusion 20 mm deep with 1.6–2 mm faces and a
        /// 2.5 mm machined base, the windows cut through its faces for the level, plumb and 45° vials in their acrylic blocks (spirit
        /// at about 0.8 g/cm³ in each), ABS end caps, and a row of neodymium magnets (10 × 3 mm) in the base of some.
        /// </summary>
        private PixelBox TorpedoLevel(double scale)
        {
            var l = U(225, 250);
            var h = U(38, 45);
            var wall = U(1.6, 2.0);
            const double depth = 20;
            var pen = Lay((-l / 2) - 2, (-h / 2) - 2, (l / 2) + 2, (h / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            var xe = (l / 2) - 14;
            // The faces run under the end caps; the flanges lie over the faces' edges.
            (double X, double Y)[] face = [((-l / 2) + 4, -h / 2), ((l / 2) - 4, -h / 2), ((l / 2) - 4, h / 2), ((-l / 2) + 4, h / 2)];
            k.Poly(Aluminium, 2 * wall, WithHoles(WithWindows(face, (-21, -8, 21, 8)), (-xe + 12, 0, 11), (xe - 12, 0, 11)));
            k.Rect(Aluminium, depth, -xe, -h / 2, 2 * xe, 2);
            k.Rect(Aluminium, depth, -xe, (h / 2) - 2.5, 2 * xe, 2.5);
            k.Rect(Organic, 16 * 1.18, -22, -7, 44, 14);
            var plumb = new Turned(pen, -xe + 12, 0, Math.PI / 2);
            plumb.Rect(Organic, 16 * 1.18, -11, -6, 22, 12);
            var angled = new Turned(pen, xe - 12, 0, Math.PI / 4);
            angled.Rect(Organic, 16 * 1.18, -11, -6, 22, 12);
            foreach (var s in new[] { -1.0, 1.0 })
            {
                var xc = s < 0 ? -l / 2 : xe;
                k.Rect(Organic, depth * 1.05 * 0.8, xc, -h / 2, 14, h);
            }

            if (Chance(0.5))
            {
                for (var i = 0; i < 4; i++)
                {
                    k.Rect(Steel, 0.8 * 10, -60 + (i * 40) - 5, (h / 2) - 5.5, 10, 3);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// Beer in a growler lying on its side: an amber glass one (1.9 l: 280–295 mm long and 118–124 mm across; or 946 ml: 225–235
        /// × 95–100 mm) with 4.5 mm walls, an 8 mm base, its glass finger loop and a steel lug or polypropylene screw cap, or a
        /// double-walled stainless one (two 0.6 mm walls with a vacuum between) with a polypropylene cap and handle; 85–100 % full
        /// of beer (about 1.01 g/cm³).
        /// </summary>
        private PixelBox Growler(double scale)
        {
            var steel = Chance(0.35);
            var (l, d) = Chance(0.7) ? (U(280, 295), U(118, 124)) : (U(225, 235), U(95, 100));
            var pen = Lay((-l / 2) - 2, (-d / 2) - 2, (l / 2) + 2, (d / 2) + 2, scale);
            var g = new Turned(pen, 0, 0, 0);
            var x0 = -l / 2;
            var body = l * 0.62;
            var shoulder = l * 0.18;
            var neck = l - body - shoulder;
            const double nd = 40;
            var level = U(0.85, 1.0);
            if (steel)
            {
                g.Tube(Steel, x0, -d / 2, body, d, 0.6);
                g.Tube(Steel, x0 + 4, (-d / 2) + 4, body - 4, d - 8, 0.5);
                g.Rect(Steel, 0.6 * d * 0.8 / 1.5, x0, -d / 2, 1.5, d);
                g.Rect(Steel, 0.5 * d * 0.8 / 1.5, x0 + 4, (-d / 2) + 4, 1.5, d - 8);
                g.Poly(Steel, 2 * 1.1 * 1.6, (x0 + body, -d / 2), (x0 + body + shoulder, -nd / 2), (x0 + body + shoulder, nd / 2), (x0 + body, d / 2));
                SettledFill(g, Organic, x0 + 5, body - 5, d - 9, level, 1.01);
                g.Tube(Steel, x0 + body + shoulder, -nd / 2, neck * 0.4, nd, 1.1);
                g.Cylinder(Organic, x0 + body + shoulder + (neck * 0.35), (-nd / 2) - 3, neck * 0.65, nd + 6, 0.6);
                g.Line(Organic, 8 * 0.8 * 0.95, 8, false, (x0 + body + shoulder + (neck * 0.5), (-nd / 2) - 3), (x0 + body + shoulder + (neck * 0.5), (-d / 2) + 2));
            }
            else
            {
                const double wall = 4.5;
                g.Tube(Glass, x0 + 8, -d / 2, body - 8, d, wall);
                g.Rect(Glass, d * 0.8, x0, -d / 2, 8, d);
                SettledFill(g, Organic, x0 + 8, body - 8, d - (2 * wall), level, 1.01);
                g.Poly(Glass, 2 * wall * 1.4, (x0 + body, -d / 2), (x0 + body + shoulder, -nd / 2), (x0 + body + shoulder, nd / 2), (x0 + body, d / 2));
                g.Poly(Organic, d * 0.5 * level, (x0 + body, (-d / 2) + wall), (x0 + body + (shoulder * 0.6), -nd * 0.6), (x0 + body + (shoulder * 0.6), nd * 0.6), (x0 + body, (d / 2) - wall));
                g.Tube(Glass, x0 + body + shoulder, -nd / 2, neck - 14, nd, wall);
                var hx = x0 + body + shoulder;
                g.Line(Glass, 12 * 0.8, 10, false, (hx - (shoulder * 0.4), (-d / 2) + 10), (hx - (shoulder * 0.2), (-d / 2) + 4), (hx + 10, (-nd / 2) - 4));
                if (Chance(0.5))
                {
                    g.Tube(Steel, (l / 2) - 16, (-nd / 2) - 1, 16, nd + 2, 0.25);
                    g.Rect(Steel, nd * 0.8 * 0.25, (l / 2) - 1, -nd / 2, 1, nd);
                }
                else
                {
                    g.Tube(Organic, (l / 2) - 16, (-nd / 2) - 2, 16, nd + 4, 1.8 * 0.9);
                    g.Rect(Organic, nd * 0.8 * 1.8 * 0.9 / 2, (l / 2) - 2, -nd / 2, 2, nd);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// Street deals in grip-seal bags: 5–20 bags of 40 × 40 to 50 × 60 mm (two 0.05 mm polyethylene films, heat-sealed edges and
        /// the ridged zip across the top), each holding 0.5–2 g of powder pressed flat out to its seams (about 0.55 g/cm³ as it
        /// settles) or a few rocks (about 1.5 g/cm³); loose, or piled together with a rubber band (1.5 mm, about 0.95 g/cm³) round
        /// the pile.
        /// </summary>
        private PixelBox DealBags(double scale)
        {
            var piled = Chance(0.45);
            var n = random.Next(5, 21);
            var pen = piled ? Lay(-55, -55, 55, 55, scale) : Lay(-80, -56, 80, 56, scale);
            var rocks = Chance(0.3);
            for (var i = 0; i < n; i++)
            {
                var (w, h) = random.Next(3) switch
                {
                    0 => (40.0, 40.0),
                    1 => (40.0, 50.0),
                    _ => (50.0, 60.0),
                };
                var bag = piled
                    ? new Turned(pen, U(-8, 8), U(-8, 8), U(-0.4, 0.4))
                    : new Turned(pen, U(-78 + (w / 2), 78 - (w / 2)), U(-54 + (h / 2), 54 - (h / 2)), U(0, 2 * Math.PI));
                bag.Rect(Organic, 2 * 0.05 * 0.92, -w / 2, -h / 2, w, h);
                bag.Line(Organic, 4 * 0.05 * 0.92 * 1.5, 1.2, true, ((-w / 2) + 0.6, (-h / 2) + 0.6), ((w / 2) - 0.6, (-h / 2) + 0.6), ((w / 2) - 0.6, (h / 2) - 0.6), ((-w / 2) + 0.6, (h / 2) - 0.6));
                bag.Rect(Organic, 2 * 1.0 * 0.92, -w / 2, (-h / 2) + 5, w, 1.6);
                if (rocks)
                {
                    for (var j = random.Next(3, 9); j > 0; j--)
                    {
                        Ball(bag, Organic, U((-w / 2) + 5, (w / 2) - 5), U((-h / 2) + 10, (h / 2) - 5), U(2.5, 4), 1.5, 0.8);
                    }
                }
                else
                {
                    // The powder pressed flat out to the seams below the zip: its depth from its mass and bulk density.
                    var grams = U(0.5, 2);
                    var depth = grams / 0.55 * 1000 / ((w - 5) * (h - 10));
                    RoundedRect(bag, Organic, depth * 0.55, (-w / 2) + 2.5, (-h / 2) + 7.5, w - 5, h - 10, 4);
                }
            }

            if (piled)
            {
                var band = new Turned(pen, 0, 0, U(0, Math.PI));
                band.Line(Organic, 2 * 1.5 * 0.95, 1.5, false, (-22, -20), (-22, 20));
                band.Line(Organic, 2 * 1.5 * 0.95, 1.5, false, (22, -20), (22, 20));
            }

            return pen.Box;
        }

        /// <summary>
        /// Drugs pushed into a tube of toothpaste through its re-crimped end: a 100 ml laminate tube (150–185 mm, 44–52 mm wide at
        /// the crimp, 0.3 mm walls with a thin aluminium barrier in most), its polyethylene shoulder and flip cap; the paste (about 1.35
        /// g/cm³, its chalk and silica a little denser than plastic to the beam) squeezed out of the back half and, there, 2–5 cling-film
        /// wraps of powder or one knotted condom of it; in its card carton on some.
        /// </summary>
        private PixelBox DrugsInToothpaste(double scale)
        {
            var tl = U(150, 185);
            var tw = U(44, 52);
            var carton = Chance(0.4);
            var pen = Lay((-tl / 2) - 20, (-tw / 2) - (carton ? 4 : 2), (tl / 2) + 4, (tw / 2) + (carton ? 4 : 2), scale);
            var t = new Turned(pen, 0, 0, 0);
            var x0 = -tl / 2;
            (double X, double Y)[] outline = [(x0, -18), (tl / 2 - 8, -tw / 2), (tl / 2, -tw / 2), (tl / 2, tw / 2), (tl / 2 - 8, tw / 2), (x0, 18)];
            t.Poly(Organic, 2 * 0.3, outline);
            if (Chance(0.7))
            {
                t.Poly(Aluminium, 2 * 0.03, outline);
            }

            t.Line(Organic, 0.3 * 12 / 1.2, 1.2, true, outline);
            t.Rect(Organic, 4 * 0.3, (tl / 2) - 8, -tw / 2, 8, tw);
            t.Cylinder(Organic, x0 - 8, -12, 10, 24, 0.9);
            t.Tube(Organic, x0 - 20, -15, 14, 30, 1.8 * 0.9);
            var mid = x0 + (tl * U(0.4, 0.55));
            // A film of paste left all along the tube; in front of the drugs the paste thins toward them, laid as layers that each
            // run from the shoulder so that no two meet edge to edge (its chalk and silica as a little of the mixed class).
            t.Poly(Organic, 2 * 1.35, (x0 + 1, -17), ((tl / 2) - 10, (-tw / 2) + 2), ((tl / 2) - 10, (tw / 2) - 2), (x0 + 1, 17));
            const int steps = 6;
            var depths = Enumerable.Range(0, steps).Select(i => (30 * (1 - (0.5 * i / steps))) - 2).Append(0).ToArray();
            for (var i = 0; i < steps; i++)
            {
                var xb = x0 + ((mid - x0) * (i + 1) / steps);
                var step = depths[i] - depths[i + 1];
                t.Rect(Organic, step * 0.6 * 1.35, x0 + 1, -16, xb - x0 - 1, 32);
                t.Rect(Organic, step * 0.5 * 1.35, x0 + 1, -9, xb - x0 - 1, 18);
                t.Rect(Mixed, step * 0.05, x0 + 1, -12, xb - x0 - 1, 24);
            }

            if (Chance(0.3))
            {
                var cl = Math.Min(90, (tl / 2) - 14 - mid);
                var c = new Turned(pen, mid + 2 + (cl / 2), U(-3, 3), 0);
                pen.Item(() =>
                {
                    c.Ellipse(Organic, 12 * 0.7, 0, 0, cl / 2, 9);
                    c.Ellipse(Organic, 0.06 * 1.0 * 8, (cl / 2) + 3, 0, 5, 4);
                });
            }
            else
            {
                var n = random.Next(2, 6);
                var room = (tl / 2) - 12 - mid;
                for (var i = 0; i < n; i++)
                {
                    var x = mid + 4 + ((i + 0.5) * room / n);
                    var w = new Turned(pen, x, U(-8, 8), U(-0.5, 0.5));
                    pen.Item(() =>
                    {
                        w.Ellipse(Organic, (10 * 0.7) + (8 * 0.012 * 0.93), 0, 0, Math.Min(15, (room / n / 2) + 4), 7);
                        w.Ellipse(Organic, 40 * 0.012 * 0.93, Math.Min(15, (room / n / 2) + 4), 0, 3, 2.5);
                    });
                }
            }

            if (carton)
            {
                SheetBox(t, Organic, x0 - 20, (-tw / 2) - 3, tl + 24, tw + 6, 38, 0.4, 0.8);
            }

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>
        /// A doll: a fashion doll (290–300 mm; a hollow vinyl head and arms with 1.2 mm walls, a hollow ABS body and legs, steel pins
        /// in its knees, a mass of nylon hair, a dress) or a baby doll (350–420 mm; a hollow vinyl head, arms and legs with 2 mm walls,
        /// a cloth body of polyester fibre and a bag of polypropylene pellets to weight it, weighted sleeping eyes).
        /// </summary>
        private void Doll()
        {
            var pen = Place(160);
            var k = new Turned(pen, 0, 0, 0);
            if (Chance(0.6))
            {
                HollowBall(k, Organic, -128, 0, 13, 1.2 * 1.3);
                k.Ellipse(Organic, 12 * 0.3, -132, 0, 18, 16);
                k.Line(Organic, 8 * 0.3, 10, false, (-140, -6), (-110, -8), (-70, -4));
                k.Tube(Organic, -115, -4, 12, 8, 1.2 * 1.3);
                var torso = new (double X, double Y)[] { (-103, -18), (-60, -14), (-40, -16), (-30, -20), (-30, 20), (-40, 16), (-60, 14), (-103, 18) };
                k.Poly(Organic, 2 * 1.5 * 1.05, torso);
                k.Line(Organic, 30 * 1.05 * 1.5 / 1.5, 1.5, true, torso);
                foreach (var s in new[] { -1.0, 1.0 })
                {
                    var arm = new Turned(pen, -98, s * 18, s * U(0.1, 0.5));
                    arm.Tube(Organic, 0, -4, 95, 8, 1.2 * 1.3);
                    var leg = new Turned(pen, -30, s * 9, s * U(0, 0.15));
                    leg.Tube(Organic, 0, -7.5, 80, 15, 1.5 * 1.05);
                    leg.Tube(Organic, 80, -5.5, 80, 11, 1.5 * 1.05);
                    leg.Rect(Steel, 2 * 0.8, 78, -1, 4, 2);
                }

                k.Rect(Organic, 2 * 0.4 * 0.5 * 2, -100, -32, 90, 64);
            }
            else
            {
                var hr = U(45, 55);
                HollowBall(k, Organic, -100, 0, hr, 2 * 1.3);
                foreach (var ey in new[] { -hr * 0.35, hr * 0.35 })
                {
                    k.Ellipse(Organic, 10 * 1.05, -100 + (hr * 0.2), ey, 6, 6);
                    k.Ellipse(Steel, 3, -100 + (hr * 0.35), ey, 2, 2);
                }

                k.Ellipse(Organic, 2 * 1.5 * 0.5, 5, 0, 70, 55);
                Spheroid(k, Organic, 5, 0, 65, 50, 70, 0.02);
                k.Ellipse(Organic, 30 * 0.55, 10, 0, 30, 25);
                foreach (var s in new[] { -1.0, 1.0 })
                {
                    var arm = new Turned(pen, -40, s * 55, s * 0.6);
                    arm.Tube(Organic, 0, -14, 70, 28, 2 * 1.3);
                    var leg = new Turned(pen, 70, s * 30, s * 0.2);
                    leg.Tube(Organic, 0, -17, 90, 34, 2 * 1.3);
                }
            }
        }

        /// <summary>
        /// Golf balls (42.7 mm, 45.9 g: a polybutadiene core with zinc oxide in it under an ionomer or urethane cover), three in their
        /// card sleeve or 3–9 loose, with wooden or plastic tees, a steel or brass ball marker and a divot tool on some.
        /// </summary>
        private void GolfBalls()
        {
            var pen = Place(80);
            var k = new Turned(pen, 0, 0, 0);
            var sleeve = Chance(0.4);
            var n = sleeve ? 3 : random.Next(3, 10);
            if (sleeve)
            {
                SheetBox(k, Organic, -68, -23, 136, 46, 46, 0.4, 0.8, 1);
            }

            for (var i = 0; i < n; i++)
            {
                var (x, y) = sleeve ? (-44.0 + (i * 44), 0.0) : (U(-60, 60), U(-45, 45));
                Ball(k, Organic, x, y, 21.35, 1.13);
                Ball(k, Mixed, x, y, 19, 0.06);
            }

            for (var i = random.Next(0, 6); i > 0; i--)
            {
                var tee = new Turned(pen, U(-60, 60), U(-50, 50), U(0, 2 * Math.PI));
                var tl = Chance(0.5) ? 54.0 : 70.0;
                var density = Chance(0.6) ? 0.6 : 1.05;
                tee.Rect(Organic, 5 * 0.8 * density, -tl / 2, -2.5, tl - 8, 5);
                tee.Poly(Organic, 8 * density, ((tl / 2) - 8, -3), ((tl / 2) - 2, -5.5), (tl / 2, -5.5), (tl / 2, 5.5), ((tl / 2) - 2, 5.5), ((tl / 2) - 8, 3));
            }

            if (Chance(0.4))
            {
                k.Ellipse(Chance(0.5) ? Steel : Brass, 1.5, U(-50, 50), U(-50, 50), 12, 12);
            }

            if (Chance(0.3))
            {
                var tool = new Turned(pen, U(-50, 50), U(-50, 50), U(0, 2 * Math.PI));
                tool.Poly(ZincAlloy, 3, (-15, -12), (10, -12), (35, -8), (35, -4), (10, -4), (10, 4), (35, 4), (35, 8), (10, 12), (-15, 12));
            }
        }

        /// <summary>
        /// Hair rollers: 5–12 hook-and-loop rollers (25–44 mm across, 63 mm long: an open polypropylene mesh under nylon hooks, about 1
        /// mm of plastic a wall), with steel duckbill clips (two 0.45 mm strips and a spring each) or plastic ones, or bendy foam
        /// rollers (18 mm, 180 mm long) with a soft wire core.
        /// </summary>
        private void HairRollers()
        {
            var pen = Place(95);
            var k = new Turned(pen, 0, 0, 0);
            if (Chance(0.3))
            {
                for (var i = random.Next(5, 11); i > 0; i--)
                {
                    var r = new Turned(pen, U(-40, 40), U(-50, 50), U(-0.4, 0.4));
                    r.Cylinder(Organic, -90, -9, 180, 18, 0.05);
                    r.Line(Steel, 1.2 * 0.8, 1.2, false, (-88, 0), (-30, U(-1, 1)), (30, U(-1, 1)), (88, 0));
                    r.Rect(Organic, 18 * 0.8 * 1.05, -92, -9, 4, 18);
                    r.Rect(Organic, 18 * 0.8 * 1.05, 88, -9, 4, 18);
                }

                return;
            }

            var n = random.Next(5, 13);
            var steelClips = Chance(0.5);
            for (var i = 0; i < n; i++)
            {
                var d = random.Next(4) switch
                {
                    0 => 25.0,
                    1 => 32.0,
                    2 => 38.0,
                    _ => 44.0,
                };
                var r = new Turned(pen, U(-60, 60), U(-45, 45), U(0, 2 * Math.PI));
                r.Tube(Organic, -31.5, -d / 2, 63, d, 1.0 * 0.95);
                if (i % 2 == 0)
                {
                    var c = new Turned(pen, U(-60, 60), U(-45, 45), U(0, 2 * Math.PI));
                    if (steelClips)
                    {
                        c.Rect(Steel, 2 * 0.45, -35, -3.5, 70, 7);
                        c.Ring(Steel, 3, 1, -12, 0, 3.5, 3.5);
                    }
                    else
                    {
                        c.Rect(Organic, 2 * 2 * 1.05, -35, -4, 70, 8);
                    }
                }
            }

            k.Rect(Organic, 2 * 0.3 * 0.3, -80, -65, 160, 130);
        }

        /// <summary>
        /// A shoe-cleaning kit: a tin of wax polish (62–72 mm across, 20 mm deep, 0.2 mm tinplate with its butterfly opener, 15 mm of
        /// polish), a beech brush (140–165 × 45–55 mm, 22 mm thick at about 0.7 g/cm³, horsehair bristles), a small dauber and a duster,
        /// in a zipped pouch on some.
        /// </summary>
        private void ShoePolishKit()
        {
            var pen = Place(100);
            var k = new Turned(pen, 0, 0, 0);
            var d = U(62, 72);
            var tin = new Turned(pen, U(-50, -20), U(-40, 40), 0);
            tin.Ellipse(Steel, 2 * 0.2, 0, 0, d / 2, d / 2);
            tin.Ring(Steel, 0.2 * 20 / 2, 2, 0, 0, (d / 2) - 1, (d / 2) - 1);
            tin.Ring(Steel, 0.2 * 8 / 1.5, 1.5, 0, 0, (d / 2) + 0.5, (d / 2) + 0.5);
            tin.Ellipse(Organic, 15 * 0.95, 0, 0, (d / 2) - 1.5, (d / 2) - 1.5);
            tin.Poly(Steel, 1.0, ((d / 2) - 2, -6), ((d / 2) + 6, -8), ((d / 2) + 6, 8), ((d / 2) - 2, 6));
            var bl = U(140, 165);
            var bw = U(45, 55);
            var brush = new Turned(pen, U(10, 40), U(-30, 30), U(0, 2 * Math.PI));
            RoundedRect(brush, Organic, 22 * 0.7, -bl / 2, -bw / 2, bl, bw, 10);
            RoundedRect(brush, Organic, 20 * 1.3 * 0.3, (-bl / 2) + 6, (-bw / 2) + 4, bl - 12, bw - 8, 8);
            var dauber = new Turned(pen, U(-30, 30), U(-50, 50), U(0, 2 * Math.PI));
            dauber.Cylinder(Organic, -55, -7, 80, 14, 0.7);
            dauber.Ellipse(Organic, 25 * 1.3 * 0.3, 40, 0, 15, 15);
            RoundedRect(k, Organic, 4 * 1 * 0.3, -70, -60, 120, 90, 20);
            if (Chance(0.5))
            {
                RoundedRect(k, Organic, 2 * 0.5 * 0.9, -95, -75, 190, 150, 12);
                SteelZip(k, 70, -75, (-90, -75), (90, -75));
            }
        }

        /// <summary>
        /// A table-tennis set: two bats (5-ply blades with their rubbers, flared wooden handles) side by side or one over the other,
        /// two to six 40 mm balls (ABS, 0.45 mm walls), and on some the clamp-on net posts (steel spring clamps and screws).
        /// </summary>
        private void TableTennisSet()
        {
            var pen = Place(140);
            // Each bat is 254 mm from the butt of its handle to the top of its blade: laid with its middle at (x, y).
            void BatAt(double x, double y, double a) => Bat(new Turned(pen, x - (127 * Math.Cos(a)), y - (127 * Math.Sin(a)), a));
            var a = U(0, 2 * Math.PI);
            BatAt(0, 0, a);
            if (Chance(0.5))
            {
                BatAt(U(-10, 10), U(-10, 10), a + U(-0.3, 0.3));
            }
            else
            {
                BatAt(-80 * Math.Sin(a), 80 * Math.Cos(a), a + Math.PI + U(-0.2, 0.2));
            }

            var k = new Turned(pen, 0, 0, 0);
            for (var i = random.Next(2, 7); i > 0; i--)
            {
                HollowBall(k, Organic, U(-60, 60), U(-60, 60), 20, 0.45 * 1.05);
            }

            if (Chance(0.3))
            {
                foreach (var s in new[] { -1.0, 1.0 })
                {
                    var post = new Turned(pen, s * 50, U(-40, 40), U(0, 2 * Math.PI));
                    post.Rect(Steel, 1.5 * 2, -25, -12, 50, 24);
                    post.Cylinder(Steel, -20, -3, 40, 6, 0.8);
                    post.Rect(Organic, 8 * 1.05, -30, -14, 10, 28);
                }
            }
        }

        /// <summary>
        /// Cufflinks and a tie bar in a small box (80 × 60 × 30 mm of leatherette-covered board, 1.8 mm, a velvet pad) or a velvet
        /// pouch: one or two pairs, each a face of brass, stainless steel or sterling silver 15–20 mm across and 2–3 mm thick on a post
        /// and toggle; a folded tie bar of the same metal (57 × 6 mm, two 0.5 mm layers) on some.
        /// </summary>
        private void Cufflinks()
        {
            var pen = Place(50);
            var k = new Turned(pen, 0, 0, 0);
            if (Chance(0.7))
            {
                SheetBox(k, Organic, -40, -30, 80, 60, 30, 1.8, 0.9, 4);
                k.Rect(Organic, 20 * 0.15, -36, -26, 72, 52);
            }
            else
            {
                k.Ellipse(Organic, 2 * 1.5 * 0.3, 0, 0, 45, 38);
            }

            var metal = random.Next(3) switch
            {
                0 => Brass,
                1 => Steel,
                _ => Silver,
            };
            var pairs = Chance(0.4) ? 2 : 1;
            for (var i = 0; i < 2 * pairs; i++)
            {
                var c = new Turned(pen, U(-25, 25), U(-18, 18), U(0, 2 * Math.PI));
                var f = U(7.5, 10);
                if (Chance(0.5))
                {
                    c.Ellipse(metal, U(2, 3), 0, 0, f, f);
                }
                else
                {
                    c.Rect(metal, U(2, 3), -f, -f, 2 * f, 2 * f);
                }

                c.Rect(metal, 2.5 * 0.8, -1.25, 0, 2.5, 12);
                c.Rect(metal, 3 * 0.8, -7.5, 10, 15, 4);
            }

            if (Chance(0.5))
            {
                var bar = new Turned(pen, U(-8, 8), U(-20, 20), U(-0.3, 0.3));
                bar.Rect(metal, 2 * 0.5, -28.5, -3, 57, 6);
                bar.Line(metal, 0.5 * 6, 1, false, (-28.5, -3), (-28.5, 3));
            }
        }

        /// <summary>
        /// A pair of football shin pads (170–220 × 100–125 mm): a curved polypropylene shell (1.8 mm, its edges seen at a slant) over 6
        /// mm of EVA foam (about 0.12 g/cm³), an elastic strap and hook-and-loop patch; sock-style ankle guards with polypropylene
        /// discs on some; stacked one in the other or side by side.
        /// </summary>
        private void ShinPads()
        {
            var pen = Place(120);
            var l = U(170, 220);
            var w = U(100, 125);
            var stacked = Chance(0.5);
            var ankle = Chance(0.35);
            (double X, double Y)[] outline =
            [
                (-l / 2, -w * 0.3), (-l * 0.3, -w / 2), (l * 0.2, -w / 2), (l / 2, -w * 0.35), (l / 2, w * 0.35),
                (l * 0.2, w / 2), (-l * 0.3, w / 2), (-l / 2, w * 0.3),
            ];
            for (var i = 0; i < 2; i++)
            {
                var (x, y, a) = stacked ? (U(-4, 4), U(-4, 4), U(-0.1, 0.1)) : (0.0, (i - 0.5) * (w + 6), U(-0.1, 0.1));
                var p = new Turned(pen, x, y, a);
                p.Poly(Organic, (1.8 * 0.9) + (6 * 0.12), outline);
                p.Line(Organic, 1.8 * 0.9 * 3, 3, true, outline);
                p.Rect(Organic, 2 * 1.5 * 0.4, (-l / 2) + 20, -15, l * 0.5, 30);
                p.Rect(Organic, 2 * 1.5 * 1.14, (-l / 2) + 10, -16, 25, 32);
                if (ankle)
                {
                    p.Rect(Organic, 2 * 1.5 * 0.4, -l / 2 - 60, -40, 60, 80);
                    p.Ellipse(Organic, 2 * 0.9, -l / 2 - 30, -20, 22, 22);
                    p.Ellipse(Organic, 2 * 0.9, -l / 2 - 30, 20, 22, 22);
                }
            }
        }

        /// <summary>
        /// A two-hole office punch (115–135 × 100–110 mm, 55–65 mm tall): a pressed steel base (1 mm) with a polypropylene waste tray,
        /// the steel channel across it, two 6 mm hardened punch pins in their return springs 80 mm apart, the handle lever (1.2 mm
        /// steel or ABS over a steel spine) and the sliding paper guide; lying on its base (the pins end-on) or on its side.
        /// </summary>
        private void HolePunch()
        {
            var pen = Place(80);
            var k = new Turned(pen, 0, 0, 0);
            var l = U(115, 135);
            var w = U(100, 110);
            var h = U(55, 65);
            var steelLever = Chance(0.6);
            if (Chance(0.7))
            {
                RoundedRect(k, Steel, 1.0, -l / 2, -w / 2, l * 0.8, w, 8);
                RoundedRect(k, Organic, 2 * 1.5 * 0.9, (-l / 2) + 3, (-w / 2) + 3, (l * 0.8) - 6, w - 6, 6);
                k.Line(Organic, 12 * 1.5 * 0.9 / 1.5, 1.5, true, RoundedOutline((-l / 2) + 3, (-w / 2) + 3, (l * 0.8) - 6, w - 6, 6));
                k.Rect(Steel, 35 * 1.2 / 1.5, -l / 4, (-w / 2) + 4, 1.5, w - 8);
                k.Rect(Steel, 35 * 1.2 / 1.5, (-l / 4) + 25, (-w / 2) + 4, 1.5, w - 8);
                foreach (var y in new[] { -40.0, 40.0 })
                {
                    k.Ellipse(Steel, 25 * 0.8, (-l / 4) + 12.5, y, 3, 3);
                    k.Ring(Steel, 6, 1, (-l / 4) + 12.5, y, 5, 5);
                }

                RoundedRect(k, steelLever ? Steel : Organic, steelLever ? 1.2 : 2 * 2 * 1.05, (-l / 4) - 5, (-w / 2) + 2, l * 0.75, w - 4, 10);
                if (!steelLever)
                {
                    k.Rect(Steel, 1.5, (-l / 4) - 5, -12, l * 0.7, 24);
                }

                k.Rect(Steel, 4, (-l / 2) + 2, (-w / 2) - 10, 5, w + 20);
            }
            else
            {
                k.Rect(Steel, w * 1.0 / 1.5, -l / 2, (h / 2) - 1.5, l * 0.8, 1.5);
                k.Rect(Organic, w * 0.8 * 1.5 * 0.9 / 3, (-l / 2) + 3, (h / 2) - 14, (l * 0.8) - 6, 12);
                k.Rect(Steel, 2 * 1.2 * 2, -l / 4, (h / 2) - 40, 25, 38);
                k.Rect(Steel, 6 * 0.8 * 2, (-l / 4) + 9.5, (h / 2) - 38, 6, 25);
                k.Poly(steelLever ? Steel : Organic, steelLever ? w * 1.2 / 3 : 30, ((-l / 4) - 5, (h / 2) - 42), ((l / 2) - 10, -h / 2), ((l / 2) - 4, (-h / 2) + 5), ((-l / 4) - 5, (h / 2) - 36));
            }
        }
    }
}
