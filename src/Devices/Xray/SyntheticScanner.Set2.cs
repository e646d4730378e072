namespace Screening.Devices.Xray;

// Variant set 2 (held out after set 1): threat shapes and clutter kinds that none of A to Z, R and 1 draws. About two thirds are the
// ordinary forms a prison gate meets, in kinds, models, sizes and materials no set drew (what a kitchen drawer, a camping bag, a
// barber's kit and a shooter's or filmer's bag hold, surplus and disguised weapons sold at fairs and online, what is sold over the
// counter and in the gym); the rest are hidden in or packed with something innocent, built into something, or made in a cell, as things
// are smuggled into prisons. Each is written from what the real thing measures and is made of, by someone who read neither the
// analyser nor any x-ray figures. Thicknesses follow the rest of the scene: roughly the millimetres of that material the beam crosses
// where the part lies flat (a round bar of diameter d counts as about 0.8 d, a hollow part as its two walls, a sheet or wall seen
// edge-on as the depth the beam runs along it, shared out over the width of the line it is drawn as); a material lighter or heavier
// than water counts its thickness times its density; foams, fibres, wadding and loose fills count at their packed density; pewter
// counts as zinc alloy, tungsten as lead at 19.3 / 11.34, ferrite as steel at 4.8 / 7.85, and rock salt and mica as glass by their
// density over glass's 2.5 g/cm³.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        /// <summary>Draws one of set 2's threat shapes; null for a shape that is not set 2's.</summary>
        private PixelBox? DrawSet2Threat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.HamSlicer => HamSlicer(scale),
            ThreatShape.HoboKnife => HoboKnife(scale),
            ThreatShape.PeelingKnife => PeelingKnife(scale),
            ThreatShape.KnifeInFoamRoller => KnifeInFoamRoller(scale),
            ThreatShape.ShoeShankShiv => ShoeShankShiv(scale),
            ThreatShape.UziPistol => UziPistol(scale),
            ThreatShape.P38Pistol => P38Pistol(scale),
            ThreatShape.StunTorch => StunTorch(scale),
            ThreatShape.BeltBuckleGun => BeltBuckleGun(scale),
            ThreatShape.PistolInRolledTowel => PistolInRolledTowel(scale),
            ThreatShape.SwivelPhone => SwivelPhone(scale),
            ThreatShape.PhoneOnGimbal => PhoneOnGimbal(scale),
            ThreatShape.PhoneOnTripodGrip => PhoneOnTripodGrip(scale),
            ThreatShape.PhoneInHairdryer => PhoneInHairdryer(scale),
            ThreatShape.PhoneInMusicBox => PhoneInMusicBox(scale),
            ThreatShape.CartridgeWallet => CartridgeWallet(scale),
            ThreatShape.SimInToyBricks => SimInToyBricks(scale),
            ThreatShape.MarinadeInjector => MarinadeInjector(scale),
            ThreatShape.CordlessHairClipper => CordlessHairClipper(scale),
            ThreatShape.PipeCutter => PipeCutter(scale),
            ThreatShape.ChiantiFiasco => ChiantiFiasco(scale),
            ThreatShape.SteroidVials => SteroidVials(scale),
            ThreatShape.DrugsInVitaminTub => DrugsInVitaminTub(scale),
            _ => null,
        };

        /// <summary>Draws one of set 2's clutter kinds; false for a kind that is not set 2's.</summary>
        private bool DrawSet2Clutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.BottleWarmer:
                    BottleWarmer();
                    return true;
                case ClutterKind.SaltLamp:
                    SaltLamp();
                    return true;
                case ClutterKind.KitchenTimer:
                    KitchenTimer();
                    return true;
                case ClutterKind.TeaInfuser:
                    TeaInfuser();
                    return true;
                case ClutterKind.BalloonWhisk:
                    BalloonWhisk();
                    return true;
                case ClutterKind.Jacks:
                    Jacks();
                    return true;
                case ClutterKind.StackingCups:
                    StackingCups();
                    return true;
                case ClutterKind.ToyDinosaurs:
                    ToyDinosaurs();
                    return true;
                default:
                    return false;
            }
        }

        // ---- shared parts ---------------------------------------------------------------------

        /// <summary>
        /// A small brushless motor (a gimbal's or a fan's) centred at (<paramref name="cx"/>, <paramref name="cy"/>), <paramref name="d"/>
        /// mm across and <paramref name="h"/> mm along its axis: its aluminium bell (1.2 mm), the stator of steel laminations (about half
        /// its radius, 90 % of its height), the copper windings on it (counted as brass, about a third of the slot space) and the ring of
        /// neodymium magnets (2 mm, iron at 7.5 g/cm³, counted as steel at 0.95). Seen along its axis (<paramref name="endOn"/>), or from
        /// the side with its axis along the part's y.
        /// </summary>
        private static void TwoMotor(Turned p, double cx, double cy, double d, double h, bool endOn)
        {
            var r = d / 2;
            if (endOn)
            {
                p.Ellipse(Aluminium, 1.2, cx, cy, r, r);
                p.Ring(Aluminium, h * 1.2 / 1.2, 1.2, cx, cy, r - 0.6, r - 0.6);
                p.Ring(Steel, h * 0.95, 2, cx, cy, r - 2.4, r - 2.4);
                p.Ellipse(Steel, h * 0.9 * 0.7, cx, cy, r * 0.55, r * 0.55);
                p.Ring(Brass, h * 0.9 * 0.35, r * 0.25, cx, cy, r * 0.68, r * 0.68);
                p.Ellipse(Steel, h, cx, cy, 1.5, 1.5);
                return;
            }

            p.Rect(Aluminium, 2 * 1.2, cx - r, cy - (h / 2), d, h);
            p.Rect(Aluminium, d * 0.8 * 1.2 / 1.2, cx - r, cy - (h / 2), d, 1.2);
            p.Rect(Steel, 0.8 * 2 * 2 * 0.95, cx - r + 1.2, cy - (h / 2) + 1, 2, h - 2);
            p.Rect(Steel, 0.8 * 2 * 2 * 0.95, cx + r - 3.2, cy - (h / 2) + 1, 2, h - 2);
            p.Rect(Steel, r * 1.1 * 0.7, cx - (r * 0.55), cy - (h * 0.45), r * 1.1, h * 0.9);
            p.Rect(Brass, r * 0.6 * 0.35, cx - (r * 0.8), cy - (h * 0.45), r * 1.6, h * 0.9);
            p.Rect(Steel, 0.8 * 3, cx - 1.5, cy - (h / 2) - 3, 3, h + 3);
        }

        /// <summary>
        /// A liquid settled in a sphere (inner radius <paramref name="r"/>) lying in the bag, filled to <paramref name="level"/> of its
        /// depth: at a distance ρ from the centre the beam crosses it from the sphere's lowest point there up to the surface, never beyond
        /// the chord 2√(r² − ρ²); drawn as six nested discs (as <see cref="Spheroid"/>), the path falling outward.
        /// </summary>
        private static void TwoSettledBall(Turned part, Material m, double cx, double cy, double r, double level, double density)
        {
            const int n = 6;
            var surface = -r + (2 * r * level);
            double Path(double q)
            {
                var half = Math.Sqrt(Math.Max(0, 1 - (q * q))) * r;
                return Math.Clamp(Math.Min(half, surface) + half, 0, 2 * half);
            }

            for (var k = n; k >= 1; k--)
            {
                var inner = k < n ? Path((k + 0.5) / n) : 0;
                var t = (Path((k - 0.5) / n) - inner) * density;
                if (t > 0)
                {
                    part.Ellipse(m, t, cx, cy, r * k / n, r * k / n);
                }
            }
        }

        /// <summary>
        /// One toy building brick of <paramref name="nx"/> × <paramref name="ny"/> studs centred on its part's origin, studs up (the beam
        /// down through it): ABS (about 1.05 g/cm³), 8 mm a stud less 0.2 mm, its 1.2 mm top, its 1.5 mm walls 9.6 mm tall seen edge-on
        /// round the rim, the solid studs (4.8 mm across, 1.7 mm tall) and, under a brick two studs wide, the hollow tubes between them
        /// (6.5 mm across, 0.85 mm walls), under a brick one stud wide the solid pins; the tubes cut out of a brick that hides something.
        /// </summary>
        private static void TwoBrick(Turned b, int nx, int ny, bool tubes = true)
        {
            var l = (8 * nx) - 0.2;
            var w = (8 * ny) - 0.2;
            b.Rect(Organic, 1.2 * 1.05, -l / 2, -w / 2, l, w);
            b.Line(Organic, 8.4 * 1.05, 1.5, true, SCorners((-l / 2) + 0.75, (-w / 2) + 0.75, l - 1.5, w - 1.5));
            for (var i = 0; i < nx; i++)
            {
                for (var j = 0; j < ny; j++)
                {
                    b.Ellipse(Organic, 1.7 * 1.05, (-l / 2) + 4 + (8 * i), (-w / 2) + 4 + (8 * j), 2.4, 2.4);
                }
            }

            if (!tubes)
            {
                return;
            }

            for (var i = 1; i < nx; i++)
            {
                var x = (-l / 2) + (8 * i) - 0.1;
                if (ny >= 2)
                {
                    for (var j = 1; j < ny; j++)
                    {
                        b.Ring(Organic, 8.4 * 1.05, 0.85, x, (-w / 2) + (8 * j) - 0.1, 2.8, 2.8);
                    }
                }
                else
                {
                    b.Ellipse(Organic, 8.4 * 1.05, x, 0, 1.6, 1.6);
                }
            }
        }

        /// <summary>
        /// A five-shot stainless mini-revolver (the North American Arms .22 class, sold with a belt-buckle holder) lying on its side in
        /// <paramref name="pen"/>'s frame at (<paramref name="ox"/>, <paramref name="oy"/>) turned by <paramref name="oa"/>, the
        /// cylinder from x = −<paramref name="cl"/> to 0 on y = 0 and the muzzle toward +x: an 8.5 mm barrel of <paramref name="bl"/>
        /// over a 5.6 mm bore, a 20.6 mm cylinder <paramref name="cl"/> long (about 0.65 of it metal once its chambers are bored), the
        /// frame's straps and recoil shield, the hammer, a spur trigger with no guard, a bird's-head grip of rosewood or rubber (about
        /// 0.75 or 1.2 g/cm³) 19 mm through round its steel grip frame; <paramref name="rounds"/> .22 rounds in it (Long Rifle, or the
        /// longer Magnum) at <paramref name="phase"/> round the cylinder.
        /// </summary>
        private static void TwoMiniRevolver(Pen pen, double ox, double oy, double oa, double bl, double cl, bool magnum, bool wood, int rounds, double phase)
        {
            const double cd = 20.6;
            var g = new Turned(pen, ox, oy, oa);
            g.Tube(Steel, 0, -(cd * 0.3) - 4.25, bl, 8.5, (8.5 - 5.6) / 2 * 0.9);
            g.Rect(Steel, 3, bl - 5, -(cd * 0.3) - 7, 4, 3);
            g.Cylinder(Steel, -cl, -cd / 2, cl, cd, 0.65 * 0.9);
            g.Rect(Steel, 0.8 * 9, -cl - 3, (-cd / 2) - 4, cl + 8, 4);
            g.Rect(Steel, 0.8 * 11, -cl - 3, (cd / 2) - 1, cl + 6, 6);
            g.Rect(Steel, 14, -cl - 8, (-cd / 2) - 2, 6, cd + 4);
            g.Rect(Steel, 0.8 * 10, 0, -(cd * 0.3) - 6, 4, cd * 0.6);
            g.Poly(Steel, 0.8 * 5, (-cl - 8, (-cd / 2) - 2), (-cl - 3, (-cd / 2) - 2), (-cl - 9, (-cd / 2) - 11), (-cl - 15, (-cd / 2) - 9));
            g.Poly(Steel, 0.8 * 5, (-cl + 6, (cd / 2) + 5), (-cl + 12, (cd / 2) + 5), (-cl + 9, (cd / 2) + 13), (-cl + 5, (cd / 2) + 12));
            (double X, double Y)[] grip =
            [
                (-cl - 8, (cd / 2) + 2), (-cl + 2, (cd / 2) + 4), (-cl - 2, (cd / 2) + 22), (-cl - 10, (cd / 2) + 34), (-cl - 22, (cd / 2) + 36),
                (-cl - 28, (cd / 2) + 26), (-cl - 22, (cd / 2) + 10),
            ];
            g.Poly(Steel, 2 * 2, Shrunk(grip, -cl - 12, (cd / 2) + 19, 0.45, 0.9));
            RoundSection(g, Organic, grip, -cl - 12, (cd / 2) + 19, 19, wood ? 0.75 : 1.2);
            var (caseL, d, rim, bo) = magnum ? (26.8, 6.1, 7.1, 8.4) : (15.6, 5.7, 7.0, 9.8);
            for (var i = 0; i < rounds; i++)
            {
                var y = cd * 0.3 * Math.Sin(phase + (i * 2 * Math.PI / 5));
                CartridgeSide(SWithin(pen, ox, oy, oa, -cl + ((caseL + bo) / 2) - 1, y, 0), caseL, d, rim, bo, 5.7, false, Brass);
            }
        }

        /// <summary>
        /// A multi-dose vial of injectable oil lying on its side along its part's x, base at −x: a 10 ml (24 mm across, 50 mm long) or 2 ml
        /// (16 × 35 mm) tube of glass (1.1 or 0.9 mm walls, its 2 mm base edge-on), its neck and a bromobutyl stopper (about 1.3 g/cm³)
        /// under an aluminium crimp seal (0.2 mm) and a polypropylene flip-off cap; <paramref name="fill"/> of it oil at about 0.92.
        /// </summary>
        private static void TwoVial(Turned v, bool big, double fill)
        {
            var (d, l, wall) = big ? (24.0, 50.0, 1.1) : (16.0, 35.0, 0.9);
            var x0 = -l / 2;
            var body = l - 12;
            v.Tube(Glass, x0 + 2, -d / 2, body - 2, d, wall);
            ZDiscEdgeOn(v, Glass, x0 + 1, 0, d / 2, 2, 1);
            v.Poly(Glass, 2 * wall * 1.4, (x0 + body, -d / 2), (x0 + body + 4, -d * 0.3), (x0 + body + 4, d * 0.3), (x0 + body, d / 2));
            v.Tube(Glass, x0 + body + 4, -d * 0.3, 3, d * 0.6, wall * 1.3);
            v.Cylinder(Organic, x0 + body + 4, -d * 0.28, 6, d * 0.56, 1.3);
            v.Tube(Aluminium, x0 + body + 3, (-d * 0.34) - 0.2, 7, (d * 0.68) + 0.4, 0.2);
            v.Cylinder(Organic, x0 + body + 9, -d * 0.33, 3, d * 0.66, 0.5);
            LyingFill(v, Organic, x0 + 2, body - 2, d - (2 * wall), fill, 0.92);
        }

        /// <summary>
        /// A rough outline round (<paramref name="cx"/>, <paramref name="cy"/>): <paramref name="n"/> points at radii varied by up to a
        /// fifth, a lump of rock or a figure's body.
        /// </summary>
        private (double X, double Y)[] TwoRock(double cx, double cy, double rx, double ry, int n) =>
            [
                .. Enumerable.Range(0, n).Select(i => 2 * Math.PI * i / n).Select(a => (a, f: U(0.82, 1.0)))
                    .Select(p => (cx + (rx * p.f * Math.Cos(p.a)), cy + (ry * p.f * Math.Sin(p.a)))),
            ];

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// A slicing knife (a ham or salmon slicer, sold with carving sets and in every cook shop): a blade 250–305 mm long and 25–32 mm
        /// deep, 1.6–2 mm of stainless at the spine and flat ground to its edge, round-ended (a ham slicer) or pointed; a moulded handle
        /// 125–140 mm long, 24–28 mm high and 20–22 mm through of thermoplastic elastomer over polypropylene (about 1.1 g/cm³) round a stick
        /// tang, with a finger guard moulded on, or two POM scales (about 1.4) riveted to a full tang; a polypropylene blade guard (1 mm
        /// walls at about 0.9) on some.
        /// </summary>
        private PixelBox HamSlicer(double scale)
        {
            var bl = U(250, 305);
            var bw = U(25, 32);
            var t = U(1.6, 2.0);
            var hl = U(125, 140);
            var hh = U(24, 28);
            var hd = U(20, 22);
            var roundTip = Chance(0.55);
            var scales = Chance(0.4);
            var guard = Chance(0.3);
            var reach = Math.Max((hh / 2) + 4, (bw / 2) + (guard ? 4 : 0)) + 1;
            var pen = Lay(-hl - 2, -reach, bl + (guard ? 6 : 2), reach, scale);
            var k = new Turned(pen, 0, 0, 0);
            var top = -bw / 2;
            (double X, double Y)[] blade = roundTip
                ? [(0, top), .. UArc(bl - (bw / 2), 0, bw / 2, bw / 2, -Math.PI / 2, Math.PI / 2, 10), (0, bw / 2)]
                : [(0, top), (bl * 0.82, top), (bl, top + (bw * 0.3)), (bl * 0.9, bw * 0.28), (bl * 0.7, bw / 2), (0, bw / 2)];
            VFlatGround(k, Steel, blade, top, t);
            (double X, double Y)[] grip =
            [
                (0, -hh * 0.4), (-hl * 0.45, -hh / 2), (-hl + 8, -hh * 0.46), (-hl, -hh * 0.3), (-hl, hh * 0.3), (-hl + 8, hh * 0.48),
                (-hl * 0.5, hh * 0.46), (-14, hh * 0.42), (-8, (hh / 2) + 3), (0, (hh / 2) + 1),
            ];
            if (scales)
            {
                k.Poly(Steel, t, Shrunk(grip, -hl / 2, 0, 0.97, 0.8));
                RoundSection(k, Organic, grip, -hl / 2, 0, hd - t, 1.4);
                foreach (var f in new[] { 0.22, 0.5, 0.78 })
                {
                    k.Ellipse(Steel, hd, -hl * f, 0, 2.4, 2.4);
                }
            }
            else
            {
                k.Poly(Steel, t, (0, -5), (0, 5), (-hl * 0.75, 3), (-hl * 0.75, -3));
                RoundSection(k, Organic, grip, -hl / 2, 0, hd, 1.1);
            }

            if (guard)
            {
                var sleeve = RoundedOutline(-4, top - 3, bl + 9, bw + 6, 5);
                k.Poly(Organic, 2 * 1 * 0.9, sleeve);
                k.Line(Organic, (t + 4) * 0.9, 2, true, Shrunk(sleeve, bl / 2, 0, 0.99, 0.9));
            }

            return pen.Box;
        }

        /// <summary>
        /// A camper's "hobo" knife (a folding knife, fork and spoon that slide apart to eat with, sold in outdoor shops): two halves each
        /// 108–116 mm long, 24–28 mm wide and 9–11 mm through, each two 0.8 mm stainless liners under wooden (two 3 mm at about 0.7 g/cm³)
        /// or ABS scales (2.5 mm at 1.05), with a backspring down its spine and pivots through it; in one half a 78–85 mm blade (15–18 mm
        /// deep, 2 mm, flat ground), a corkscrew and a can and bottle opener, in the other a fork and a spoon of 1.5 mm stainless; clipped
        /// together, or apart with the blade and the fork or the spoon opened out.
        /// </summary>
        private PixelBox HoboKnife(double scale)
        {
            var l = U(108, 116);
            var w = U(24, 28);
            var depth = U(9, 11);
            var wood = Chance(0.5);
            var apart = Chance(0.5);
            var knifeOpen = apart && Chance(0.6);
            var otherOpen = apart && Chance(0.5);
            var spoon = Chance(0.5);
            var gap = apart ? U(6, 30) : 0.5;
            var bl = U(78, 85);
            var bw = U(15, 18);
            var pen = Lay((-l / 2) - (otherOpen ? 92 : 2), -w - (gap / 2) - 2, (l / 2) + (knifeOpen ? bl + 4 : 2), w + (gap / 2) + 2, scale);

            void Half(Turned h)
            {
                RoundedRect(h, Steel, 2 * 0.8, -l / 2, -w / 2, l, w, 5);
                if (wood)
                {
                    RoundedRect(h, Organic, 2 * 3 * 0.7, -l / 2, -w / 2, l, w, 6);
                }
                else
                {
                    RoundedRect(h, Organic, 2 * 2.5 * 1.05, -l / 2, -w / 2, l, w, 6);
                }

                h.Rect(Steel, 0.8 * (depth - 2), (-l / 2) + 8, (-w / 2) + 0.5, l - 16, 1.6);
                h.Ellipse(Steel, depth, (-l / 2) + 7, (-w / 2) + 6, 1.6, 1.6);
                h.Ellipse(Steel, depth, (l / 2) - 7, (-w / 2) + 6, 1.6, 1.6);
            }

            var kh = new Turned(pen, 0, -(w / 2) - (gap / 2), 0);
            Half(kh);
            if (knifeOpen)
            {
                (double X, double Y)[] open =
                [
                    ((l / 2) - 12, -bw / 2), ((l / 2) + (bl * 0.75), -bw / 2), ((l / 2) + bl, -bw * 0.1), ((l / 2) + (bl * 0.7), bw * 0.42),
                    ((l / 2) - 12, bw / 2),
                ];
                VFlatGround(kh, Steel, open, -bw / 2, 2);
            }
            else
            {
                var (sy0, sy1) = ((-w / 2) + 2, (-w / 2) + 2 + (bw * 0.8));
                kh.Poly(Steel, 1.2, ((-l / 2) + 12, sy0), ((l / 2) - 8, sy0), ((l / 2) - 8, sy1), ((-l / 2) + 30, sy1));
            }

            kh.Line(Steel, 0.8 * 2, 2, false, Zigzag((-l / 2) + 14, (-l / 2) + 48, (w / 2) - 7, 3.5, 4));
            kh.Rect(Steel, 1.8, (-l / 2) + 50, (w / 2) - 9, 32, 7);
            var oh = new Turned(pen, 0, (w / 2) + (gap / 2), Math.PI);
            Half(oh);
            if (!otherOpen || !spoon)
            {
                oh.Ellipse(Steel, 1.5 * 1.3, (l / 2) - 30, 0, 20, (w / 2) - 3);
                oh.Rect(Steel, 1.5, (-l / 2) + 8, -3, l - 40, 6);
            }

            if (!otherOpen || spoon)
            {
                oh.Rect(Steel, 1.5, (-l / 2) + 8, (-w / 2) + 3, l - 16, w * 0.45);
            }

            if (otherOpen)
            {
                oh.Rect(Steel, 1.8, (l / 2) - 8, -3.5, 53, 7);
                if (spoon)
                {
                    oh.Ellipse(Steel, 1.5 * 1.3, (l / 2) + 68, 0, 24, 16);
                }
                else
                {
                    oh.Rect(Steel, 1.5, (l / 2) + 45, -11, 20, 22);
                    for (var i = 0; i < 4; i++)
                    {
                        oh.Rect(Steel, 1.5, (l / 2) + 65, -11 + (i * 6.2), 24, 3.4);
                    }
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// Turning knives (the bird's-beak paring knife sold singly and in pairs for peeling and shaping fruit and vegetables): a stamped
        /// stainless blade 60–70 mm long and 14–18 mm deep at the heel, 1.5–2 mm at the spine and flat ground, its spine and edge both curving
        /// down to a hooked point; a polypropylene handle (about 0.9 g/cm³) 95–110 mm long, 18–22 mm high and 15–18 mm through round a stick
        /// tang; one, or a pair with a straight-edged paring knife of the same range; loose, or on a retail card (0.5 mm board at about 0.7)
        /// under a PET blister (0.3 mm at 1.38, its formed walls edge-on round the knives). The knives are the item; the card is packed with them.
        /// </summary>
        private PixelBox PeelingKnife(double scale)
        {
            var n = Chance(0.55) ? 1 : 2;
            var carded = Chance(0.35);
            var hl = U(95, 110);
            var hh = U(18, 22);
            var hd = U(15, 18);
            const double bl = 70;
            var rowH = hh + 12;
            var m = carded ? 12.0 : 2.0;
            var pen = Lay(-hl - m, (-hh / 2) - m, bl + m, ((n - 1) * rowH) + (hh / 2) + m, scale);
            var k = new Turned(pen, 0, 0, 0);
            if (carded)
            {
                k.Rect(Organic, 0.5 * 0.7, -hl - 10, (-hh / 2) - 10, hl + bl + 20, ((n - 1) * rowH) + hh + 20);
                var bubble = RoundedOutline(-hl - 4, (-hh / 2) - 4, hl + bl + 8, ((n - 1) * rowH) + hh + 8, 6);
                k.Poly(Organic, 0.3 * 1.38, bubble);
                k.Line(Organic, hd * 0.3 * 1.38 / 0.8, 0.8, true, bubble);
            }

            var lengths = Enumerable.Range(0, n).Select(_ => U(60, 70)).ToArray();
            var depths = Enumerable.Range(0, n).Select(_ => U(14, 18)).ToArray();
            var spines = Enumerable.Range(0, n).Select(_ => U(1.5, 2.0)).ToArray();
            pen.Item(() =>
            {
                for (var i = 0; i < n; i++)
                {
                    var q = new Turned(pen, 0, i * rowH, 0);
                    var (kl, kw, kt) = (lengths[i], depths[i], spines[i]);
                    var top = -kw / 2;
                    (double X, double Y)[] blade;
                    if (i == 0)
                    {
                        var spine = Enumerable.Range(0, 11).Select(j => j / 10.0).Select(f => (f * kl, top + (kw * 0.8 * Math.Pow(f, 2.2))));
                        var edge = Enumerable.Range(0, 10).Select(j => (9 - j) / 10.0)
                            .Select(f => (f * kl, (kw / 2) - (kw * 0.2 * f) - (kw * 0.25 * Math.Sin(Math.PI * f))));
                        blade = [.. spine, .. edge];
                    }
                    else
                    {
                        blade = [(0, top), (kl * 0.8, top), (kl, top + (kw * 0.2)), (kl * 0.6, kw * 0.35), (0, kw / 2)];
                    }

                    VFlatGround(q, Steel, blade, top, kt);
                    q.Poly(Steel, kt, (0, -4), (0, 4), (-hl * 0.7, 2.5), (-hl * 0.7, -2.5));
                    (double X, double Y)[] grip =
                    [
                        (0, -hh * 0.42), (-hl * 0.5, -hh / 2), (-hl + 6, -hh * 0.45), (-hl, -hh * 0.3), (-hl, hh * 0.3), (-hl + 6, hh * 0.45),
                        (-hl * 0.5, hh / 2), (0, hh * 0.42),
                    ];
                    RoundSection(q, Organic, grip, -hl / 2, 0, hd, 0.9);
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// A knife inside a foam roller (carried as gym kit): a hollow-core grid roller 300–340 mm long and 135–150 mm across, its shell of
        /// closed-cell EVA foam (about 0.12–0.2 g/cm³) round a hollow ABS core 100–106 mm across with 3–4 mm walls (about 1.05); in the core,
        /// wrapped in corrugated card (about 1.1 mm of paper at 0.7 each side) and taped, a kitchen knife (see <see cref="KitchenBlade"/>: a
        /// 110–180 mm blade 28–42 mm deep on a riveted POM handle, no more than three quarters of the roller's length in all) lying along
        /// the core. The roller is the host; the knife and its wrap are the item.
        /// </summary>
        private PixelBox KnifeInFoamRoller(double scale)
        {
            var l = U(300, 340);
            var od = U(135, 150);
            var core = U(100, 106);
            var wall = U(3, 4);
            var foam = U(0.12, 0.2);
            var pen = Lay((-l / 2) - 1, (-od / 2) - 1, (l / 2) + 1, (od / 2) + 1, scale);
            var k = new Turned(pen, 0, 0, 0);
            CoaxialFill(k, Organic, -l / 2, l, od, core, foam, 0);
            k.Tube(Organic, -l / 2, -core / 2, l, core, wall * 1.05);
            for (var x = (-l / 2) + U(10, 30); x < (l / 2) - 20; x += U(30, 50))
            {
                k.Rect(Organic, 2 * 4 * foam, x, -od / 2, 12, od);
            }

            var hl = U(100, 115);
            var bl = Math.Min(U(110, 180), (0.75 * l) - hl);
            var bw = U(28, 42);
            var kt = U(1.8, 2.4);
            var serrated = Chance(0.25);
            var bolster = Chance(0.4);
            var total = bl + hl;
            var slack = Math.Max(0, l - 20 - total);
            var heel = (-l / 2) + 10 + hl + U(0, slack);
            var below = Math.Max(bw / 2, (-bw / 2) + 30);
            var ky = U((-core / 2) + 6 + (bw / 2), (core / 2) - 6 - below);
            var flip = Chance(0.5);
            var ka = (flip ? Math.PI : 0) + U(-0.03, 0.03);
            pen.Item(() =>
            {
                var q = new Turned(pen, flip ? -heel : heel, ky, ka);
                var wrap = RoundedOutline(-hl - 4, (-bw / 2) - 4, total + 8, (bw / 2) + below + 8, 3);
                q.Poly(Organic, 2 * 1.1 * 0.7, wrap);
                q.Line(Organic, 4 * 1.1 * 0.7, 1.5, true, wrap);
                KitchenBlade(q, bl, bw, kt, hl, serrated, bolster);
                q.Rect(Organic, 2 * 0.15 * 3 * 1.3, bl * 0.5, (-bw / 2) - 4, 19, (bw / 2) + below + 8);
                q.Rect(Organic, 2 * 0.15 * 3 * 1.3, -hl * 0.5, (-bw / 2) - 4, 19, (bw / 2) + below + 8);
            });

            return pen.Box;
        }

        /// <summary>
        /// A shank made in a cell from the steel shank of a shoe: a strip of spring steel 1.2–1.6 mm thick, 95–125 mm long and 13–17 mm wide
        /// with a pressed rib down its middle, ground to a point over its last 30–45 mm; on some two strips taped together; its other end
        /// bound into a grip 60–80 mm long of strips of torn sheet (cotton, about 0.5 g/cm³ as wound), PVC tape (about 1.3) or a shoelace
        /// wound tight (nylon, about 0.7 as wound); a scrap of the shoe's cellulose insole board (2 mm at about 0.9) still glued to it on some.
        /// </summary>
        private PixelBox ShoeShankShiv(double scale)
        {
            var l = U(95, 125);
            var w = U(13, 17);
            var t = U(1.2, 1.6);
            var pointL = U(30, 45);
            var gl = U(60, 80);
            var layers = Chance(0.3) ? 2 : 1;
            var grip = random.Next(3);
            var gd = grip switch { 0 => U(20, 26), 1 => U(16, 20), _ => U(17, 22) };
            var board = Chance(0.3);
            var reach = (Math.Max(gd, w) / 2) + (board ? 6 : 2);
            var pen = Lay(-6, -reach, l + 2, reach, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] strip = [(0, -w / 2), (l - pointL, -w / 2), (l, 0), (l - pointL, w / 2), (0, w / 2)];
            k.Poly(Steel, layers * t * 0.75, strip);
            k.Poly(Steel, layers * t * 0.25, Shrunk(strip, l / 2, 0, 0.97, 0.55));
            k.Rect(Steel, layers * t * 0.6, 4, -2, l - pointL - 6, 1.2);
            k.Rect(Steel, layers * t * 0.6, 4, 0.8, l - pointL - 6, 1.2);
            if (board)
            {
                k.Poly(Organic, 2 * 0.9, (gl - 10, -w / 2 - 4), (l - pointL - 8, -w / 2 - 5), (l - pointL - 12, w / 2 + 4), (gl - 6, w / 2 + 5));
            }

            var density = grip switch { 0 => 0.5, 1 => 1.3, _ => 0.7 };
            (double X, double Y)[] outline = grip == 0
                ?
                [
                    .. Enumerable.Range(0, 9).Select(j => (-4 + (gl * j / 8.0), (-gd / 2) + U(0, 2))),
                    .. Enumerable.Range(0, 9).Select(j => (gl - 4 - (gl * j / 8.0), (gd / 2) - U(0, 2))),
                ]
                : SCorners(-4, -gd / 2, gl, gd);
            RoundSection(k, Organic, outline, (gl / 2) - 4, 0, gd, density);
            if (grip == 0)
            {
                k.Ellipse(Organic, 10 * 0.5, -4, U(-3, 3), 5, 4);
            }

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// A compact open-bolt 9 mm machine pistol of the Uzi family (the Micro Uzi, 250 mm with its stock folded, and the semi-automatic
        /// Uzi Pistol, about 240 mm; surplus and reactivated ones reach the criminal market): a receiver of pressed 1.5 mm steel 46 mm high
        /// and 38 mm across, its top and bottom and end cap seen edge-on; inside it the telescoping bolt (120–135 mm of steel about half
        /// solid once bored for the barrel, 30 mm through; on a Micro a tungsten insert in it, counted as lead at 19.3 / 11.34), cocked to the rear or forward;
        /// a 117 mm barrel (18 mm over the 9 mm bore) held by its knurled nut; front sight ears, rear sight and cocking knob; a steel lower
        /// frame with the grip in the middle (polymer panels, two 4 mm at about 1.2 g/cm³), its grip safety, guard and trigger; a 20-, 25- or
        /// 32-round double-stack magazine (see <see cref="BoxMagazine"/>) in the grip, lying beside it or not there; on a Micro its folding
        /// stock folded along its side (two flat struts of 1.5 mm steel and the butt plate).
        /// </summary>
        private PixelBox UziPistol(double scale)
        {
            var micro = Chance(0.5);
            var l = micro ? U(245, 255) : U(235, 245);
            const double rh = 46;
            const double rw = 38;
            var rake = U(3, 7) * Math.PI / 180;
            var gl = U(105, 115);
            var capacity = new[] { 20, 25, 32 }[random.Next(3)];
            var ml = capacity switch { 20 => 160.0, 25 => 185.0, _ => 230.0 };
            var where = random.Next(10);
            var inserted = where < 7;
            var loose = where is 7 or 8;
            var rounds = Chance(0.6) ? random.Next(5, capacity + 1) : 0;
            var stock = micro && Chance(0.7);
            var x0 = -l / 2;
            var front = (l / 2) - 20;
            var gx = x0 + (l * 0.36);
            const double magTop = -12;
            var bottom = inserted ? magTop + (ml * Math.Cos(rake)) + 6 : loose ? gl + 48 : gl + 4;
            var pen = Lay(x0 - 6, -rh - 16, (l / 2) + 26, bottom, scale);
            var g = new Turned(pen, 0, 0, 0);
            g.Rect(Steel, 2 * 1.5, x0, -rh, front - x0, rh);
            g.Line(Steel, rw * 1.5 / 0.8, 0.8, true, SCorners(x0 + 0.4, -rh + 0.4, front - x0 - 0.8, rh - 0.8));
            g.Rect(Steel, 0.8 * rw * 0.4, x0, -rh + 4, 6, rh - 8);
            var boltL = micro ? 120.0 : 135.0;
            var bx = Chance(0.5) ? x0 + 8 : x0 + 48;
            g.Rect(Steel, rw * 0.8 * 0.5, bx, -rh + 5, boltL, rh - 10);
            if (micro)
            {
                g.Rect(Lead, 0.8 * 20 * 0.4 * 19.3 / 11.34, bx + 8, -rh + 12, 40, rh - 24);
            }

            const double barrel = 117;
            var muzzle = front + 42;
            g.Tube(Steel, muzzle - barrel, -(rh / 2) - 9, barrel, 18, 4.5 * 0.9);
            g.Tube(Steel, front - 2, -(rh / 2) - 16, 16, 32, 3.5);
            g.Rect(Steel, 0.8 * 6, front - 14, -rh - 14, 12, 14);
            g.Rect(Steel, 0.8 * 8, x0 + 14, -rh - 10, 14, 10);
            g.Rect(Steel, 0.8 * 10, front - 70, -rh - 8, 10, 8);
            g.Rect(Steel, 2 * 1.5, gx - 12, 0, 100, 10);
            var drop = gl * Math.Tan(rake);
            (double X, double Y)[] grip = [(gx, 8), (gx + 40, 8), (gx + 40 - drop, gl), (gx - drop, gl)];
            g.Poly(Steel, 2 * 1.2, grip);
            g.Poly(Organic, 2 * 4 * 1.2, Shrunk(grip, gx + 20 - (drop / 2), (gl + 8) / 2, 0.92, 0.95));
            g.Poly(Steel, 0.8 * 6, (gx - 6, 16), (gx, 16), (gx - (drop * 0.6), 70), (gx - 6 - (drop * 0.6), 70));
            g.Line(Steel, 0.8 * 5, 4, false, (gx + 40, 10), (gx + 44, 36), (gx + 84, 36), (gx + 90, 10));
            g.Poly(Steel, 5, (gx + 52, 10), (gx + 58, 10), (gx + 55, 28), (gx + 50, 27));
            if (inserted)
            {
                var a = (Math.PI / 2) + rake;
                var (mx, my) = Moved(gx + 20, magTop, a, ml / 2, 0);
                BoxMagazine(pen, mx, my, a, ml, 30, rounds, true, 19.15, 9.93, 9.96, 10.5, 9.03, true);
            }
            else if (loose)
            {
                BoxMagazine(pen, x0 + 10 + (ml / 2), gl + 30, 0, ml, 30, rounds, true, 19.15, 9.93, 9.96, 10.5, 9.03, true);
            }

            if (stock)
            {
                g.Rect(Steel, 2 * 1.5 * 4, x0 - 4, -rh + 6, l - 60, 6);
                g.Rect(Steel, 2 * 1.5 * 4, x0 - 4, -12, l - 60, 6);
                g.Rect(Steel, 0.8 * 10, x0 + l - 70, -rh + 2, 8, rh + 4);
            }

            return pen.Box;
        }

        /// <summary>
        /// A Walther P38 or its post-war P1 (the 9 mm service pistol of the German army from 1939 to 2004, sold off in thousands as surplus):
        /// 213–218 mm long and about 137 mm high; a slide of two 3.5 mm steel walls closed over its breech block and round the muzzle but open
        /// on top over most of the 125 mm barrel (14 mm over the bore), which shows between its walls; the falling locking block under the
        /// barrel; a steel frame (P38) or an aluminium-alloy one (P1) of two 3 mm walls, the exposed hammer, the slide-mounted safety, the
        /// large steel trigger guard and trigger; the grip raked about 17° with panels of Bakelite or plastic (two 5 mm at about 1.3 g/cm³)
        /// and a lanyard loop; an eight-round single-stack magazine (see <see cref="BoxMagazine"/>) in it, empty or loaded, or not there.
        /// </summary>
        private PixelBox P38Pistol(double scale)
        {
            var l = U(213, 218);
            const double sh = 28;
            const double fh = 12;
            var gl = U(92, 100);
            var rake = 17 * Math.PI / 180;
            var alloy = Chance(0.45);
            var magazine = Chance(0.85);
            var rounds = Chance(0.6) ? random.Next(1, 9) : 0;
            const double ml = 118;
            var x0 = -l / 2;
            var x1 = l / 2;
            var drop = gl * Math.Tan(rake);
            var pen = Lay(x0 - drop - 14, -sh - 8, x1 + 2, fh + Math.Max(gl, ml * Math.Cos(rake)) + 10, scale);
            var g = new Turned(pen, 0, 0, 0);
            var frame = alloy ? Aluminium : Steel;
            g.Tube(Steel, x1 - 125, -(sh * 0.55) - 7, 125, 14, 2.5);
            g.Rect(Steel, 2 * 3.5, x0, -sh, 90, sh);
            g.Rect(Steel, (0.8 * 24) - 7, x0 + 2, -sh + 3, 40, sh - 6);
            g.Rect(Steel, 2 * 3.5, x0 + 90, -sh * 0.45, l - 112, sh * 0.45);
            g.Rect(Steel, 2 * 3.5, x1 - 22, -sh, 22, sh);
            g.Rect(Steel, 0.8 * 4, x1 - 10, -sh - 4, 5, 4);
            g.Rect(Steel, 0.8 * 16, x1 - 120, -sh * 0.4, 22, 10);
            g.Rect(frame, 2 * 3, x0 + 8, 0, l - 40, fh);
            g.Poly(Steel, 0.8 * 7, (x0 + 2, -sh + 6), (x0 + 8, -sh + 8), (x0 - 8, -sh - 6), (x0 - 12, -sh - 2));
            g.Ellipse(Steel, 8, x0 + 22, -sh + 8, 4, 4);
            (double X, double Y)[] grip = [(x0 + 6, fh), (x0 + 52, fh), (x0 + 52 - drop, fh + gl), (x0 + 4 - drop, fh + gl)];
            g.Poly(frame, 2 * 2.5, grip);
            g.Poly(Organic, 2 * 5 * 1.3, Shrunk(grip, x0 + 28 - (drop / 2), fh + (gl / 2), 0.88, 0.93));
            var guard = UArc(x0 + 72, fh, 22, 17, 0, Math.PI, 10);
            g.Line(Steel, 0.8 * 5, 4, false, guard);
            g.Poly(Steel, 5, (x0 + 64, fh), (x0 + 70, fh), (x0 + 67, fh + 13), (x0 + 62, fh + 12));
            g.Ring(Steel, 0.8 * 2 * 2, 2, x0 + 10 - drop, fh + gl + 4, 4, 4);
            if (magazine)
            {
                var a = (Math.PI / 2) + rake;
                var (mx, my) = Moved(x0 + 29, 2, a, ml / 2, 0);
                BoxMagazine(pen, mx, my, a, ml, 31, rounds, false, 19.15, 9.93, 9.96, 10.5, 9.03, true);
            }

            return pen.Box;
        }

        /// <summary>
        /// A stun gun built into a torch (the "police" stun torches sold online and at markets; a disguised prohibited weapon under the
        /// Firearms Act 1968, s. 5(1A)(a)): an aluminium body 180–245 mm long and 27–32 mm across (1.6 mm walls) with a head 36–44 mm across
        /// (2 mm walls) holding an LED on its aluminium star, the reflector and an acrylic lens; two to four steel electrodes standing 9 mm
        /// proud of the bezel; behind the head the potted high-voltage module (a ferrite core in copper windings, its capacitor, in epoxy at
        /// about 1.6 g/cm³); an 18650 lithium-ion cell (see <see cref="SCylCell"/>) and the tail switch and its spring; a nylon wrist strap
        /// on some and a belt holster (two 2 mm layers of webbing at about 0.6) on others.
        /// </summary>
        private PixelBox StunTorch(double scale)
        {
            var l = U(180, 245);
            var d = U(27, 32);
            var hd = U(36, 44);
            var hl = U(40, 55);
            var strap = Chance(0.5);
            var holster = !strap && Chance(0.4);
            var pen = Lay((-l / 2) - (strap ? 40 : 4), (-hd / 2) - (holster ? 6 : 2), (l / 2) + 11, (hd / 2) + (holster ? 6 : 2), scale);
            var k = new Turned(pen, 0, 0, 0);
            var hx = (l / 2) - hl;
            k.Tube(Aluminium, -l / 2, -d / 2, hx + (l / 2), d, 1.6);
            k.Tube(Aluminium, hx, -hd / 2, hl, hd, 2.0);
            k.Poly(Aluminium, 2 * 1.5, (hx - 12, -d / 2), (hx, -hd / 2), (hx, hd / 2), (hx - 12, d / 2));
            k.Poly(Organic, 2 * 1.5 * 1.2, (hx + 6, -8), ((l / 2) - 4, (-hd / 2) + 3), ((l / 2) - 4, (hd / 2) - 3), (hx + 6, 8));
            ZDiscEdgeOn(k, Aluminium, hx + 6, 0, 10, 1.6, 1);
            ZDiscEdgeOn(k, Organic, (l / 2) - 2, 0, (hd / 2) - 2, 3, 1.18);
            var prongs = Chance(0.5) ? 2 : 4;
            foreach (var y in prongs == 2 ? new[] { (-hd / 2) + 5, (hd / 2) - 5 } : new[] { (-hd / 2) + 5, -4.0, 4.0, (hd / 2) - 5 })
            {
                k.Rect(Steel, 0.8 * 3, (l / 2) - 6, y - 1.5, 15, 3);
            }

            var cellX = (-l / 2) + 12;
            var hv0 = Math.Max(cellX + 70, hx - 62);
            var hvL = Math.Max(30, hx - 4 - hv0);
            k.Rect(Organic, (d - 4) * 1.6 * 0.8, hv0, (-d / 2) + 3, hvL, d - 6);
            k.Rect(Steel, 0.8 * 10 * 4.8 / 7.85, hv0 + 4, -6, Math.Min(22, hvL - 8), 12);
            k.Rect(Brass, 0.8 * 12 * 0.3, hv0 + 2, -8, Math.Min(26, hvL - 4), 16);
            k.Cylinder(Aluminium, hv0 + Math.Min(28, hvL - 10), -5, Math.Min(18, hvL - 12), 10, 0.35);
            k.Rect(Mixed, 0.6, hv0, -5, hvL, 10);
            k.Rect(Brass, 0.06, hv0, -5, hvL, 10);
            SCylCell(k, cellX, 0, 65, 18.4);
            k.Line(Steel, 0.8 * 0.8 * 2, 0.8, false, Zigzag((-l / 2) + 3, (-l / 2) + 11, -4, 1.5, 8));
            k.Rect(Organic, (d - 6) * 1.2, (-l / 2) - 2, (-d / 2) + 4, 4, d - 8);
            k.Rect(Steel, 0.8 * 4, hv0 - 8, (-d / 2) - 2, 6, 3);
            if (strap)
            {
                k.Line(Organic, 2 * 1.5 * 1.14, 6, false, UArc((-l / 2) - 18, 0, 18, 12, 0.4, (2 * Math.PI) - 0.4, 16));
            }

            if (holster)
            {
                var sleeve = RoundedOutline((-l / 2) + 20, (-hd / 2) - 4, l - 18, hd + 8, 8);
                XSheath(k, sleeve, 0, 0, 2, 0.6);
            }

            return pen.Box;
        }

        /// <summary>
        /// A gun in a belt buckle: a leather belt (35–40 mm wide, 3.5–4 mm at about 0.9 g/cm³, 0.9–1.1 m long) rolled up (the beam down the
        /// roll, crossing each turn's width) or folded in three, on its buckle; either a pewter buckle plate (95 × 68 mm, 3.5 mm, counted as
        /// zinc alloy) made to carry a stainless five-shot mini-revolver (see <see cref="TwoMiniRevolver"/>) in its recess under a steel
        /// spring clip, or a buckle that is itself a gun (the copies of the wartime four-barrelled buckle pistol): a zinc-alloy box 90–100
        /// × 58–64 mm and 16 mm deep (2 mm walls) whose front plate drops to bare two or four steel barrels (10 mm over a 5.7 mm bore,
        /// 45 mm) and their spring strikers, trigger lever and catch. The belt and a buckle plate are the host; the gun is the item.
        /// </summary>
        private PixelBox BeltBuckleGun(double scale)
        {
            var revolver = Chance(0.55);
            var bw = revolver ? U(92, 98) : U(90, 100);
            var bh = revolver ? U(66, 70) : U(58, 64);
            var strap = U(35, 40);
            var st = U(3.5, 4);
            var length = U(900, 1100);
            var rolled = Chance(0.6);
            var pitch = st + 0.4;
            var r0 = U(18, 25);
            var r1 = Math.Sqrt((r0 * r0) + (length * pitch / Math.PI));
            var pen = rolled
                ? Lay((-bw / 2) - (2 * r1) - 8, -Math.Max(r1, bh / 2) - 2, (bw / 2) + 2, Math.Max(r1, bh / 2) + 2, scale)
                : Lay((-bw / 2) - 330, (-bh / 2) - 2, (bw / 2) + 2, Math.Max((bh / 2) + 2, (3 * strap) + 8), scale);
            var k = new Turned(pen, 0, 0, 0);
            if (rolled)
            {
                var (cx, theta, used) = ((-bw / 2) - r1 - 4, 0.0, 0.0);
                var spiral = new List<(double X, double Y)>();
                while (used < length)
                {
                    var r = r0 + (pitch * theta / (2 * Math.PI));
                    spiral.Add((cx + (r * Math.Cos(theta)), r * Math.Sin(theta)));
                    used += r * 0.3;
                    theta += 0.3;
                }

                k.Line(Organic, strap * 0.9, st, false, [.. spiral]);
                k.Rect(Organic, st * 0.9, cx + r1 - 6, -strap / 2, (-bw / 2) + 8 - (cx + r1 - 6), strap);
            }
            else
            {
                for (var i = 0; i < 3; i++)
                {
                    var y = (-bh / 2) + 4 + (i * (strap + 2));
                    k.Rect(Organic, st * 0.9, (-bw / 2) - 320 + (i * 6), y, 320, strap);
                }

                k.Rect(Organic, 2 * st * 0.9, (-bw / 2) - 330, (-bh / 2) + 4, 14, (3 * strap) + 4);
            }

            k.Rect(Organic, 2 * st * 0.9, (-bw / 2) - 8, -strap / 2, 22, strap);
            k.Rect(Steel, 0.8 * 4, (-bw / 2) + 6, (-bh / 2) + 6, 4, bh - 12);
            if (revolver)
            {
                RoundedRect(k, ZincAlloy, 3.5, -bw / 2, -bh / 2, bw, bh, 12);
                k.Line(ZincAlloy, 2 * 3.5, 3, true, RoundedOutline((-bw / 2) + 1.5, (-bh / 2) + 1.5, bw - 3, bh - 3, 10));
                k.Rect(Steel, 0.6, 18, (-bh / 2) + 10, 20, bh - 20);
                var bl = Chance(0.6) ? U(28, 30) : U(39, 41);
                var magnum = Chance(0.35);
                var cl = magnum ? 29.0 : 24.0;
                var rounds = Chance(0.7) ? random.Next(1, 6) : 0;
                var oa = U(-0.05, 0.05);
                var wood = Chance(0.5);
                var phase = U(0, 2 * Math.PI);
                pen.Item(() => TwoMiniRevolver(pen, -(bl - cl - 28) / 2, -12.5, oa, bl, cl, magnum, wood, rounds, phase));
            }
            else
            {
                var barrels = Chance(0.6) ? 4 : 2;
                var loaded = Chance(0.6);
                pen.Item(() =>
                {
                    RoundedRect(k, ZincAlloy, 2 * 2, -bw / 2, -bh / 2, bw, bh, 6);
                    k.Line(ZincAlloy, 16 - 4, 2, true, RoundedOutline((-bw / 2) + 1, (-bh / 2) + 1, bw - 2, bh - 2, 5));
                    k.Rect(ZincAlloy, 2, (-bw / 2) + 6, (-bh / 2) + 6, bw - 12, bh - 12);
                    var pitchB = (bw - 24) / barrels;
                    for (var i = 0; i < barrels; i++)
                    {
                        var x = (-bw / 2) + 12 + (pitchB * (i + 0.5));
                        var b = new Turned(pen, x, (bh / 2) - 8, -Math.PI / 2);
                        b.Tube(Steel, 0, -5, 45, 10, (10 - 5.7) / 2 * 0.9);
                        if (loaded)
                        {
                            CartridgeSide(new Turned(pen, x, (bh / 2) - 8 - 12.5, -Math.PI / 2), 15.6, 5.7, 7.0, 9.8, 5.7, false, Brass);
                        }

                        b.Line(Steel, 0.8 * 1 * 2, 1, false, Zigzag(-4, 0, -3, 1.5, 6));
                        b.Rect(Steel, 0.8 * 4, -7, -2, 5, 4);
                    }

                    k.Rect(Steel, 0.8 * 3, (-bw / 2) + 8, (bh / 2) - 6, bw - 16, 3);
                    k.Rect(Steel, 0.8 * 4, (bw / 2) - 14, (-bh / 2) + 8, 5, 20);
                });
            }

            return pen.Box;
        }

        /// <summary>
        /// A handgun rolled in a bath towel (packed as if for the gym or a swim): cotton terry of 450–600 g/m², 0.85–1.05 m², folded in two
        /// lengthways and rolled to 340–420 mm long at 0.13–0.18 g/cm³, its hemmed edges at the roll's ends; rolled round a subcompact
        /// pistol (see <see cref="SubcompactPistol"/>) or a five-shot .38 revolver (see <see cref="SmallRevolver"/>) lying along the roll.
        /// The towel is the host; the gun is the item.
        /// </summary>
        private PixelBox PistolInRolledTowel(double scale)
        {
            var revolver = Chance(0.4);
            var l = U(340, 420);
            var grams = U(450, 600) * U(0.85, 1.05);
            var rho = U(0.13, 0.18);
            var gunL = revolver ? 157.0 : U(150, 165);
            var gunH = revolver ? 108.0 : U(100, 112);
            var d = Math.Max(Math.Sqrt(4 * (grams / rho * 1000) / (Math.PI * l)), gunH + 40);
            var pen = Lay((-l / 2) - 1, (-d / 2) - 1, (l / 2) + 1, (d / 2) + 1, scale);
            var k = new Turned(pen, 0, 0, 0);
            CoaxialFill(k, Organic, -l / 2, l, d, 0, rho, 0);
            k.Rect(Organic, 0.8 * d * 0.06, -l / 2, (-d / 2) + 3, 10, d - 6);
            k.Rect(Organic, 0.8 * d * 0.06, (l / 2) - 10, (-d / 2) + 3, 10, d - 6);
            var oa = U(-0.06, 0.06) + (Chance(0.5) ? 0 : Math.PI);
            var (gx0, gy0, gx1, gy1) = revolver ? (-74.0, -46.0, 86.0, 66.0) : ((-gunL / 2) - 30, (-gunH / 2) - 2, (gunL / 2) + 2, (gunH / 2) + 8);
            var (ox, oy) = ZInside(oa, gx0, gy0, gx1, gy1, (-l / 2) + 12, (-d / 2) + 8, (l / 2) - 12, (d / 2) - 8);
            var alloy = Chance(0.4);
            var nine = Chance(0.7);
            var rounds = Chance(0.6) ? random.Next(1, revolver ? 6 : 8) : 0;
            pen.Item(() =>
            {
                if (revolver)
                {
                    SmallRevolver(pen, ox, oy, oa, alloy, rounds);
                }
                else
                {
                    SubcompactPistol(pen, ox, oy, oa, gunL, gunH, alloy, nine, rounds);
                }
            });

            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>
        /// A swivel phone (the LG Wing class): 166–172 × 72–76 mm; a lower body that is a slab phone of its own 6.3 mm deep (see
        /// <see cref="SPhone"/>: glass back, aluminium frame, a 3900–4000 mAh cell, its board and three cameras) with the second, small
        /// screen, and over it the main display panel (cover and back glass, the OLED panel, its copper foil and steel support plate, an
        /// aluminium mid-plate and a 4.4 mm aluminium frame, its driver board and earpiece) on the swivel: a steel plate with its arc track,
        /// pivot and spring; shut (one panel over the other) or swung a quarter turn out about the pivot into a T.
        /// </summary>
        private PixelBox SwivelPhone(double scale)
        {
            var l = U(166, 172);
            var w = U(72, 76);
            var open = Chance(0.5);
            var pen = open
                ? Lay((-l / 2) - 1, (-l / 2) - 1, (l / 2) + 1, (l / 2) + 1, scale)
                : Lay((-l / 2) - 1, (-w / 2) - 1, (l / 2) + 1, (w / 2) + 1, scale);
            var flip = Chance(0.5) ? 0 : Math.PI;
            var b = new Turned(pen, 0, 0, flip);
            SPhone(b, l, w, 8, Aluminium, 6.3, true, U(3900, 4000), false);
            SCamera(b, (-l / 2) + 13, -14, 11, true);
            SCamera(b, (-l / 2) + 13, 0, 9, false);
            SCamera(b, (-l / 2) + 13, 14, 9, false);
            var pv = (-l / 2) + (w / 2);
            b.Rect(Steel, 0.6, pv - 30, (-w / 2) + 6, 60, w - 12);
            b.Ring(Steel, 1.2, 2.5, pv, 0, 16, 16);
            b.Ellipse(Steel, 1.5, pv, 0, 6, 6);
            b.Line(Steel, 0.8 * 0.8 * 2, 0.8, false, Zigzag(pv + 18, pv + 34, -4, 2, 8));
            var (px, py) = Moved(0, 0, flip, pv, 0);
            var t = open ? new Turned(pen, px, py, flip + (Math.PI / 2)) : new Turned(pen, 0, 0, flip);
            RoundedRect(t, Glass, 0.7 + 0.55, -l / 2, -w / 2, l, w, 8);
            RoundedRect(t, Organic, 0.6 * 1.2, (-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, 7);
            RoundedRect(t, Brass, 0.03, (-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6, 6);
            RoundedRect(t, Steel, 0.15, (-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6, 6);
            RoundedRect(t, Aluminium, 0.5, (-l / 2) + 2.5, (-w / 2) + 2.5, l - 5, w - 5, 6);
            t.Line(Aluminium, 4.4 * 0.5, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, 7));
            t.Rect(Mixed, 0.6, (l / 2) - 24, (-w / 2) + 5, 20, w - 10);
            t.Rect(Brass, 0.06, (l / 2) - 24, (-w / 2) + 5, 20, w - 10);
            t.Rect(Steel, 1.8, (-l / 2) + 3, -5, 6, 10);
            t.Ellipse(Steel, 1.2, (-l / 2) + 10, (w / 2) - 12, 3.5, 3.5);
            t.Rect(Steel, 0.8, -24, (-w / 2) + 8, 48, 12);
            return pen.Box;
        }

        /// <summary>
        /// A smartphone on a three-axis handheld gimbal (the DJI Osmo Mobile and Zhiyun Smooth class sold to people who film on their phones),
        /// unfolded with the phone in it: the phone (see <see cref="XPhone"/>) held landscape in a spring clamp (ABS, two 2 mm walls, its
        /// steel spring and guide rods) or on a magnetic clamp (a steel plate and a ring of magnets); three brushless motors (see
        /// <see cref="TwoMotor"/>) on arms of ABS (2.5 mm walls) or aluminium (2 mm); a handle 120–135 mm long and 36–42 mm across (ABS,
        /// 2.5 mm walls) holding an 18650 cell (see <see cref="SCylCell"/>), the board, the USB-C socket and a brass 1/4-inch thread at its
        /// foot. The gimbal is carried on the phone, so all of it is the item.
        /// </summary>
        private PixelBox PhoneOnGimbal(double scale)
        {
            var pl = U(140, 165);
            var pw = U(68, 77);
            var hl = U(120, 135);
            var hd = U(36, 42);
            var magnetic = Chance(0.4);
            var alu = Chance(0.35);
            var md = U(30, 36);
            var rollY = (pw / 2) + 24;
            var panY = rollY + 36;
            var h0 = panY + 14;
            var pen = Lay((-pl / 2) - 2, (-pw / 2) - 8, (pl / 2) + 2, h0 + hl + 6, scale);
            XPhone(new Turned(pen, 0, 0, Chance(0.5) ? 0 : Math.PI), pl, pw);
            var k = new Turned(pen, 0, 0, 0);
            var arm = alu ? Aluminium : Organic;
            var armT = alu ? 2 * 2.0 : 2 * 2.5 * 1.05;
            if (magnetic)
            {
                k.Rect(Steel, 2 * 0.5, -22, -18, 44, 36);
                k.Ring(Steel, 2 * 0.95, 3, 0, 0, 16, 16);
                RoundedRect(k, Organic, 2 * 2 * 1.05, -14, (-pw / 2) - 5, 28, pw + 10, 4);
            }
            else
            {
                RoundedRect(k, Organic, 2 * 2 * 1.05, -12, (-pw / 2) - 6, 24, pw + 12, 4);
                k.Rect(Organic, 2 * 4 * 1.05, -12, (-pw / 2) - 6, 24, 6);
                k.Rect(Organic, 2 * 4 * 1.05, -12, pw / 2, 24, 6);
                var sp = new Turned(pen, -4, 0, Math.PI / 2);
                sp.Line(Steel, 0.8 * 0.8 * 2, 0.8, false, Zigzag((-pw / 2) + 4, (pw / 2) - 4, -3, 2.5, 6));
                sp.Rect(Steel, 0.8 * 3, (-pw / 2) + 2, 5, pw - 4, 3);
            }

            k.Rect(arm, armT, -8, (pw / 2) + 2, 16, rollY - (pw / 2) - 2);
            TwoMotor(k, 0, rollY, md, 16, true);
            k.Rect(arm, armT, 8, rollY - 6, md + 4, 12);
            TwoMotor(k, md + 8, rollY + 8, md, 16, false);
            k.Rect(arm, armT, 4, rollY + 14, md + 8, 12);
            k.Rect(arm, armT, -8, rollY, 16, panY - rollY);
            TwoMotor(k, 0, panY, md, 16, false);
            var h = new Turned(pen, 0, h0, Math.PI / 2);
            h.Tube(Organic, 0, -hd / 2, hl, hd, 2.5 * 1.05);
            ZDiscEdgeOn(h, Organic, hl - 1, 0, hd / 2, 2.5, 1.05);
            SCylCell(h, 30, 0, 65, 18.4);
            h.Rect(Mixed, 0.6, 4, -hd * 0.35, 24, hd * 0.7);
            h.Rect(Brass, 0.06, 4, -hd * 0.35, 24, hd * 0.7);
            h.Ellipse(Organic, 6 * 1.05, 14, (-hd / 2) + 6, 5, 5);
            h.Rect(Steel, 0.9, hl - 24, -4.5, 7, 9);
            h.Cylinder(Brass, hl - 12, -4, 10, 8, 0.6);
            return pen.Box;
        }

        /// <summary>
        /// A smartphone on a flexible tripod (the JOBY GorillaPod kind, carried to prop a phone up for video calls and filming): the phone
        /// (see <see cref="XPhone"/>) in a spring clamp of ABS (two 2.5 mm walls, its steel spring and threaded steel insert); a ball head
        /// (an 18 mm ABS ball on a steel 1/4-inch screw) on a hub; three legs of 10–13 hollow ABS ball joints (11–13 mm, about 0.6 of them
        /// solid) with rubber feet, splayed or gathered together.
        /// </summary>
        private PixelBox PhoneOnTripodGrip(double scale)
        {
            var pl = U(140, 165);
            var pw = U(68, 77);
            var segments = random.Next(10, 14);
            var r = U(5.5, 6.5);
            var pitch = 2 * r * 0.92;
            var legL = 12 + (segments * pitch);
            var splayed = Chance(0.5);
            var spread = (splayed ? U(25, 40) : U(2, 5)) * Math.PI / 180;
            var headY = (pw / 2) + 12;
            var hubY = headY + 20;
            var reachX = Math.Max(pl / 2, 8 + (2 * r) + (legL * Math.Sin(spread)) + r + 2) + 2;
            var pen = Lay(-reachX, (-pw / 2) - 8, reachX, hubY + legL + r + 4, scale);
            XPhone(new Turned(pen, 0, 0, Chance(0.5) ? 0 : Math.PI), pl, pw);
            var k = new Turned(pen, 0, 0, 0);
            RoundedRect(k, Organic, 2 * 2.5 * 1.05, -12, (-pw / 2) - 6, 24, pw + 12, 4);
            new Turned(pen, 0, 0, Math.PI / 2).Line(Steel, 0.8 * 0.8 * 2, 0.8, false, Zigzag((-pw / 2) + 4, (pw / 2) - 4, -3, 2.5, 6));
            k.Ellipse(Steel, 8, 0, (pw / 2) + 2, 3.2, 3.2);
            Ball(k, Organic, 0, headY, 9, 1.05);
            k.Rect(Steel, 0.8 * 6.35, -3.2, headY - 12, 6.4, 10);
            k.Ellipse(Organic, 18 * 1.05 * 0.7, 0, hubY, 16, 14);
            for (var leg = -1; leg <= 1; leg++)
            {
                var a = leg * spread;
                var (dx, dy) = (Math.Sin(a), Math.Cos(a));
                var sx = splayed ? leg * 8.0 : leg * ((2 * r) + 1);
                for (var i = 0; i < segments; i++)
                {
                    var along = 12 + (i * pitch);
                    Ball(k, Organic, sx + (dx * along), hubY + (dy * along), r, 0.6);
                }

                k.Ellipse(Organic, 8 * 1.1, sx + (dx * legL), hubY + (dy * legL), r + 1, r + 1);
            }

            return pen.Box;
        }

        /// <summary>
        /// Thumb phones in a travel hairdryer (packed with the visitor's washbag): a barrel 130–165 mm long and 58–70 mm across of
        /// polycarbonate (2 mm walls at about 1.15 g/cm³) with its intake grille and steel mesh, a small DC motor (a 0.5 mm steel can, its
        /// ferrite magnets counted as steel at 4.8 / 7.85, the copper armature) and polypropylene fan, the heater (mica sheets, counted as
        /// glass at 2.8 / 2.5, wound with resistance wire, counted as steel) inside a steel heat shield, the front grille; a concentrator
        /// nozzle on some; a folding handle 95–115 mm long (ABS, 2 mm walls) with its switch and the mains lead coiled with its plug (see
        /// <see cref="UMainsCable"/>). A thumb phone (see <see cref="ThumbHandset"/>) in cling film pushed into the handle beside its wires,
        /// or one or two in the barrel in place of the heater, which was taken out. The hairdryer is the host; the phones are the item.
        /// </summary>
        private PixelBox PhoneInHairdryer(double scale)
        {
            var bl = U(130, 165);
            var bd = U(58, 70);
            var hl = U(95, 115);
            var hw = U(30, 34);
            var folded = Chance(0.5);
            var nozzle = Chance(0.4);
            var inHandle = Chance(0.6);
            var n = inHandle || Chance(0.5) ? 1 : 2;
            var nz = nozzle ? 50.0 : 0;
            var hx = -bl * 0.1;
            var (hox, hoy, ha) = folded ? (hx, (bd / 2) + (hw / 2), Math.PI) : (hx, (bd / 2) - 2, Math.PI / 2);
            var end = Moved(hox, hoy, ha, hl, 0);
            var (cableX, cableY) = (end.X - 10, end.Y + 30);
            const double cr = 24;
            var pen = Lay(
                Math.Min((-bl / 2) - 2, Math.Min(end.X - 2, cableX - 32)),
                (-bd / 2) - 2,
                Math.Max((bl / 2) + nz + 2, cableX + (2 * cr) + 40),
                cableY + 60,
                scale);
            var k = new Turned(pen, 0, 0, 0);
            k.Tube(Organic, -bl / 2, -bd / 2, bl, bd, 2 * 1.15);
            ZDiscEdgeOn(k, Organic, (-bl / 2) + 1, 0, bd / 2, 2, 1.15 * 0.5);
            ZDiscEdgeOn(k, Steel, (-bl / 2) + 3, 0, (bd / 2) - 3, 0.3, 0.4);
            var mx = (-bl / 2) + 12;
            k.Tube(Steel, mx, -13.5, 32, 27, 0.5);
            k.Rect(Steel, 2 * 2.5 * 4.8 / 7.85, mx + 2, -12.5, 28, 25);
            k.Cylinder(Brass, mx + 5, -8, 22, 16, 0.25);
            k.Cylinder(Organic, mx + 34, (-bd / 2) + 6, 10, bd - 12, 0.5);
            var hx0 = mx + 48;
            var heatL = (bl / 2) - hx0 - 6;
            if (inHandle)
            {
                k.Rect(Glass, 0.4 * 2.8 / 2.5, hx0, (-bd / 2) + 8, heatL, bd - 16);
                k.Rect(Glass, (bd - 16) * 0.4 * 2.8 / 2.5 / 0.8, hx0, -0.4, heatL, 0.8);
                foreach (var y in new[] { -bd / 4, 0, bd / 4 })
                {
                    k.Line(Steel, 0.8 * 0.4 * 2, 0.4, false, Zigzag(hx0 + 2, hx0 + heatL - 2, y - 3, 1.6, 6));
                }

                k.Tube(Steel, hx0 - 2, (-bd / 2) + 4, heatL + 4, bd - 8, 0.3);
            }

            ZDiscEdgeOn(k, Organic, (bl / 2) - 1, 0, bd / 2, 2, 1.15 * 0.5);
            if (nozzle)
            {
                k.Poly(Organic, 2 * 1.5 * 1.15, (bl / 2, (-bd / 2) + 4), ((bl / 2) + 50, -8), ((bl / 2) + 50, 8), (bl / 2, (bd / 2) - 4));
            }

            var h = new Turned(pen, hox, hoy, ha);
            h.Rect(Organic, 2 * 2 * 1.05, 0, -hw / 2, hl, hw);
            h.Line(Organic, 26 * 2 * 1.05 / 2, 2, true, SCorners(1, (-hw / 2) + 1, hl - 2, hw - 2));
            h.Ellipse(Steel, 10, 4, 0, 2.5, 2.5);
            h.Rect(Brass, 0.8, hl * 0.3, -4, 14, 5);
            h.Rect(Organic, 4 * 1.05, (hl * 0.3) - 2, (hw / 2) - 4, 18, 4);
            h.Line(Organic, 0.8 * 4 * 1.4 * 0.6, 4, false, (6, inHandle ? 9 : 0), (hl, inHandle ? 9 : 0));
            h.Line(Brass, 2 * 0.8 * 0.98 * 0.8 / 2, 2, false, (6, inHandle ? 9 : 0), (hl, inHandle ? 9 : 0));
            k.Line(Organic, 0.8 * 6 * 1.4 * 0.6, 6, false, (end.X, end.Y), (cableX, cableY));
            UMainsCable(pen, cableX, cableY, cr, random.Next(2, 4), false);
            var pl = inHandle ? Math.Min(U(46, 72), hl - 24) : Math.Min(U(46, 60), heatL - 4);
            var pw = U(20, 24);
            var pd = U(11, 14);
            var at = inHandle ? Moved(hox, hoy, ha, (hl / 2) + 4, -2) : (X: hx0 + (heatL / 2), Y: 0.0);
            pen.Item(() =>
            {
                for (var i = 0; i < n; i++)
                {
                    var y = n == 1 ? 0 : (i == 0 ? (-pw / 2) - 1.5 : (pw / 2) + 1.5);
                    var q = inHandle ? new Turned(pen, at.X, at.Y, ha) : new Turned(pen, at.X, at.Y + y, Chance(0.5) ? 0 : Math.PI);
                    VFilmBag(q, (-pl / 2) - 1.5, (-pw / 2) - 1.5, pl + 3, pw + 3, 0.03, 0.92);
                    ThumbHandset(q, pl, pw, pd);
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// Thumb phones under the false floor of a musical jewellery box (a child's or a grandmother's, brought in as a present): a box of
        /// pine or MDF (6–8 mm walls at about 0.6 or 0.75 g/cm³) 150–185 × 100–125 mm and 65–85 mm deep, shut, its mirror (2 mm glass) in
        /// the lid, a velvet lining, a divider and at one end the wind-up movement (a zinc-alloy bed plate, a steel comb, a pinned brass
        /// cylinder, the spring barrel and governor) and its brass winding key under the base; a few pieces of costume jewellery (plated
        /// brass chains and rings) in the tray; under the tray's card-and-velvet floor one to three thumb phones (see
        /// <see cref="ThumbHandset"/>) in cling film. The box and all in it are the host; the phones are the item.
        /// </summary>
        private PixelBox PhoneInMusicBox(double scale)
        {
            var l = U(150, 185);
            var w = U(100, 125);
            var depth = U(65, 85);
            var wall = U(6, 8);
            var rho = Chance(0.5) ? 0.6 : 0.75;
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            RoundedRect(k, Organic, 2 * wall * rho, -l / 2, -w / 2, l, w, 4);
            k.Line(Organic, (depth - (2 * wall)) * rho, wall, true, RoundedOutline((-l / 2) + (wall / 2), (-w / 2) + (wall / 2), l - wall, w - wall, 3));
            var (ix0, iy0, ix1, iy1) = ((-l / 2) + wall, (-w / 2) + wall, (l / 2) - wall, (w / 2) - wall);
            k.Rect(Glass, 2, ix0 + 4, iy0 + 4, ix1 - ix0 - 8, iy1 - iy0 - 8);
            k.Rect(Organic, 2 * 1.5 * 0.3, ix0, iy0, ix1 - ix0, iy1 - iy0);
            const double mw = 45;
            var mx = ix1 - mw;
            k.Line(Organic, (depth - 20) * rho, 4, false, (mx, iy0), (mx, iy1));
            var m = new Turned(pen, mx + (mw / 2), 0, Math.PI / 2);
            m.Rect(ZincAlloy, 2.5, -30, -18, 60, 36);
            m.Rect(Steel, 0.8, -18, 2, 36, 14);
            m.Cylinder(Brass, -17, -14, 34, 14, 0.5);
            m.Ellipse(Steel, 6 * 0.8, 24, -8, 8, 8);
            m.Rect(Steel, 1.5, -27, -16, 6, 10);
            k.Rect(Brass, 2, mx + (mw / 2) - 4, -12, 8, 18);
            for (var i = random.Next(0, 4); i > 0; i--)
            {
                var (jx, jy) = (U(ix0 + 16, mx - 16), U(iy0 + 16, iy1 - 16));
                if (Chance(0.5))
                {
                    k.Ring(Brass, 0.8 * 1.5, 1.5, jx, jy, U(7, 10), U(7, 10));
                }
                else
                {
                    var chain = Enumerable.Range(0, 12).Select(j => (jx + (U(-1, 1) * 12) + (j * 2), jy + (U(-1, 1) * 12))).ToArray();
                    k.Line(Brass, 0.8 * 1.2 * 0.5, 1.2, false, chain);
                }
            }

            k.Rect(Organic, (2 * 0.7) + (1.5 * 0.3), ix0 + 1, iy0 + 1, mx - ix0 - 2, iy1 - iy0 - 2);
            var room = iy1 - iy0 - 4;
            var n = Math.Min(random.Next(1, 4), Math.Max(1, (int)(room / 31)));
            var pl = Math.Min(U(46, 72), mx - ix0 - 8);
            var pw = U(20, 24);
            var pd = U(11, 14);
            var x = U(ix0 + 4 + (pl / 2), mx - 4 - (pl / 2));
            pen.Item(() =>
            {
                for (var i = 0; i < n; i++)
                {
                    var y = iy0 + 2 + (pw / 2) + 2 + (i * (pw + 5));
                    var q = new Turned(pen, x + U(-2, 2), y, (Chance(0.5) ? 0 : Math.PI) + U(-0.03, 0.03));
                    VFilmBag(q, (-pl / 2) - 1.5, (-pw / 2) - 1.5, pl + 3, pw + 3, 0.03, 0.92);
                    ThumbHandset(q, pl, pw, pd);
                }
            });

            return pen.Box;
        }

        // ---- one each of the rest, and a second drug form ---------------------------------------

        /// <summary>
        /// Rifle cartridges in a stalker's leather cartridge wallet: .308 Winchester, .243 Winchester, .30-06 or 6.5 Creedmoor (brass cases,
        /// jacketed bullets; see <see cref="BottleneckRound"/>), three to twelve of them standing side by side in a row of 10 or 12 loops of
        /// elastic webbing (1.5 mm at about 1.1 g/cm³, stitched between the cartridges); the wallet of 2–3 mm leather (about 0.9) lined with
        /// 1 mm suede (about 0.6), its stitched edge folded over, lying open (its flap beside it) or shut (the flap over the cartridges), a
        /// brass press stud on the flap. The cartridges and their wallet are the item.
        /// </summary>
        private PixelBox CartridgeWallet(double scale)
        {
            var (caseL, body, shoulder, neckAt, neck, bulletOut, bd) = random.Next(4) switch
            {
                0 => (51.2, 11.9, 39.6, 43.4, 8.7, 19.9, 7.82),
                1 => (51.9, 11.9, 41.1, 45.2, 7.0, 16.9, 6.17),
                2 => (63.3, 11.9, 49.5, 53.6, 8.6, 21.5, 7.82),
                _ => (48.8, 11.9, 39.3, 42.0, 7.5, 23.0, 6.72),
            };
            var oal = caseL + bulletOut;
            var loops = Chance(0.5) ? 10 : 12;
            var pitch = U(14.5, 16);
            var pw = (loops * pitch) + 16;
            var ph = oal + U(18, 26);
            var open = Chance(0.55);
            var n = random.Next(3, loops + 1);
            var leather = U(2, 3);
            var pen = Lay((-pw / 2) - 1, (-ph / 2) - 1, (pw / 2) + 1, (open ? 1.5 * ph : ph / 2) + 1, scale);
            var k = new Turned(pen, 0, 0, 0);
            var layer = (leather * 0.9) + (1 * 0.6);
            var panel = RoundedOutline(-pw / 2, -ph / 2, pw, ph, 8);
            k.Poly(Organic, layer, panel);
            k.Line(Organic, 4 * leather * 0.9, 2, true, Shrunk(panel, 0, 0, 0.985, 0.97));
            if (open)
            {
                var flap = RoundedOutline(-pw / 2, ph / 2, pw, ph, 8);
                k.Poly(Organic, layer, flap);
                k.Line(Organic, 4 * leather * 0.9, 2, true, Shrunk(flap, 0, ph, 0.985, 0.97));
                k.Ellipse(Brass, 1.6, 0, (1.5 * ph) - 10, 6, 6);
            }
            else
            {
                k.Poly(Organic, layer, panel);
                k.Ellipse(Brass, 2 * 1.6, 0, (ph / 2) - 10, 6, 6);
            }

            var yc = (ph / 2) - 6 - (oal / 2);
            var band = yc + (oal / 2) - (shoulder * 0.85);
            k.Rect(Organic, 2 * 1.5 * 1.1, (-pw / 2) + 6, band, pw - 12, 22);
            for (var i = 0; i <= loops; i++)
            {
                var x = (-pw / 2) + 8 + (i * pitch);
                k.Line(Organic, 0.8 * 1 * 1.1 * 3, 1, false, (x, band), (x, band + 22));
            }

            foreach (var slot in Enumerable.Range(0, loops).OrderBy(_ => random.Next()).Take(n))
            {
                var x = (-pw / 2) + 8 + (pitch * (slot + 0.5));
                BottleneckRound(new Turned(pen, x, yc, -Math.PI / 2), caseL, body, shoulder, neckAt, neck, bulletOut, bd, Brass);
            }

            return pen.Box;
        }

        /// <summary>
        /// A SIM hidden in a child's toy bricks (brought for a visit's play area): 25–55 bricks of ABS (see <see cref="TwoBrick"/>) in a
        /// polypropylene storage tub 170–220 × 120–150 mm and 90–120 mm deep (1.2 mm walls at about 0.9, lid and base face-on, its walls
        /// edge-on round the rim) or in a grip-seal bag; one 2 × 4 brick with its tubes cut out and a nano SIM (see <see cref="SimChip"/>)
        /// glued into it with a dab of hot-melt glue (about 1.0 g/cm³). The tub and the bricks are the host; the SIM and its glue are the item.
        /// </summary>
        private PixelBox SimInToyBricks(double scale)
        {
            var tub = Chance(0.7);
            var tl = tub ? U(170, 220) : U(150, 190);
            var tw = tub ? U(120, 150) : U(110, 140);
            var pen = Lay((-tl / 2) - 2, (-tw / 2) - 2, (tl / 2) + 2, (tw / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            if (tub)
            {
                SheetBox(k, Organic, -tl / 2, -tw / 2, tl, tw, U(90, 120), 1.2, 0.9, 10);
            }
            else
            {
                VFilmBag(k, -tl / 2, -tw / 2, tl, tw, 0.08, 0.92);
            }

            (int X, int Y)[] kinds = [(4, 2), (4, 2), (2, 2), (3, 2), (4, 1), (2, 1), (1, 1), (6, 2)];
            var n = random.Next(25, 56);
            var simAt = random.Next(n);
            var (sx, sy, sa) = (0.0, 0.0, 0.0);
            for (var i = 0; i < n; i++)
            {
                var (nx, ny) = i == simAt ? (4, 2) : kinds[random.Next(kinds.Length)];
                var (bx, by, ba) = (U((-tl / 2) + 26, (tl / 2) - 26), U((-tw / 2) + 26, (tw / 2) - 26), U(0, 2 * Math.PI));
                TwoBrick(new Turned(pen, bx, by, ba), nx, ny, i != simAt);
                if (i == simAt)
                {
                    (sx, sy, sa) = (bx, by, ba);
                }
            }

            var turn = Chance(0.5) ? 0 : Math.PI;
            pen.Item(() =>
            {
                var s = new Turned(pen, sx, sy, sa + turn);
                SimChip(s, 12.3, 8.8);
                s.Ellipse(Organic, 1.5, U(-3, 3), U(-1, 1), 5, 3.5);
            });

            return pen.Box;
        }

        /// <summary>
        /// A marinade injector (the kitchen and barbecue kind): either a stainless one, a barrel 28–32 mm across and 95–110 mm long (0.6 mm
        /// walls) between threaded end caps, two finger rings and a thumb ring of 4 mm rod, a 6 mm plunger rod and a steel piston with its
        /// silicone rings; or a polypropylene one (22–26 mm, 80–90 mm, 1.5 mm walls) with a flange, a ribbed plunger, a rubber piston and a
        /// thumb press; a steel nozzle hub and one to three stainless needles 3.2–4 mm across (0.4 mm walls) and 95–150 mm long, one fitted
        /// or all loose beside it; a twisted-wire cleaning brush on some.
        /// </summary>
        private PixelBox MarinadeInjector(double scale)
        {
            var steel = Chance(0.6);
            var (bd, bl, wall) = steel ? (U(28, 32), U(95, 110), 0.6) : (U(22, 26), U(80, 90), 1.5);
            var needles = random.Next(1, 4);
            var nl = U(95, 150);
            var nd = U(3.2, 4);
            var at = U(5, bl - 10);
            var brush = Chance(0.35);
            var fitted = Chance(0.75);
            var loose = needles - (fitted ? 1 : 0);
            var back = at - bl - (steel ? 34 : 10);
            var front = bl + 12 + (fitted ? nl : 0);
            var side = (bd / 2) + (steel ? 22 : 9);
            var rowY = side + 6;
            var pen = Lay(back - 2, -side - 1, Math.Max(front, Math.Max(10 + nl, 126)) + 2, rowY + (loose * 9) + (brush ? 14 : 0) + 4, scale);
            var k = new Turned(pen, 0, 0, 0);
            if (steel)
            {
                k.Tube(Steel, 0, -bd / 2, bl, bd, wall);
                k.Rect(Steel, 0.8 * bd * 0.6, -4, (-bd / 2) - 1, 8, bd + 2);
                k.Rect(Steel, 0.8 * bd * 0.6, bl - 4, (-bd / 2) - 1, 8, bd + 2);
                foreach (var s in new[] { -1.0, 1.0 })
                {
                    k.Ring(Steel, 0.8 * 4, 4, -2, s * ((bd / 2) + 11), 9, 9);
                }

                k.Ring(Steel, 0.8 * 4, 4, at - bl - 22, 0, 10, 10);
                k.Cylinder(Steel, at - bl - 12, -3, bl + 12, 6);
                k.Rect(Steel, 0.8 * (bd - 2), at, (-bd / 2) + 1, 5, bd - 2);
                k.Rect(Silicone, 0.8 * (bd - 2), at + 5, (-bd / 2) + 1, 2, bd - 2);
            }
            else
            {
                k.Tube(Organic, 0, -bd / 2, bl, bd, wall * 0.9);
                k.Rect(Organic, 2 * 2 * 0.9, -2, (-bd / 2) - 8, 3, bd + 16);
                k.Rect(Organic, (bd - 3) * 0.45 * 0.9, at - bl - 4, -bd * 0.35, bl + 4, bd * 0.7);
                ZDiscEdgeOn(k, Organic, at - bl - 6, 0, 12, 3, 0.9);
                k.Rect(Organic, 0.8 * (bd - 3) * 1.1, at, (-bd / 2) + 1.5, 6, bd - 3);
            }

            k.Cylinder(Steel, bl, -5, 12, 10, 0.6);
            void Needle(double x, double y)
            {
                k.Tube(Steel, x, y - (nd / 2), nl - 6, nd, 0.4);
                k.Poly(Steel, 0.8 * nd * 0.5, (x + nl - 6, y - (nd / 2)), (x + nl, y), (x + nl - 6, y + (nd / 2)));
                k.Rect(Steel, 0.8 * (nd + 3), x - 2, y - (nd / 2) - 1.5, 6, nd + 3);
            }

            if (fitted)
            {
                Needle(bl + 12, 0);
            }

            for (var i = 0; i < loose; i++)
            {
                Needle(10, rowY + (i * 9));
            }

            if (brush)
            {
                var y = rowY + (loose * 9) + 6;
                k.Line(Steel, 0.8 * 0.6 * 2, 1.2, false, (0, y), (120, y));
                k.Rect(Organic, 6 * 0.3 * 1.14, 95, y - 4, 30, 8);
            }

            return pen.Box;
        }

        /// <summary>
        /// A cordless hair clipper (the Wahl, Remington and Philips kind sold in every chemist): a body 150–180 mm long, 40–48 mm wide and
        /// 36–44 mm deep of ABS (2 mm walls at about 1.05 g/cm³, edge-on round its rim), its blade set (a 2 mm stainless fixed blade 45 mm
        /// wide, a 1 mm moving blade, their spring and screws), a rotary motor (a 0.5 mm steel can, ferrite counted as steel at 4.8 / 7.85,
        /// the copper armature) and its steel cam, the board, switch and charging socket; powered by one lithium-ion cell, an 18650 or a
        /// 14500 (see <see cref="SCylCell"/>), with its nickel strips; two to eight polypropylene guide combs beside it on some. The cell is
        /// the item; the clipper and its combs hold it.
        /// </summary>
        private PixelBox CordlessHairClipper(double scale)
        {
            var l = U(150, 180);
            var w = U(40, 48);
            var depth = U(36, 44);
            var (cl, cd) = Chance(0.6) ? (65.0, 18.4) : (50.0, 14.0);
            var guards = Chance(0.6) ? random.Next(2, 9) : 0;
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 8, (w / 2) + (guards > 0 ? 64 : 2), scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] body =
            [
                ((-l / 2) + 6, -w * 0.4), ((l / 2) - 14, -w / 2), (l / 2, -w / 2), (l / 2, w / 2), ((l / 2) - 14, w / 2), ((-l / 2) + 6, w * 0.4),
                (-l / 2, w * 0.3), (-l / 2, -w * 0.3),
            ];
            k.Poly(Organic, 2 * 2 * 1.05, body);
            k.Line(Organic, depth * 2 * 1.05 / 2, 2, true, Shrunk(body, 0, 0, 0.985, 0.95));
            k.Rect(Steel, 2, (l / 2) - 6, (-w / 2) - 1, 12, w + 2);
            k.Rect(Steel, 1.0, (l / 2) - 4, (-w / 2) + 3, 8, w - 6);
            k.Rect(Steel, 0.5, (l / 2) - 16, -w * 0.3, 10, w * 0.6);
            k.Ellipse(Steel, 8, (l / 2) - 10, -w / 4, 1.5, 1.5);
            k.Ellipse(Steel, 8, (l / 2) - 10, w / 4, 1.5, 1.5);
            var mx = (l / 2) - 52;
            k.Tube(Steel, mx, -12, 32, 24, 0.5);
            k.Rect(Steel, 2 * 2 * 4.8 / 7.85, mx + 2, -11, 28, 22);
            k.Cylinder(Brass, mx + 5, -7, 22, 14, 0.25);
            k.Ellipse(Steel, 5, (l / 2) - 16, 2, 4, 4);
            var cellX = (-l / 2) + 10;
            var boardX = cellX + cl + 4;
            k.Rect(Mixed, 0.6, boardX, -w * 0.3, Math.Max(8, mx - boardX - 2), w * 0.6);
            k.Rect(Brass, 0.06, boardX, -w * 0.3, Math.Max(8, mx - boardX - 2), w * 0.6);
            k.Rect(Brass, 0.8, boardX + 4, (-w / 2) + 3, 12, 4);
            k.Rect(Steel, 0.9, (-l / 2) + 1, -4.5, 7, 9);
            pen.Item(() =>
            {
                SCylCell(k, cellX, 0, cl, cd);
                k.Rect(Steel, 0.15, cellX - 1.5, (-cd / 2) - 1, 1.2, cd + 2);
                k.Rect(Steel, 0.15, cellX + cl + 0.5, (-cd / 2) - 1, 1.2, cd + 2);
            });

            for (var i = 0; i < guards; i++)
            {
                var gx = (-l / 2) + 8 + ((i % 2) * 62) + U(-3, 3);
                var gy = (w / 2) + 10 + U(-2, 2);
                var gh = U(6, 25);
                RoundedRect(k, Organic, 2 * 1.2 * 0.9, gx, gy, 50, 46, 5);
                for (var t = 0; t < 11; t++)
                {
                    k.Rect(Organic, gh * 0.9, gx + 3 + (t * 4.3), gy + 8, 1.0, 36);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// A plumber's pipe cutter: either an adjustable tube cutter for 3–35 mm pipe (the Rothenberger and Monument kind): a die-cast
        /// zinc-alloy frame 100–115 mm long and 56–64 mm high (14–18 mm through, a solid jaw and rear block and two railed sides) with two
        /// hardened steel rollers (12 × 14 mm, seen end-on) on the jaw, a slide carrying the cutting wheel (an 18 × 3 mm hardened disc on
        /// its pin), the steel feed screw and a knob of zinc alloy or plastic holding the folding deburring blade; or an automatic cutter
        /// for 15 or 22 mm copper (an ABS ring 60–80 mm across with the pipe's hole, its spring-loaded wheel and two steel rollers).
        /// </summary>
        private PixelBox PipeCutter(double scale)
        {
            if (Chance(0.65))
            {
                var len = U(100, 115);
                var ht = U(56, 64);
                var t = U(14, 18);
                var opening = U(10, 35);
                var knob = U(38, 45);
                var pen = Lay(-2, (-ht / 2) - 2, len + knob + 2, (ht / 2) + 2, scale);
                var k = new Turned(pen, 0, 0, 0);
                k.Rect(ZincAlloy, t * 0.75, 0, -ht / 2, 22, ht);
                k.Rect(ZincAlloy, t * 0.6, 22, -ht / 2, len - 22, 10);
                k.Rect(ZincAlloy, t * 0.6, 22, (ht / 2) - 10, len - 22, 10);
                k.Rect(ZincAlloy, t * 0.75, len - 16, -ht / 2, 16, ht);
                foreach (var s in new[] { -1.0, 1.0 })
                {
                    k.Ellipse(Steel, 14 * 0.95, 14, s * 11, 6, 6);
                    k.Ellipse(Steel, t, 14, s * 11, 2, 2);
                }

                var sx = Math.Min(22 + 6 + opening, len - 48);
                k.Rect(ZincAlloy, t * 0.7, sx + 4, (-ht / 2) + 10, 22, ht - 20);
                k.Ellipse(Steel, 3.2, sx, 0, 9, 9);
                k.Ellipse(Steel, t, sx, 0, 2.5, 2.5);
                k.Cylinder(Steel, sx + 26, -5, len + knob - sx - 28, 10, 0.85);
                var zincKnob = Chance(0.5);
                k.Cylinder(zincKnob ? ZincAlloy : Organic, len, -15, knob, 30, zincKnob ? 0.6 : 1.05);
                k.Poly(Steel, 2, (len + 8, -6), (len + 30, -2), (len + 8, 4));
                return pen.Box;
            }

            var size = Chance(0.6) ? 15.0 : 22.0;
            var r = (size / 2) + U(22, 28);
            var dep = U(13, 16);
            var p2 = Lay(-r - 2, -r - 2, r + 2, r + 2, scale);
            var q = new Turned(p2, 0, 0, 0);
            var hy = r * 0.15;
            q.Poly(Organic, 2 * 2 * 1.05, WHoled(0, 0, r, 0, hy, (size / 2) + 1));
            q.Ring(Organic, dep * 2 * 1.05 / 2, 2, 0, 0, r - 1, r - 1);
            q.Ellipse(Steel, 3, 0, hy - (size / 2) - 8, 8, 8);
            q.Ellipse(Steel, dep * 0.8, 0, hy - (size / 2) - 8, 2, 2);
            q.Line(Steel, 0.8 * 1.0 * 2, 1, false, Zigzag(-10, 10, hy - (size / 2) - 20, 2, 4));
            q.Rect(Steel, 0.8 * 0.8 * 10 / 2, -12, hy - (size / 2) - 18, 24, 2);
            foreach (var s in new[] { -1.0, 1.0 })
            {
                q.Ellipse(Steel, dep * 0.8, s * size * 0.4, hy + (size / 2) + 5, 4, 4);
            }

            return p2.Box;
        }

        /// <summary>
        /// A fiasco of Chianti (the round-bottomed, straw-wrapped wine flask, 75 cl, sold in delicatessens and as a souvenir): a blown glass
        /// body 120–135 mm across (2.5–3.2 mm walls) and a long neck (30 mm across, 3.5 mm walls), 290–330 mm in all, lying on its side with
        /// wine (about 0.99 g/cm³) settled in it to 35–85 % of its depth and in the neck where it reaches; a natural cork (about 0.24) under
        /// a foil capsule; the lower two thirds of the body in its basket of woven straw (3 mm at about 0.35 g/cm³) or of PVC strips (0.8 mm
        /// at 1.35), its woven foot and its ties at the shoulder.
        /// </summary>
        private PixelBox ChiantiFiasco(double scale)
        {
            var bodyD = U(120, 135);
            var total = U(290, 330);
            var r = bodyD / 2;
            var wall = U(2.5, 3.2);
            var level = U(0.35, 0.85);
            var plastic = Chance(0.3);
            var pen = Lay((-total / 2) - 7, -r - 4, (total / 2) + 7, r + 4, scale);
            var k = new Turned(pen, 0, 0, Chance(0.5) ? 0 : Math.PI);
            var cx = (-total / 2) + r;
            HollowBall(k, Glass, cx, 0, r, wall);
            TwoSettledBall(k, Organic, cx, 0, r - wall, level, 0.99);
            var n0 = cx + (r * 0.8);
            var nl = (total / 2) - n0;
            k.Poly(Glass, 2 * wall * 1.5, (cx + (r * 0.7), -r * 0.6), (n0 + 12, -16), (n0 + 12, 16), (cx + (r * 0.7), r * 0.6));
            k.Tube(Glass, n0, -15, nl, 30, 3.5);
            var surface = -(r - wall) + (2 * (r - wall) * level);
            var neckLevel = Math.Clamp((surface + 11.5) / 23, 0, 1);
            if (neckLevel > 0.02)
            {
                LyingFill(k, Organic, n0, nl - 48, 23, neckLevel, 0.99);
            }

            k.Cylinder(Organic, (total / 2) - 44, -11.5, 42, 23, 0.24);
            k.Tube(Aluminium, (total / 2) - 42, -16, 42, 32, 0.1);
            var (density, strawT) = plastic ? (1.35, 0.8) : (0.35, 3.0);
            var a0 = Math.Acos(0.3);
            k.Poly(Organic, 2 * strawT * density, UArc(cx, 0, r + strawT, r + strawT, a0, (2 * Math.PI) - a0, 24));
            var rim = UArc(cx, 0, r + (strawT / 2), r + (strawT / 2), a0, (2 * Math.PI) - a0, 24);
            k.Line(Organic, 2 * Math.Sqrt(2 * r * strawT) * density, strawT, false, rim);
            k.Rect(Organic, r * 0.6 * density, cx - r - 6, -r * 0.55, 10, r * 1.1);
            k.Rect(Organic, 30 * 0.5 * density, n0 + 14, -17, 12, 34);
            return pen.Box;
        }

        /// <summary>
        /// Anabolic steroids (Class C), as bought from a gym contact or online: one to four multi-dose vials of oil (see <see cref="TwoVial"/>),
        /// lying or standing (a standing one's glass wall crossed along its height round its rim, the oil's depth under its stopper and
        /// crimp); three to five 2 ml glass ampoules in a row in their card tray on some; a tub of 40–100 tablets (polypropylene, 44 mm
        /// across and 55 mm tall, 1.2 mm walls, the tablets 6 mm across and 3.5 mm thick at about 1.3 g/cm³) on others; the vials in their
        /// card box (0.5 mm board at about 0.7) on some.
        /// </summary>
        private PixelBox SteroidVials(double scale)
        {
            var vials = random.Next(1, 5);
            var ampoules = Chance(0.35) ? random.Next(3, 6) : 0;
            var tablets = Chance(0.45);
            var boxed = Chance(0.3);
            const double w = 170;
            const double h = 110;
            var pen = Lay((-w / 2) - 2, (-h / 2) - 2, (w / 2) + 2, (h / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            if (boxed)
            {
                SheetBox(k, Organic, (-w / 2) + 2, (-h / 2) + 2, (vials * 34) + 8, 56, 28, 0.5, 0.7, 2);
            }

            for (var i = 0; i < vials; i++)
            {
                var big = Chance(0.7);
                var cx = (-w / 2) + 22 + (i * 34) + U(-3, 3);
                var cy = (-h / 2) + 30 + U(-3, 3);
                if (Chance(0.25))
                {
                    var (vr, vh, vw) = big ? (12.0, 50.0, 1.1) : (8.0, 35.0, 0.9);
                    var c = new Turned(pen, cx, cy, 0);
                    WStanding(c, Glass, vr, vh, vw, 2);
                    c.Ellipse(Organic, (vh - 12) * U(0.4, 1.0) * 0.92, 0, 0, vr - vw, vr - vw);
                    c.Ellipse(Organic, 6 * 1.3, 0, 0, vr * 0.56, vr * 0.56);
                    c.Ellipse(Aluminium, 0.4, 0, 0, vr * 0.7, vr * 0.7);
                    c.Ring(Aluminium, 7 * 0.2 / 0.6, 0.6, 0, 0, vr * 0.68, vr * 0.68);
                }
                else
                {
                    TwoVial(new Turned(pen, cx, cy, (Math.PI / 2) + U(-0.15, 0.15)), big, U(0.4, 1.0));
                }
            }

            if (ampoules > 0)
            {
                var tray = new Turned(pen, (-w / 2) + 8, (h / 2) - 36, 0);
                tray.Rect(Organic, 2 * 0.5 * 0.7, 0, -33, (ampoules * 14) + 6, 66);
                for (var j = 0; j < ampoules; j++)
                {
                    var a = new Turned(pen, (-w / 2) + 17 + (j * 14), (h / 2) - 36, -Math.PI / 2);
                    a.Tube(Glass, -31, -5.4, 42, 10.8, 0.5);
                    a.Poly(Glass, 2 * 0.5 * 1.5, (11, -5.4), (16, -2.5), (16, 2.5), (11, 5.4));
                    a.Tube(Glass, 16, -3, 15, 6, 0.5);
                    LyingFill(a, Organic, -30, 40, 9.8, U(0.6, 0.9), 0.92);
                }
            }

            if (tablets)
            {
                var t = new Turned(pen, (w / 2) - 30, (h / 2) - 30, 0);
                WStanding(t, Organic, 22, 55, 1.2 * 0.9, 2 * 1.5 * 0.9);
                for (var j = random.Next(40, 101); j > 0; j--)
                {
                    var rr = 18 * Math.Sqrt(U(0, 1));
                    var aa = U(0, 2 * Math.PI);
                    t.Ellipse(Organic, 3.5 * 1.3, rr * Math.Cos(aa), rr * Math.Sin(aa), 3, 3);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// Drugs hidden in a tub of vitamins (a visitor's supplements): an HDPE tub 60–80 mm across and 100–130 mm tall (1.2 mm walls at
        /// about 0.95 g/cm³, its screw lid of 2 mm polypropylene), standing (the beam down it) or lying on its side, half to four fifths full
        /// of tablets (about 1.4 g/cm³) or softgels (about 1.1) settled at about 55 % packing, with a sachet of silica gel (counted as glass
        /// at 0.7 / 2.5); buried among them a cling-filmed wrap of powder or pills (30–45 × 18–25 mm and 12–18 mm thick at 1.0–1.3), which
        /// the beam crosses in place of the tablets it pushed aside. The tub and the tablets are the host; the wrap is the item.
        /// </summary>
        private PixelBox DrugsInVitaminTub(double scale)
        {
            var r = U(30, 40);
            var ht = U(100, 130);
            var standing = Chance(0.35);
            var fill = U(0.5, 0.8);
            var rho = Chance(0.35) ? 1.1 : 1.4;
            var bulk = rho * 0.55;
            var wl = U(30, 45);
            var ww = U(18, 25);
            var wd = U(12, 18);
            var wrho = U(1.0, 1.3);
            Pen pen;
            Turned k;
            double wx;
            double wy;
            if (standing)
            {
                pen = Lay(-r - 2, -r - 2, r + 2, r + 2, scale);
                k = new Turned(pen, 0, 0, 0);
                WStanding(k, Organic, r, ht, 1.2 * 0.95, (1.5 * 0.95) + (2 * 0.9));
                k.Ellipse(Organic, (ht - 20) * fill * bulk, 0, 0, r - 1.2, r - 1.2);
                k.Rect(Glass, 2 * 3 * 0.7 / 2.5, U(-r * 0.5, 0), U(-r * 0.5, 0), 30, 20);
                var ra = U(0, 2 * Math.PI);
                var rr = U(0, r - 4 - (wl / 2));
                (wx, wy) = (rr * Math.Cos(ra), rr * Math.Sin(ra));
            }
            else
            {
                pen = Lay((-ht / 2) - 2, -r - 2, (ht / 2) + 2, r + 2, scale);
                k = new Turned(pen, 0, 0, 0);
                k.Tube(Organic, (-ht / 2) + 2, -r, ht - 16, 2 * r, 1.2 * 0.95);
                ZDiscEdgeOn(k, Organic, (-ht / 2) + 1, 0, r, 1.5, 0.95);
                k.Tube(Organic, (ht / 2) - 16, -r - 1, 16, (2 * r) + 2, 2 * 0.9);
                ZDiscEdgeOn(k, Organic, (ht / 2) - 1, 0, r + 1, 2, 0.9);
                SettledFill(k, Organic, (-ht / 2) + 2, ht - 18, (2 * r) - 2.4, fill, bulk);
                k.Rect(Glass, 2 * 3 * 0.7 / 2.5, U(-ht / 4, 0), U(-r * 0.5, 0), 30, 20);
                (wx, wy) = (U((-ht / 2) + 6 + (wl / 2), (ht / 2) - 20 - (wl / 2)), U(-r + 6 + (ww / 2), r - 6 - (ww / 2)));
            }

            var wa = U(0, 2 * Math.PI);
            pen.Item(() =>
            {
                var q = new Turned(pen, wx, wy, wa);
                Spheroid(q, Organic, 0, 0, wl / 2, ww / 2, wd, wrho - bulk);
                q.Ring(Organic, 0.6, 1, 0, 0, wl / 2, ww / 2);
                Spheroid(q, Organic, (wl / 2) + 2, 0, 3, 2.5, 4, 0.9);
            });

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>
        /// An electric baby-bottle warmer (the Tommee Tippee and Philips Avent kind, packed for a family visit): a polypropylene body 105–125
        /// mm across and 130–170 mm tall (2.2 mm walls at about 0.9 g/cm³, base and lid), inside it a 0.5 mm stainless well, an aluminium
        /// heater plate (3 mm) with its sheathed element, a bimetal thermostat in a steel cup and the board with its relay; standing (the
        /// beam down it) or on its side; its two-core mains lead coiled with its plug (see <see cref="UMainsCable"/>).
        /// </summary>
        private void BottleWarmer()
        {
            var r = U(52, 62);
            var h = U(130, 170);
            var standing = Chance(0.5);
            var pen = Place((standing ? r : h / 2) + 70);
            var k = new Turned(pen, 0, 0, 0);
            if (standing)
            {
                WStanding(k, Organic, r, h, 2.2 * 0.9, 2 * 2.2 * 0.9);
                WStanding(k, Steel, r - 14, h - 35, 0.5, 0.5);
                k.Ellipse(Aluminium, 3, 0, 0, 32, 32);
                k.Ring(Steel, 0.8 * 6 * 0.6, 6, 0, 0, 24, 24);
                k.Ellipse(Steel, 1.5, 12, -12, 8, 8);
                k.Rect(Mixed, 0.6, -r + 12, r * 0.25, 44, 22);
                k.Rect(Brass, 0.06, -r + 12, r * 0.25, 44, 22);
                k.Rect(Steel, 0.8 * 10 * 0.3, -r + 16, (r * 0.25) + 4, 14, 10);
                UMainsCable(pen, r + 6, 0, 24, random.Next(2, 4), false);
                return;
            }

            k.Tube(Organic, -h / 2, -r, h, 2 * r, 2.2 * 0.9);
            ZDiscEdgeOn(k, Organic, (-h / 2) + 1, 0, r, 2.2, 0.9);
            ZDiscEdgeOn(k, Organic, (h / 2) - 1, 0, r, 2.2, 0.9);
            k.Tube(Steel, (-h / 2) + 25, -(r - 14), h - 35, 2 * (r - 14), 0.5);
            ZDiscEdgeOn(k, Steel, (-h / 2) + 25, 0, r - 14, 0.5, 1);
            ZDiscEdgeOn(k, Aluminium, (-h / 2) + 18, 0, 32, 3, 1);
            k.Rect(Steel, 0.8 * 6 * 0.6 * 2, (-h / 2) + 12, -26, 6, 52);
            k.Rect(Mixed, 0.6 * 4, (-h / 2) + 4, -r + 10, 8, (2 * r) - 20);
            k.Rect(Steel, 0.8 * 10 * 0.3, (-h / 2) + 4, -10, 10, 14);
            UMainsCable(pen, -h / 2, r + 16, 24, random.Next(2, 4), false);
        }

        /// <summary>
        /// A Himalayan salt lamp (sold in gift and wellbeing shops): a rough block of rock salt (halite, 2.17 g/cm³, counted as glass) 150–220
        /// mm tall, 0.6–0.8 of that across and a little less through, hollowed from its base by a bore 40–50 mm across and 80–110 mm deep for
        /// the bulb, on a wooden base (mango or beech, 100–130 mm square and 20–30 mm thick, about 0.7 g/cm³); in the bore an E14 lamp holder
        /// (a brass shell in a polypropylene body) and a 15 W bulb (a 0.5 mm glass envelope, its steel and brass cap); lying on its side; its
        /// lead with an inline switch (brass contacts in a polypropylene case) and its plug (see <see cref="UMainsCable"/>).
        /// </summary>
        private void SaltLamp()
        {
            var h = U(150, 220);
            var w = h * U(0.6, 0.8);
            var depth = w * U(0.75, 0.95);
            var bore = U(40, 50);
            var boreL = Math.Min(U(80, 110), h * 0.6);
            var bs = U(100, 130);
            var bt = U(20, 30);
            var pen = Place((Math.Max(h, bs) / 2) + 70);
            var k = new Turned(pen, 0, 0, 0);
            const double salt = 2.17 / 2.5;
            var rock = TwoRock(0, 0, h / 2, w / 2, 16).Select(p => (Math.Max(p.X, (-h / 2) + 6), p.Y)).ToArray();
            RoundSection(k, Glass, rock, 0, 0, depth - bore, salt);
            k.Poly(Glass, bore * salt * 0.8, WithWindows(rock, ((-h / 2) + 4, -bore / 2, (-h / 2) + boreL, bore / 2)));
            k.Rect(Organic, bs * 0.7, (-h / 2) - bt + 2, -bs / 2, bt, bs);
            k.Tube(Brass, (-h / 2) + 4, -8, 24, 16, 0.3);
            k.Tube(Organic, (-h / 2) + 2, -13, 28, 26, 2 * 0.9);
            k.Tube(Glass, (-h / 2) + 28, -12.5, 40, 25, 0.5);
            k.Rect(Steel, 0.8 * 1.5, (-h / 2) + 40, -6, 12, 12);
            foreach (var y in new[] { (-bs / 2) + 12, (bs / 2) - 12 })
            {
                k.Rect(Steel, 0.8 * 4, (-h / 2) - bt + 2, y - 2, bt + 10, 4);
            }

            var sw = new Turned(pen, (-h / 2) - bt - 50, U(-30, 30), U(-0.5, 0.5));
            RoundedRect(sw, Organic, 2 * 1.5 * 0.9, -25, -12, 50, 24, 5);
            sw.Rect(Brass, 0.8, -10, -3, 20, 6);
            UMainsCable(pen, (-h / 2) - bt - 20, (bs / 2) + 10, 24, random.Next(2, 4), false);
        }

        /// <summary>
        /// A wind-up kitchen timer (the 60-minute clockwork kind): a chromed steel case 65–75 mm across and 45–58 mm tall (0.45 mm shell and a
        /// 0.6 mm base) or an ABS one (2 mm walls), its numbered dial ring; inside, the movement between two 1 mm steel plates, brass wheels,
        /// a mainspring (an 8 mm strip of 0.3 mm steel wound in a coil), and a 40 mm steel bell (0.8 mm) with its hammer; standing (the beam
        /// down it) or lying on its side.
        /// </summary>
        private void KitchenTimer()
        {
            var r = U(32.5, 37.5);
            var h = U(45, 58);
            var steel = Chance(0.6);
            var pen = Place(r + 30);
            var k = new Turned(pen, 0, 0, 0);
            if (Chance(0.65))
            {
                if (steel)
                {
                    WStanding(k, Steel, r, h, 0.45, 0.45 + 0.6);
                }
                else
                {
                    WStanding(k, Organic, r, h, 2 * 1.05, 2 * 2 * 1.05);
                }

                k.Ring(Organic, 6 * 1.05, 10, 0, 0, r - 6, r - 6);
                k.Ellipse(Steel, 2 * 1.0, 0, 0, r * 0.6, r * 0.6);
                for (var i = random.Next(3, 6); i > 0; i--)
                {
                    var g = U(4, 10);
                    k.Ellipse(Brass, 1.0, U(-r * 0.3, r * 0.3), U(-r * 0.3, r * 0.3), g, g);
                }

                k.Ring(Steel, 8 * 0.85, 6, U(-4, 4), U(-4, 4), 7, 7);
                k.Ellipse(Steel, 2 * 0.8, 0, 0, 20, 20);
                k.Ring(Steel, 6 * 0.8, 1, 0, 0, 19.5, 19.5);
                k.Rect(Steel, 0.8 * 2, 8, -2, 14, 3);
                return;
            }

            if (steel)
            {
                k.Tube(Steel, -h / 2, -r, h, 2 * r, 0.45);
                ZDiscEdgeOn(k, Steel, (h / 2) - 0.3, 0, r, 0.6, 1);
            }
            else
            {
                k.Tube(Organic, -h / 2, -r, h, 2 * r, 2 * 1.05);
                ZDiscEdgeOn(k, Organic, (h / 2) - 1, 0, r, 2, 1.05);
            }

            ZDiscEdgeOn(k, Organic, (-h / 2) + 4, 0, r - 4, 8, 1.05);
            k.Rect(Steel, 2 * r * 0.6 * 1.0 / 1.0 * 0.8, -4, -r * 0.6, 1.0, r * 1.2);
            k.Rect(Steel, 2 * r * 0.6 * 1.0 / 1.0 * 0.8, 10, -r * 0.6, 1.0, r * 1.2);
            k.Rect(Brass, 12 * 0.8, -2, -r * 0.3, 11, r * 0.6);
            k.Rect(Steel, 2 * 20 * 0.8 / 1.5, 14, -20, 1.5, 40);
            k.Rect(Steel, 0.8 * 2, (h / 2) - 14, -2, 10, 3);
        }

        /// <summary>
        /// A tea infuser: either a mesh ball (two hinged hemispheres 44–56 mm across of woven 0.2 mm stainless wire, about 0.12 mm of steel
        /// each way through the mesh, a 1 mm rim band 5 mm wide) on a 100–140 mm ball chain (2.4 mm balls) with its hook, a silicone drip
        /// tray on some; or spring tongs (two 1.2 mm stainless strips 150–170 mm long, their perforated cups 40 mm across at the ends).
        /// </summary>
        private void TeaInfuser()
        {
            var pen = Place(95);
            var k = new Turned(pen, 0, 0, 0);
            if (Chance(0.6))
            {
                var r = U(22, 28);
                HollowBall(k, Steel, 0, 0, r, 0.12);
                if (Chance(0.5))
                {
                    k.Ring(Steel, 5, 1, 0, 0, r, r);
                }
                else
                {
                    k.Rect(Steel, 2 * r * 0.8 * 1.0 / 1.2, -0.6, -r, 1.2, 2 * r);
                    k.Rect(Steel, 2 * 0.8 * 5, -3, -r - 2, 6, 4);
                }

                var cl = U(100, 140);
                var a = U(0, 2 * Math.PI);
                var chain = Enumerable.Range(0, 9).Select(i => i / 8.0)
                    .Select(f => (R: r + (cl * f), A: a + (0.3 * Math.Sin(f * 3))))
                    .Select(p => (p.R * Math.Cos(p.A), p.R * Math.Sin(p.A))).ToArray();
                k.Line(Steel, 0.8 * 2.4 * 0.6, 2.4, false, chain);
                var (ex, ey) = chain[^1];
                k.Line(Steel, 0.8 * 1.5, 1.5, false, UArc(ex, ey + 8, 8, 8, -Math.PI / 2, Math.PI, 8));
                if (Chance(0.3))
                {
                    k.Ellipse(Silicone, 2 * 1.2, U(-20, 20), r + 40, 30, 30);
                }

                return;
            }

            var len = U(150, 170);
            foreach (var s in new[] { -1.0, 1.0 })
            {
                k.Poly(Steel, 1.2, (-len / 2, s * 4), ((len / 2) - 40, s * 9), ((len / 2) - 40, s * 17), (-len / 2, s * 12));
            }

            k.Line(Steel, 0.8 * 1.2 * 8 / 2, 2, false, UArc(-len / 2, 0, 10, 8, Math.PI / 2, 3 * Math.PI / 2, 8));
            k.Ellipse(Steel, 2 * 0.6 * 0.7, (len / 2) - 20, 0, 20, 20);
            k.Ring(Steel, 12 * 0.6, 1.5, (len / 2) - 20, 0, 19.5, 19.5);
        }

        /// <summary>
        /// A balloon whisk: eight to twelve loops of 1.6–2 mm stainless wire 250–310 mm long overall and 70–90 mm across at the balloon,
        /// each loop lying in its own plane about the whisk's axis (so seen from above its width is foreshortened), gathered into a handle
        /// 110–130 mm long: a stainless tube (22–25 mm, 0.5 mm walls) with its end cap, or a moulded silicone or polypropylene grip (about
        /// 1.1 g/cm³) round the wires.
        /// </summary>
        private void BalloonWhisk()
        {
            var l = U(250, 310);
            var hl = U(110, 130);
            var d = U(1.6, 2.0);
            var bw = U(70, 90);
            var loops = random.Next(4, 7);
            var pen = Place((l / 2) + 10);
            var k = new Turned(pen, 0, 0, 0);
            var x0 = (-l / 2) + hl - 15;
            var x1 = l / 2;
            for (var j = 0; j < loops; j++)
            {
                var c = Math.Cos((Math.PI * j / loops) + U(-0.1, 0.1));
                double Half(double u) => bw / 2 * c * Math.Sin(Math.PI * Math.Pow(u, 1.94));
                var outward = Enumerable.Range(0, 17).Select(i => i / 16.0).Select(u => (x0 + ((x1 - x0) * u), Half(u)));
                var back = Enumerable.Range(0, 17).Select(i => (16 - i) / 16.0).Select(u => (x0 + ((x1 - x0) * u), -Half(u)));
                k.Line(Steel, 0.8 * d, d, false, [.. outward, .. back]);
            }

            k.Rect(Steel, 0.8 * d * loops, -l / 2, -3, hl - 10, 6);
            var hd = U(22, 25);
            if (Chance(0.5))
            {
                k.Tube(Steel, -l / 2, -hd / 2, hl, hd, 0.5);
                ZDiscEdgeOn(k, Steel, (-l / 2) + 0.5, 0, hd / 2, 1, 0.6);
            }
            else
            {
                k.Cylinder(Organic, -l / 2, -hd / 2, hl, hd, 1.1);
            }
        }

        /// <summary>
        /// A set of jacks (knucklebones): six to twelve six-armed jacks of zinc alloy or steel (arms 11–13 mm from the centre, 2.5–3.5 mm
        /// across, knobbed at their ends), each lying at a chance tilt (an arm toward the beam shows short and dense), and a solid rubber
        /// ball 24–32 mm across (about 1.1 g/cm³); in a cotton drawstring pouch (two layers of 0.5 mm at about 0.6) on most.
        /// </summary>
        private void Jacks()
        {
            var n = random.Next(6, 13);
            var zinc = Chance(0.6);
            var m = zinc ? ZincAlloy : Steel;
            var pen = Place(70);
            var k = new Turned(pen, 0, 0, 0);
            if (Chance(0.65))
            {
                RoundedRect(k, Organic, 2 * 0.5 * 0.6, -50, -60, 100, 120, 15);
                k.Line(Organic, 0.8 * 3 * 1.14, 3, false, (-40, -56), (40, -56));
            }

            for (var i = 0; i < n; i++)
            {
                var (cx, cy) = (U(-38, 38), U(-48, 48));
                var arm = U(11, 13);
                var ad = U(2.5, 3.5);
                // A random rotation (a random unit quaternion): its three axes are the jack's three arm directions.
                var (u1, u2, u3) = (U(0, 1), U(0, 1), U(0, 1));
                var (qa, qb) = (Math.Sqrt(1 - u1), Math.Sqrt(u1));
                var (qw, qx) = (qa * Math.Sin(2 * Math.PI * u2), qa * Math.Cos(2 * Math.PI * u2));
                var (qy, qz) = (qb * Math.Sin(2 * Math.PI * u3), qb * Math.Cos(2 * Math.PI * u3));
                (double X, double Y)[] axes =
                [
                    (1 - (2 * ((qy * qy) + (qz * qz))), 2 * ((qx * qy) + (qz * qw))),
                    (2 * ((qx * qy) - (qz * qw)), 1 - (2 * ((qx * qx) + (qz * qz)))),
                    (2 * ((qx * qz) + (qy * qw)), 2 * ((qy * qz) - (qx * qw))),
                ];
                foreach (var (ax, ay) in axes)
                {
                    var s = Math.Sqrt((ax * ax) + (ay * ay));
                    var t = Math.Min(2 * arm, 0.8 * ad / Math.Max(s, 0.25));
                    foreach (var sign in new[] { -1.0, 1.0 })
                    {
                        var (px, py) = (cx + (sign * arm * ax), cy + (sign * arm * ay));
                        k.Line(m, t, ad, false, (cx, cy), (px, py));
                        Ball(k, m, px, py, 2, 1);
                    }
                }
            }

            Ball(k, Organic, U(-30, 30), U(-40, 40), U(12, 16), 1.1);
        }

        /// <summary>
        /// A toddler's stacking cups: six to ten polypropylene cups (1.3 mm walls at about 0.9 g/cm³) from 44–52 mm across up in steps of
        /// 7–9 mm, each about 0.8 as tall as it is wide, nested one in another; standing on their bases (the beam down them: each base
        /// face-on and each wall crossed along its height round its rim) or lying on their sides (each wall twice and its base edge-on).
        /// </summary>
        private void StackingCups()
        {
            var n = random.Next(6, 11);
            var r0 = U(22, 26);
            var dr = U(3.5, 4.5);
            var rn = r0 + ((n - 1) * dr);
            var standing = Chance(0.5);
            var pen = Place(standing ? rn + 5 : (rn * 1.6 / 2) + 10);
            var k = new Turned(pen, 0, 0, 0);
            for (var i = 0; i < n; i++)
            {
                var r = r0 + (i * dr);
                var h = r * 1.6;
                if (standing)
                {
                    WStanding(k, Organic, r, h, 1.3 * 0.9, 1.3 * 0.9);
                }
                else
                {
                    var xb = (-rn * 0.8) + ((n - 1 - i) * 2.6);
                    k.Tube(Organic, xb, -r, h, 2 * r, 1.3 * 0.9);
                    ZDiscEdgeOn(k, Organic, xb + 0.65, 0, r, 1.3, 0.9);
                }
            }
        }

        /// <summary>
        /// Toy dinosaurs: three to seven figures 90–180 mm long, solid PVC (about 1.35 g/cm³, their bodies about a quarter of their length
        /// through) or hollow vinyl (1.5 mm walls at about 1.3): a body, a neck and head or a big head, a tapering tail and two or four
        /// legs, lying on their sides at any angle; in a polyester mesh bag on some.
        /// </summary>
        private void ToyDinosaurs()
        {
            var pen = Place(130);
            var k = new Turned(pen, 0, 0, 0);
            if (Chance(0.35))
            {
                VFilmBag(k, -120, -100, 240, 200, 0.15, 0.5);
            }

            for (var i = random.Next(3, 8); i > 0; i--)
            {
                var l = U(90, 180);
                var solid = Chance(0.6);
                var d = new Turned(pen, U(-70, 70), U(-55, 55), U(0, 2 * Math.PI));
                var (rx, ry) = (l * 0.28, l * 0.14);
                var longNeck = Chance(0.5);
                (double X, double Y)[] neck = longNeck
                    ? [(rx * 0.8, -ry * 0.3), (l * 0.38, -ry * 1.2), (l * 0.46, -ry * 1.8)]
                    : [(rx * 0.8, -ry * 0.2), (l * 0.36, -ry * 0.5)];
                (double X, double Y)[] tail = [(-rx * 0.8, 0), (-l * 0.42, ry * 0.2), (-l * 0.55, ry * 0.1)];
                var legs = longNeck || Chance(0.5) ? 4 : 2;
                var bodyOutline = TwoRock(0, 0, rx, ry, 14);
                if (solid)
                {
                    Spheroid(d, Organic, 0, 0, rx, ry, l * 0.25, 1.35);
                    d.Line(Organic, 0.8 * l * 0.08 * 1.35, l * 0.08, false, neck);
                    d.Line(Organic, 0.8 * l * 0.06 * 1.35, l * 0.06, false, tail);
                    Spheroid(d, Organic, neck[^1].X, neck[^1].Y, l * (longNeck ? 0.06 : 0.11), l * (longNeck ? 0.04 : 0.08), l * 0.08, 1.35);
                }
                else
                {
                    d.Poly(Organic, 2 * 1.5 * 1.3, bodyOutline);
                    d.Line(Organic, 6 * 1.5 * 1.3, 1.5, true, bodyOutline);
                    d.Line(Organic, 2 * 1.5 * 1.3 * 1.5, l * 0.08, false, neck);
                    d.Line(Organic, 2 * 1.5 * 1.3 * 1.5, l * 0.06, false, tail);
                    d.Ellipse(Organic, 2 * 1.5 * 1.3, neck[^1].X, neck[^1].Y, l * (longNeck ? 0.06 : 0.11), l * (longNeck ? 0.04 : 0.08));
                }

                for (var j = 0; j < legs; j++)
                {
                    var lx = legs == 4 ? (-rx * 0.6) + (j * rx * 0.4) : (-rx * 0.2) + (j * rx * 0.4);
                    d.Rect(Organic, (solid ? 0.8 * l * 0.06 : 2 * 1.5 * 1.5) * 1.35, lx, ry * 0.5, l * 0.06, l * 0.16);
                }
            }
        }
    }
}
