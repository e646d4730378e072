namespace Screening.Devices.Xray;

// Variant set 3 (held out after set 2): threat shapes and clutter kinds that none of A to Z, R, 1 and 2 draws. About two thirds are
// the ordinary forms a prison gate meets, in kinds, models, sizes and materials no set drew (what a kitchen drawer, a forager's or a
// sailor's pocket, a contractor's and a security guard's kit hold, what collectors and reactivators sell, what is sold over the
// counter and online); the rest are hidden in or packed with something innocent, built into something, or made in a cell, as things
// are smuggled into prisons. Each is written from what the real thing measures and is made of, by someone who read neither the
// analyser nor any x-ray figures. Thicknesses follow the rest of the scene: roughly the millimetres of that material the beam crosses
// where the part lies flat (a round bar of diameter d counts as about 0.8 d, a hollow part as its two walls, a sheet or wall seen
// edge-on as the depth the beam runs along it, shared out over the width of the line it is drawn as); a material lighter or heavier
// than water counts its thickness times its density; foams, fibres, bristles and loose fills count at their packed density; nickel
// silver counts as brass, magnesium as aluminium at 1.74 / 2.7, ferrite as steel at 4.8 / 7.85, G10 (glass-epoxy) as half glass and
// half plastic by mass, stoneware, sand and plaster as glass by their density over glass's 2.5 g/cm³.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        /// <summary>Draws one of set 3's threat shapes; null for a shape that is not set 3's.</summary>
        private PixelBox? DrawSet3Threat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.MushroomKnife => MushroomKnife(scale),
            ThreatShape.RiggingKnife => RiggingKnife(scale),
            ThreatShape.SteelHandleChefKnife => SteelHandleChefKnife(scale),
            ThreatShape.KnifeInFoilRoll => KnifeInFoilRoll(scale),
            ThreatShape.MirrorShiv => MirrorShiv(scale),
            ThreatShape.SqueezeCockerPistol => SqueezeCockerPistol(scale),
            ThreatShape.StunBaton => StunBaton(scale),
            ThreatShape.PepperGelLauncher => PepperGelLauncher(scale),
            ThreatShape.StenGun => StenGun(scale),
            ThreatShape.PistolInHandbag => PistolInHandbag(scale),
            ThreatShape.HandheldTerminalPhone => HandheldTerminalPhone(scale),
            ThreatShape.PocRadioPhone => PocRadioPhone(scale),
            ThreatShape.ZoomLensPhone => ZoomLensPhone(scale),
            ThreatShape.PhoneInMugGiftBox => PhoneInMugGiftBox(scale),
            ThreatShape.PhoneInToyTruck => PhoneInToyTruck(scale),
            ThreatShape.GardenGunCartridges => GardenGunCartridges(scale),
            ThreatShape.SimInPhotoKeyring => SimInPhotoKeyring(scale),
            ThreatShape.IvCannulaPack => IvCannulaPack(scale),
            ThreatShape.LightedMakeupMirror => LightedMakeupMirror(scale),
            ThreatShape.CordedDrill => CordedDrill(scale),
            ThreatShape.MoonshineJar => MoonshineJar(scale),
            ThreatShape.CannabisTincture => CannabisTincture(scale),
            ThreatShape.DrugsInFlipFlops => DrugsInFlipFlops(scale),
            _ => null,
        };

        /// <summary>Draws one of set 3's clutter kinds; false for a kind that is not set 3's.</summary>
        private bool DrawSet3Clutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.ExtensionLead:
                    ExtensionLead();
                    return true;
                case ClutterKind.HotAirBrush:
                    HotAirBrush();
                    return true;
                case ClutterKind.ToyPhone:
                    ToyPhone();
                    return true;
                case ClutterKind.FluteInCase:
                    FluteInCase();
                    return true;
                case ClutterKind.BrassCandlesticks:
                    BrassCandlesticks();
                    return true;
                case ClutterKind.PetanqueBoules:
                    PetanqueBoules();
                    return true;
                case ClutterKind.WatercolourTin:
                    WatercolourTin();
                    return true;
                case ClutterKind.JigsawPuzzle:
                    JigsawPuzzle();
                    return true;
                default:
                    return false;
            }
        }

        // ---- shared parts ---------------------------------------------------------------------

        /// <summary>
        /// A small permanent-magnet DC motor lying along its part's x from <paramref name="x"/>, centred on <paramref name="y"/>: its
        /// 0.4 mm steel can <paramref name="l"/> long and <paramref name="d"/> across, two ferrite magnets inside it (2.5 mm, counted as
        /// steel at 4.8 / 7.85), the laminated armature and its copper windings, the brass commutator and the steel shaft.
        /// </summary>
        private static void ThreeCanMotor(Turned p, double x, double y, double l, double d)
        {
            p.Tube(Steel, x, y - (d / 2), l, d, 0.4);
            p.Rect(Steel, 2 * 2.5 * 4.8 / 7.85, x + 2, y - (d / 2) + 1, l - 4, d - 2);
            p.Cylinder(Steel, x + 4, y - (d * 0.3), l * 0.55, d * 0.6, 0.5);
            p.Cylinder(Brass, x + 3, y - (d * 0.32), l * 0.6, d * 0.64, 0.2);
            p.Cylinder(Brass, x + (l * 0.68), y - (d * 0.15), l * 0.15, d * 0.3, 0.6);
            p.Rect(Steel, 0.8 * 2.3, x - 8, y - 1.15, l + 16, 2.3);
        }

        /// <summary>
        /// A round vessel with thick walls standing with the beam down its axis, centred on its part's origin: its base (and lid) face-on,
        /// <paramref name="ends"/> mm of <paramref name="m"/> together, and its wall, <paramref name="wall"/> mm thick, crossed along all
        /// of its height <paramref name="h"/> over the wall's own width (a mug, a jar, a bottle).
        /// </summary>
        private static void ThreeStanding(Turned c, Material m, double r, double h, double wall, double ends)
        {
            c.Ellipse(m, ends, 0, 0, r, r);
            c.Ring(m, h - ends, wall, 0, 0, r - (wall / 2), r - (wall / 2));
        }

        /// <summary>
        /// A 9 mm rimfire shot cartridge (the garden-gun cartridge) standing on its head, centred at (<paramref name="cx"/>,
        /// <paramref name="cy"/>), the beam down its length: its 11 mm rim and 9.5 mm drawn-brass case (0.28 mm walls, crossed along
        /// their 28.8 mm), the card wads, a column of <paramref name="shotGrams"/> of lead shot (about 62 % of the column) and the
        /// rolled crimp over it.
        /// </summary>
        private static void ThreeRimfireEndOn(Turned part, double cx, double cy, double shotGrams)
        {
            const double d = 9.5;
            const double rim = 11.0;
            const double caseL = 28.8;
            var bore = (d / 2) - 0.28;
            var column = shotGrams / 11.34 * 1000 / 0.62 / (Math.PI * bore * bore);
            part.Ellipse(Brass, 0.8 * 1.0, cx, cy, rim / 2, rim / 2);
            part.Ellipse(Brass, 1.2, cx, cy, d / 2, d / 2);
            part.Ring(Brass, (caseL - 2.2) * 0.28 / 0.6, 0.6, cx, cy, (d / 2) - 0.3, (d / 2) - 0.3);
            part.Ellipse(Organic, (2 * 1.5 * 0.7) + 1.5, cx, cy, bore, bore);
            part.Ellipse(Lead, column * 0.62, cx, cy, bore, bore);
            part.Ring(Brass, 3 * 0.28 / 0.6, 1.2, cx, cy, bore - 0.8, bore - 0.8);
        }

        /// <summary>
        /// A 9 mm rimfire shot cartridge lying on its side, centred on its part's origin with its crimp toward +x: the rim and head,
        /// the drawn-brass case (see <see cref="ThreeRimfireEndOn"/>), the powder and base wad, the shot column and the over-shot card
        /// under the rolled crimp.
        /// </summary>
        private static void ThreeRimfireSide(Turned c, double shotGrams)
        {
            const double d = 9.5;
            const double rim = 11.0;
            const double caseL = 28.8;
            var bore = (d / 2) - 0.28;
            var column = Math.Min(caseL - 8, shotGrams / 11.34 * 1000 / 0.62 / (Math.PI * bore * bore));
            var x = -caseL / 2;
            c.Rect(Brass, 0.8 * rim, x, -rim / 2, 1.0, rim);
            c.Rect(Brass, 0.6 * d, x + 1, -d / 2, 1.2, d);
            c.Tube(Brass, x + 2.2, -d / 2, caseL - 2.2, d, 0.28);
            c.Cylinder(Organic, x + 2.2, -bore, 3, 2 * bore, 0.8);
            c.Cylinder(Lead, x + caseL - column - 2.5, -bore, column, 2 * bore, 0.62);
            c.Cylinder(Organic, x + caseL - 2.5, -bore, 1, 2 * bore, 0.7);
            c.Poly(Brass, 4 * 0.28, (x + caseL - 1.5, -bore), (x + caseL, -bore + 1.5), (x + caseL, bore - 1.5), (x + caseL - 1.5, bore));
        }

        /// <summary>
        /// A peripheral intravenous cannula along its part's x from the origin, its tip toward +x: the needle grip and flash chamber
        /// (a 7 mm polycarbonate tube 22 mm long, 1 mm walls at about 1.2 g/cm³) and its vented plug, the catheter hub (8 mm, 1.2 mm
        /// walls) with its two wings and the injection port standing up from it (seen down its 8 mm), a stainless needle of
        /// <paramref name="od"/> mm and <paramref name="nl"/> mm out of the hub inside its PTFE or polyurethane catheter (0.15 mm
        /// walls at about 1.6), and the polypropylene cap over the needle.
        /// </summary>
        private static void ThreeCannula(Turned c, double od, double nl)
        {
            c.Tube(Organic, 0, -3.5, 22, 7, 1.0 * 1.2);
            c.Rect(Organic, 0.8 * 6 * 0.95, -4, -3, 4, 6);
            c.Tube(Organic, 22, -4, 20, 8, 1.2 * 0.9);
            c.Poly(Organic, 2 * 0.9, (26, -4), (30, -13), (38, -13), (40, -4));
            c.Poly(Organic, 2 * 0.9, (26, 4), (30, 13), (38, 13), (40, 4));
            c.Ring(Organic, 8 * 1.2 * 0.9, 1.2, 31, 0, 3.5, 3.5);
            c.Line(Steel, TMeanWall(od, od * 0.72), od, false, (8, 0), (42 + nl, 0));
            c.Line(Organic, TMeanWall(od + 0.3, od) * 1.6, od + 0.3, false, (42, 0), (42 + nl - 1.5, 0));
            c.Tube(Organic, 40, -(od / 2) - 3, nl + 10, od + 6, 0.8 * 0.9);
            c.Rect(Organic, 0.8 * (od + 6) * 0.9, 49 + nl, -(od / 2) - 3, 1.5, od + 6);
        }

        /// <summary>
        /// The outline of a flip-flop's sole <paramref name="l"/> mm long and <paramref name="w"/> wide at the ball of the foot,
        /// centred on its part's origin with the toe toward +x: a rounded heel, the waist of the arch, the ball and a toe curving to
        /// the big toe's side (+y for a right foot, <paramref name="side"/> = 1, −y for a left).
        /// </summary>
        private static (double X, double Y)[] ThreeSole(double l, double w, double side, double upTo = 1)
        {
            ReadOnlySpan<double> fs = [0, 0.03, 0.1, 0.2, 0.35, 0.5, 0.65, 0.75, 0.85, 0.93, 0.98, 1.0];
            ReadOnlySpan<double> gs = [0.25, 0.55, 0.72, 0.74, 0.66, 0.7, 0.92, 1.0, 0.95, 0.78, 0.5, 0.15];
            var top = new List<(double X, double Y)>();
            var bottom = new List<(double X, double Y)>();
            for (var i = 0; i < fs.Length && fs[i] <= upTo + 1e-9; i++)
            {
                var x = (-l / 2) + (fs[i] * l);
                var c = side * w * 0.07 * fs[i];
                top.Add((x, c - (gs[i] * w / 2)));
                bottom.Add((x, c + (gs[i] * w / 2)));
            }

            bottom.Reverse();
            return [.. top, .. bottom];
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// A folding mushroom knife (the Opinel and the foragers' kind sold in cook shops and garden centres): a hooked stainless blade
        /// 60–75 mm long and 16–20 mm deep at its heel, 1.5–2 mm at the spine and flat ground, its spine and edge both curving down to
        /// the point; either a beech or oak handle (about 0.7 g/cm³) 105–115 mm long, 20–24 mm high and 16–19 mm thick, slotted for the
        /// blade, with a stainless locking collar (1 mm, 11 mm wide) at its head, or a polypropylene one (about 0.9) over two 0.8 mm
        /// steel liners and a back spring; at the handle's end a brush of boar or nylon bristle 20–28 mm long (packed at about 0.35
        /// g/cm³) in a crimped aluminium ferrule; the blade open, or shut in the handle.
        /// </summary>
        private PixelBox MushroomKnife(double scale)
        {
            var bl = U(60, 75);
            var bw = U(16, 20);
            var t = U(1.5, 2.0);
            var hl = U(105, 115);
            var hh = U(20, 24);
            var hd = U(16, 19);
            var wood = Chance(0.6);
            var open = Chance(0.6);
            var brushL = U(20, 28);
            var reach = Math.Max(hh / 2, bw * 0.6) + 3;
            var pen = Lay(-hl - brushL - 3, -reach, open ? bl + 3 : 3, reach, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] grip =
            [
                (0, -hh * 0.42), (-hl * 0.5, -hh / 2), (-hl + 6, -hh * 0.46), (-hl, -hh * 0.36), (-hl, hh * 0.36), (-hl + 6, hh * 0.46),
                (-hl * 0.5, hh / 2), (0, hh * 0.42),
            ];
            if (wood)
            {
                RoundSection(k, Organic, grip, -hl / 2, 0, hd, 0.7);
                k.Tube(Steel, -13, (-hh * 0.45) - 1, 11, (hh * 0.9) + 2, 1.0);
            }
            else
            {
                k.Poly(Steel, 2 * 0.8, Shrunk(grip, -hl / 2, 0, 0.96, 0.85));
                RoundSection(k, Organic, grip, -hl / 2, 0, hd - 1.6, 0.9);
                k.Rect(Steel, 0.8 * (hd - 3), -hl + 12, (-hh / 2) + 1.5, hl - 20, 2.2);
            }

            k.Ellipse(Steel, hd, -6, 0, 1.6, 1.6);
            k.Tube(Aluminium, -hl - 4, -hh * 0.38, 10, hh * 0.76, 0.3);
            (double X, double Y)[] tuft =
            [
                (-hl - 3, -hh * 0.34), (-hl - brushL, -hh * 0.48), (-hl - brushL - 1.5, 0), (-hl - brushL, hh * 0.48), (-hl - 3, hh * 0.34),
            ];
            RoundSection(k, Organic, tuft, -hl - (brushL / 2), 0, hd * 0.9, 0.35);

            // The blade in its own frame about the pivot: heel at x = 4, point at x = 6 + bl.
            var b = new Turned(pen, -6, 0, open ? 0 : Math.PI);
            var x0 = 4.0;
            var x1 = 6 + bl;
            var spine = Enumerable.Range(0, 11).Select(i => i / 10.0).Select(f => (x0 + ((x1 - x0) * f), (-bw / 2) + (bw * 0.6 * Math.Pow(f, 2.4))));
            var edge = Enumerable.Range(1, 10).Select(i => 1 - (i / 10.0))
                .Select(f => (x0 + ((x1 - x0) * f), (bw / 2) - (bw * 0.35 * Math.Pow(f, 1.6)) - (bw * 0.12 * Math.Sin(Math.PI * f))));
            (double X, double Y)[] blade = [.. spine, .. edge];
            VFlatGround(b, Steel, blade, -bw / 2, t);
            b.Rect(Steel, t, -3, -bw * 0.4, x0 + 3, bw * 0.8);
            return pen.Box;
        }

        /// <summary>
        /// A sailor's rigging knife (the Wichard, Myerchin and Gill kind sold in chandlers and carried by anyone who sails): a handle
        /// 105–120 mm long, 24–27 mm high and 11–14 mm thick, either of two 1.5 mm stainless sides round a stainless back spring, or of
        /// G10 scales (glass-epoxy, about 1.85 g/cm³) over 1 mm stainless liners; a sheepsfoot blade 70–82 mm long and 20–23 mm deep of
        /// 2.5–3 mm stainless, flat ground, serrated along half its edge or all of it; a marlinspike 70–80 mm long tapering from 8–9 mm
        /// to a blunt point, folding into the back of the handle from its butt; a lanyard bail of 3 mm stainless wire at the butt; the
        /// blade and the spike each open or shut.
        /// </summary>
        private PixelBox RiggingKnife(double scale)
        {
            var hl = U(105, 120);
            var hh = U(24, 27);
            var hd = U(11, 14);
            var g10 = Chance(0.4);
            var bl = U(70, 82);
            var bw = U(20, 23);
            var t = U(2.5, 3.0);
            var sl = U(70, 80);
            var sd = U(8, 9);
            var bladeOpen = Chance(0.55);
            var spikeOpen = Chance(0.35);
            var serratedAll = Chance(0.4);
            var reach = Math.Max(hh, bw) / 2 + 3;
            var pen = Lay(-hl - 17 - (spikeOpen ? sl : 0), -reach, bladeOpen ? bl + 3 : 3, reach, scale);
            var k = new Turned(pen, 0, 0, 0);
            var outline = RoundedOutline(-hl, -hh / 2, hl, hh, 6);
            if (g10)
            {
                k.Poly(Steel, 2 * 1.0, Shrunk(outline, -hl / 2, 0, 0.97, 0.9));
                k.Poly(Organic, 2 * 3 * 1.85 * 0.5, outline);
                k.Poly(Glass, 2 * 3 * 1.85 * 0.5 / 2.5, outline);
            }
            else
            {
                k.Poly(Steel, 2 * 1.5, outline);
            }

            k.Rect(Steel, (hd - 3) * 0.9, -hl + 12, (-hh / 2) + 0.8, hl - 22, 3);
            k.Ellipse(Steel, hd, -6, 0, 1.8, 1.8);
            k.Ellipse(Steel, hd, -hl + 8, (-hh / 2) + 6, 1.6, 1.6);
            k.Ring(Steel, 0.8 * 3, 3, -hl - 7, 0, 7, 5);

            var b = new Turned(pen, -6, 0, bladeOpen ? 0 : Math.PI);
            (double X, double Y)[] blade =
            [
                (2, -bw / 2), (6 + (bl * 0.7), -bw / 2), (6 + (bl * 0.92), -bw * 0.25), (6 + bl, bw * 0.2), (6 + bl, bw / 2), (2, bw / 2),
            ];
            VFlatGround(b, Steel, blade, -bw / 2, t);
            b.Rect(Steel, t, -4, -bw * 0.4, 8, bw * 0.8);
            b.Line(Steel, t * 0.4, 1.2, false, Zigzag(6 + (bl * (serratedAll ? 0.05 : 0.5)), 3 + bl, (bw / 2) - 1.2, 3, 1.2));

            var s = new Turned(pen, -hl + 8, (-hh / 2) + 6, spikeOpen ? Math.PI : 0);
            (double X, double Y)[] spike = [(-4, -sd / 2), (sl * 0.85, -1.2), (sl, 0), (sl * 0.85, 1.2), (-4, sd / 2)];
            s.Poly(Steel, 0.8 * sd * 0.55, spike);
            s.Poly(Steel, 0.8 * sd * 0.35, Shrunk(spike, 0, 0, 0.9, 0.55));
            return pen.Box;
        }

        /// <summary>
        /// A cook's knife all of stainless steel (the Global G-2 class and its many copies, in kitchen shops and wedding lists): a
        /// blade 180–240 mm long and 42–50 mm deep, 1.6–2 mm at the spine and ground thin to its edge, its spine running straight into
        /// a hollow handle of 0.6–0.8 mm stainless sheet 120–130 mm long, 22–25 mm high and 17–20 mm thick (its top and bottom walls
        /// seen edge-on), welded to a short tang and weighted with 20–35 g of sand (quartz, about 1.5 g/cm³ as packed) lying along
        /// its lower side; a polypropylene edge guard (1.2 mm walls at about 0.9) on some.
        /// </summary>
        private PixelBox SteelHandleChefKnife(double scale)
        {
            var bl = U(180, 240);
            var bw = U(42, 46) + ((bl - 180) / 60 * 4);
            var t = U(1.6, 2.0);
            var hl = U(120, 130);
            var hh = U(22, 25);
            var hd = U(17, 20);
            var wall = U(0.6, 0.8);
            var sand = U(20, 35);
            var guard = Chance(0.3);
            var m = guard ? 5.0 : 2.0;
            var pen = Lay(-hl - 2, (-bw / 2) - m, bl + m, (bw / 2) + m, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] blade =
            [
                (0, -bw / 2), (bl * 0.55, -bw / 2), (bl * 0.85, -bw * 0.36), (bl, -bw * 0.2), (bl * 0.9, -bw * 0.02), (bl * 0.7, bw * 0.3),
                (bl * 0.4, bw * 0.48), (bl * 0.05, bw / 2), (0, bw / 2),
            ];
            VFlatGround(k, Steel, blade, -bw / 2, t);
            var hy0 = -bw / 2;
            var hy1 = hy0 + hh;
            (double X, double Y)[] handle =
            [
                (0, hy0), (-hl * 0.5, hy0 - 0.5), (-hl + 4, hy0 + 1), (-hl, hy0 + 4), (-hl, hy1 - 4), (-hl + 4, hy1 - 1), (-hl * 0.5, hy1 + 1),
                (-12, hy1), (0, hy1 + 2),
            ];
            k.Poly(Steel, 2 * wall, handle);
            k.Line(Steel, hd * wall * 0.8 / 1.2, 1.2, true, Shrunk(handle, -hl / 2, (hy0 + hy1) / 2, 0.99, 0.92));
            k.Rect(Steel, t, -35, hy0 + 3, 35, hh - 6);
            var sandL = hl - 41;
            var layer = sand / 1.5 * 1000 / (sandL * (hh - 3));
            k.Rect(Glass, layer * 1.5 / 2.5, -hl + 3, hy0 + 1.5, sandL, hh - 3);
            if (guard)
            {
                var sleeve = RoundedOutline(-3, (-bw / 2) - 3, bl + 7, bw + 6, 6);
                k.Poly(Organic, 2 * 1.2 * 0.9, sleeve);
                k.Line(Organic, (t + 3) * 0.9 * 2, 2, true, Shrunk(sleeve, bl / 2, 0, 0.99, 0.92));
            }

            return pen.Box;
        }

        /// <summary>
        /// A knife inside a roll of kitchen foil (packed as if for a picnic): a carton of 0.6 mm board (about 0.75 g/cm³) 10–16 mm longer
        /// than its roll and 46–52 mm square in section, its tinplate cutting strip (0.15 mm, 10 mm deep, seen edge-on along the lid's
        /// front edge, its teeth below it); in it a roll of household foil 290–300 mm wide of 10–13 µm
        /// aluminium with 5–30 m of it left, wound on a card core 38–41 mm across (1.2 mm walls), the foil packed at about 0.9; slid into
        /// the core, a kitchen knife slim enough to pass (a utility, steak or boning knife: a blade 100–125 mm long, 18–26 mm deep and
        /// 1.5–2 mm thick, plain or serrated; a polypropylene or riveted POM handle 90–100 mm long, 18–22 mm high and 14–18 mm through;
        /// no more than three quarters of the roll's width in all). The carton and the foil are the host; the knife is the item.
        /// </summary>
        private PixelBox KnifeInFoilRoll(double scale)
        {
            var width = U(290, 300);
            var gauge = U(0.010, 0.013);
            var metres = U(5, 30);
            var coreOd = U(38, 41);
            const double coreWall = 1.2;
            var od = Math.Sqrt((coreOd * coreOd) + (4 * metres * 1000 * gauge / Math.PI));
            var cs = Math.Max(od + 6, U(46, 52));
            var cl = width + U(10, 16);
            var pen = Lay((-cl / 2) - 1, (-cs / 2) - 1, (cl / 2) + 1, (cs / 2) + 1, scale);
            var k = new Turned(pen, 0, 0, 0);
            SheetBox(k, Organic, -cl / 2, -cs / 2, cl, cs, cs, 0.6, 0.75);
            k.Line(Steel, 10 * 0.15 / 0.6, 0.6, false, (-width / 2, (-cs / 2) + 0.6), (width / 2, (-cs / 2) + 0.6));
            k.Line(Steel, 0.15 * 4, 0.8, false, Zigzag(-width / 2, width / 2, (-cs / 2) + 1.2, 2, 1.2));
            var ry = U(-1, 1) * Math.Max(0, (cs - od - 2) / 2);
            var r = new Turned(pen, 0, ry, 0);
            CoaxialFill(r, Aluminium, -width / 2, width, od, coreOd, 0.9, 0);
            r.Tube(Organic, -width / 2, -coreOd / 2, width, coreOd, coreWall * 0.75);

            var bl = U(100, 125);
            var bw = U(18, 26);
            var t = U(1.5, 2.0);
            var hl = U(90, 100);
            var hh = U(18, 22);
            var hd = U(14, 18);
            var serrated = Chance(0.35);
            var pom = Chance(0.5);
            var heel = U((-width / 2) + 4 + hl, (width / 2) - 4 - bl);
            var flip = Chance(0.5);
            var ky = U(-2, 2);
            pen.Item(() =>
            {
                var q = new Turned(pen, flip ? -heel : heel, ry + ky, flip ? Math.PI : 0);
                (double X, double Y)[] blade = [(0, -bw / 2), (bl * 0.8, -bw / 2), (bl, -bw * 0.35), (bl * 0.75, bw * 0.25), (0, bw / 2)];
                VFlatGround(q, Steel, blade, -bw / 2, t);
                if (serrated)
                {
                    q.Line(Steel, t * 0.3, 1.2, false, Zigzag(3, bl * 0.75, (bw / 2) - 1.5, 3, -1.5));
                }

                (double X, double Y)[] grip =
                [
                    (0, -hh * 0.45), (-hl * 0.5, -hh / 2), (-hl + 6, -hh * 0.46), (-hl, -hh * 0.3), (-hl, hh * 0.3), (-hl + 6, hh * 0.46),
                    (-hl * 0.5, hh / 2), (0, hh * 0.45),
                ];
                if (pom)
                {
                    q.Poly(Steel, t, Shrunk(grip, -hl / 2, 0, 0.97, 0.75));
                    RoundSection(q, Organic, grip, -hl / 2, 0, hd - t, 1.4);
                    for (var f = 0.25; f < 0.9; f += 0.25)
                    {
                        q.Ellipse(Steel, hd, -hl * f, 0, 2.2, 2.2);
                    }
                }
                else
                {
                    q.Poly(Steel, t, (0, -4), (0, 4), (-hl * 0.7, 2.5), (-hl * 0.7, -2.5));
                    RoundSection(q, Organic, grip, -hl / 2, 0, hd, 0.9);
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// A shiv made in a cell from the polished steel mirror every cell has: a shard of 0.9–1.2 mm stainless 90–140 mm long and 20–35 mm
        /// wide at its broad end, snapped off by bending it to and fro so one edge is straight and ground sharp on the floor and the other
        /// torn and jagged, coming to a point; its broad end wound into a grip 55–80 mm long and 18–26 mm thick of strips of towel (cotton
        /// terry, about 0.4 g/cm³ as wound), PVC tape (about 1.3) or card wound with tape (about 0.8); a scrap of the mirror's adhesive
        /// foam pad (1.5 mm polyethylene foam at about 0.1 and its acrylic glue) on its back on some, and on some a sheath of folded
        /// card (two 0.5 mm layers at about 0.7) taped over the blade.
        /// </summary>
        private PixelBox MirrorShiv(double scale)
        {
            var l = U(90, 140);
            var w = U(20, 35);
            var t = U(0.9, 1.2);
            var gl = U(55, 80);
            var gd = U(18, 26);
            var grip = random.Next(3);
            var pad = Chance(0.35);
            var sheath = Chance(0.3);
            var reach = (Math.Max(gd, w) / 2) + (sheath ? 4 : 2);
            var pen = Lay(-7, -reach, l + (sheath ? 5 : 2), reach, scale);
            var k = new Turned(pen, 0, 0, 0);
            var tipY = U(-2, 2);
            double Top(double x) => (-w / 2) + (x / l * ((w / 2) + tipY));
            var shard = new List<(double X, double Y)> { (0, -w / 2), (l, tipY) };
            const int jags = 7;
            for (var i = 1; i < jags; i++)
            {
                var x = l * (1 - (i / (double)jags)) + U(-3, 3);
                shard.Add((x, Top(x) + (w * (1 - (x / l)) * U(0.7, 1.0))));
            }

            shard.Add((0, w / 2));
            k.Poly(Steel, t, [.. shard]);
            if (pad)
            {
                k.Rect(Organic, (1.5 * 0.1) + (0.1 * 1.1), gl - 8, (-w / 2) + 3, U(15, 30), w * 0.5);
            }

            var density = grip switch { 0 => 0.4, 1 => 1.3, _ => 0.8 };
            (double X, double Y)[] outline =
            [
                .. Enumerable.Range(0, 9).Select(j => (-4 + (gl * j / 8.0), (-gd / 2) + U(0, grip == 0 ? 2.5 : 1))),
                .. Enumerable.Range(0, 9).Select(j => (gl - 4 - (gl * j / 8.0), (gd / 2) - U(0, grip == 0 ? 2.5 : 1))),
            ];
            RoundSection(k, Organic, outline, (gl / 2) - 4, 0, gd, density);
            if (sheath)
            {
                var cover = RoundedOutline(gl - 10, (-w / 2) - 3, l - gl + 14, w + 6, 4);
                k.Poly(Organic, 2 * 0.5 * 0.7, cover);
                k.Line(Organic, 4 * 0.5 * 0.7, 1.5, true, Shrunk(cover, (gl + l) / 2, 0, 0.99, 0.9));
                k.Rect(Organic, 2 * 0.15 * 3 * 1.3, gl + 2, (-w / 2) - 3, 18, w + 6);
            }

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// A Heckler &amp; Koch P7 squeeze-cocker pistol (the P7M8, and the P7M13 with its double-stack magazine; German police issue from
        /// 1979, sold on as surplus): 170–176 mm long and 129–135 mm high, all steel: a slide of two 3 mm walls and a solid top over its
        /// breech block, a fixed 105 mm barrel (15 mm over the 9 mm bore) inside the recoil spring; under the chamber, in the frame, the
        /// gas cylinder (12 mm, 2.5 mm walls) and the piston that brakes the slide; the frame of two 2.5 mm walls; the squeeze lever
        /// that is the whole front strap of the grip (a bar of steel round the grip's width) and its linkage; a polymer heat shield
        /// over the trigger guard; polymer grip panels (two 3.5 mm at about 1.3 g/cm³); an 8-round single-stack or 13-round
        /// double-stack magazine (see <see cref="BoxMagazine"/>) in the grip, or not there.
        /// </summary>
        private PixelBox SqueezeCockerPistol(double scale)
        {
            var m13 = Chance(0.35);
            var l = m13 ? U(174, 176) : U(170, 172);
            const double sh = 30;
            const double fh = 13;
            var gl = m13 ? U(90, 94) : U(84, 88);
            var rake = U(12, 16) * Math.PI / 180;
            var magazine = Chance(0.85);
            var rounds = Chance(0.65) ? random.Next(1, (m13 ? 13 : 8) + 1) : 0;
            var x0 = -l / 2;
            var x1 = l / 2;
            var drop = gl * Math.Tan(rake);
            var ml = (fh + gl - 6) / Math.Cos(rake);
            var pen = Lay(x0 - drop - 6, -sh - 7, x1 + 2, fh + gl + 8, scale);
            var g = new Turned(pen, 0, 0, 0);
            g.Rect(Steel, 2 * 3, x0, -sh, l, sh);
            g.Rect(Steel, 14, x0, -sh, l, 3);
            g.Rect(Steel, 12, x0, -sh + 3, 28, sh - 6);
            g.Rect(Steel, 0.8 * 5, x1 - 9, -sh - 5, 4, 5);
            g.Rect(Steel, 0.8 * 10, x0 + 6, -sh - 5, 10, 5);
            g.Tube(Steel, x1 - 106, (-sh * 0.5) - 7.5, 105, 15, 3 * 0.9);
            g.Line(Steel, 1.4, 1.0, false, Zigzag(x1 - 92, x1 - 12, (-sh * 0.5) - 8.5, 4, 17));
            g.Rect(Steel, 2 * 2.5, x0 + 4, 0, l - 16, fh);
            g.Tube(Steel, x1 - 72, 0.5, 42, 12, 2.5);
            g.Rect(Steel, 0.8 * 6, x1 - 68, 3.5, 48, 6);
            (double X, double Y)[] grip = [(x0 + 4, fh), (x0 + 52, fh), (x0 + 52 - drop, fh + gl), (x0 + 2 - drop, fh + gl)];
            var (gcx, gcy) = (x0 + 27 - (drop / 2), fh + (gl / 2));
            g.Poly(Steel, 2 * 2.0, grip);
            g.Poly(Organic, 2 * 3.5 * 1.3, Shrunk(grip, gcx, gcy, 0.85, 0.92));
            g.Line(Steel, 12, 4, false, (x0 + 53, fh + 6), (x0 + 53 - (drop * 0.93), fh + gl - 6));
            g.Line(Steel, 0.8 * 4, 2.5, false, (x0 + 53, fh + 6), (x0 + 64, fh + 1));
            g.Line(Steel, 0.8 * 5, 4, false, UArc(x0 + 74, fh, 20, 16, 0, Math.PI, 10));
            g.Rect(Organic, 2 * 2 * 1.3, x0 + 54, fh, 42, 7);
            g.Poly(Steel, 5, (x0 + 66, fh), (x0 + 72, fh), (x0 + 69, fh + 13), (x0 + 64, fh + 12));
            g.Rect(Steel, 0.8 * 4, x0 - 3, -sh * 0.6, 3, 4);
            g.Rect(Steel, 0.8 * 8, x0 + 6 - drop, fh + gl - 3, 12, 4);
            if (magazine)
            {
                var a = (Math.PI / 2) + rake;
                var (mx, my) = Moved(x0 + 27, 3, a, ml / 2, 0);
                BoxMagazine(pen, mx, my, a, ml, m13 ? 33 : 31, rounds, m13, 19.15, 9.93, 9.96, 10.5, 9.03, true);
            }

            return pen.Box;
        }

        /// <summary>
        /// A telescopic stun baton (sold online and at markets abroad as a "police" baton; a weapon designed to discharge electricity, and
        /// so a prohibited firearm under the Firearms Act 1968, s. 5(1)(b)): a handle 150–180 mm long and 30–34 mm across of ABS (2.5 mm
        /// walls) under a rubber grip (3 mm at about 1.2 g/cm³) holding an 18650 lithium-ion cell (see <see cref="SCylCell"/>), the potted
        /// high-voltage module (a ferrite core in copper windings in epoxy at about 1.6), its switch and safety, and an LED torch in its butt
        /// (an aluminium reflector); three steel shaft sections (19, 16 and 13 mm, 1.2 mm walls, 100–118 mm each) nested in its front or
        /// drawn out to 400–500 mm in all, the lead to the tip down their middle; a steel tip cap with two electrodes standing 8 mm proud;
        /// a wrist strap at the butt.
        /// </summary>
        private PixelBox StunBaton(double scale)
        {
            var extended = Chance(0.3);
            var hl = U(150, 180);
            var hd = U(30, 34);
            var s = U(100, 118);
            double[] tubes = [19, 16, 13];
            const double tipL = 28;
            const double tipD = 22;
            var tipX = extended ? -40 + (3 * s) - 30 : -40 + s;
            var pen = Lay(-hl - 32, (-hd / 2) - 2, tipX + tipL + 10, (hd / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            k.Tube(Organic, -hl, -hd / 2, hl, hd, 2.5 * 1.05);
            k.Rect(Organic, 2 * 3 * 1.2, -hl + 12, -hd / 2, hl * 0.6, hd);
            ZDiscEdgeOn(k, Organic, -hl + 1, 0, hd / 2, 2, 1.18);
            k.Poly(Aluminium, 2 * 0.5, (-hl + 3, (-hd / 2) + 3), (-hl + 14, -5), (-hl + 14, 5), (-hl + 3, (hd / 2) - 3));
            k.Rect(Aluminium, 1.6, -hl + 14, -5, 2, 10);
            SCylCell(k, -hl + 18, 0, 65, 18.4);
            var hv0 = -hl + 88;
            var hvL = Math.Max(20, -44 - hv0);
            k.Rect(Organic, (hd - 6) * 1.6 * 0.8, hv0, (-hd / 2) + 4, hvL, hd - 8);
            k.Rect(Steel, 0.8 * 10 * 4.8 / 7.85, hv0 + 3, -6, Math.Min(22, hvL - 6), 12);
            k.Rect(Brass, 0.8 * 12 * 0.3, hv0 + 2, -8, Math.Min(26, hvL - 4), 16);
            k.Rect(Brass, 0.8, -hl + 60, (-hd / 2) + 2, 14, 5);
            k.Rect(Steel, 2, -hl + 64, (-hd / 2) - 1, 6, 4);
            for (var i = 0; i < tubes.Length; i++)
            {
                var x = extended ? -40 + (i * (s - 15)) : -40;
                k.Tube(Steel, x, -tubes[i] / 2, s, tubes[i], 1.2);
            }

            k.Line(Brass, 0.8 * 0.8, 0.8, false, (-44, 0), (tipX, 0));
            k.Line(Organic, 0.8 * 1.6 * 1.3, 1.6, false, (-44, 0), (tipX, 0));
            k.Tube(Steel, tipX, -tipD / 2, tipL, tipD, 1.5);
            ZDiscEdgeOn(k, Steel, tipX + tipL - 1, 0, tipD / 2, 2, 1);
            foreach (var y in new[] { -6.0, 6.0 })
            {
                k.Rect(Steel, 0.8 * 3, tipX + tipL, y - 1.5, 8, 3);
            }

            k.Line(Organic, 2 * 1.5 * 1.14, 6, false, UArc(-hl - 12, 0, 14, 11, 0.4, (2 * Math.PI) - 0.4, 16));
            return pen.Box;
        }

        /// <summary>
        /// A pistol-shaped pepper-gel launcher (the Piexon JPX kind sold for self-defence in Europe; a weapon designed to discharge a
        /// noxious liquid, and so a prohibited firearm under the Firearms Act 1968, s. 5(1)(b)): a body of glass-filled polyamide (2.5–3 mm
        /// walls at about 1.35 g/cm³, its sides seen edge-on round its rim) 178–202 mm long, 38–45 mm thick, its grip raked 15–20°; at its
        /// front a magazine of two barrels side by side (or, on the four-shot model, two pairs, one over the other), each a polymer tube
        /// 15 mm across and 100–115 mm long (2 mm walls at about 1.2) holding 10–11 ml of OC gel (about 1.0) ahead of a pyrotechnic
        /// cartridge with a drawn-brass case the size of a 9 mm blank; inside the body the steel firing pins and their springs, the
        /// trigger bar, screws and the magazine catch.
        /// </summary>
        private PixelBox PepperGelLauncher(double scale)
        {
            var four = Chance(0.4);
            var l = four ? U(195, 202) : U(178, 185);
            var depth = four ? 45.0 : 38.0;
            var bh = four ? 36.0 : 20.0;
            var gl = U(80, 90);
            var rake = U(15, 20) * Math.PI / 180;
            var bl = U(100, 115);
            var x0 = -l / 2;
            var x1 = l / 2;
            var drop = gl * Math.Tan(rake);
            var pen = Lay(x0 - drop - 4, -bh - 8, x1 + 2, 14 + gl + 4, scale);
            var g = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] body =
            [
                (x0, -bh - 6), (x1 - bl + 6, -bh - 6), (x1 - bl + 6, 12), (x0 + 90, 14), (x0 + 52, 14), (x0 + 52 - drop, 14 + gl),
                (x0 + 8 - drop, 14 + gl), (x0 + 4, 14), (x0 - 2, 4),
            ];
            g.Poly(Organic, 2 * 2.8 * 1.35, body);
            g.Line(Organic, depth * 2.8 * 1.35 / 2, 2, true, Shrunk(body, x0 + 40, 0, 0.98, 0.97));
            g.Line(Organic, depth * 0.8 * 1.35 * 0.5, 5, false, UArc(x0 + 72, 14, 18, 15, 0, Math.PI, 10));
            g.Poly(Organic, depth * 0.6 * 1.35, (x0 + 64, 14), (x0 + 71, 14), (x0 + 68, 28), (x0 + 62, 27));
            g.Rect(Organic, 2 * 4 * 1.35, x1 - bl, -bh - 4, bl, bh + 6);
            var rows = four ? 2 : 1;
            for (var row = 0; row < rows; row++)
            {
                var y = four ? -bh + 1 + (row * 17.5) : -bh + 2.5;
                for (var side = 0; side < 2; side++)
                {
                    g.Tube(Organic, x1 - bl, y, bl, 15, 2 * 1.2);
                    g.Cylinder(Organic, x1 - bl + 30, y + 2, 58, 11, 1.0);
                    g.Tube(Brass, x1 - bl + 4, y + 2.5, 19, 10, 0.35);
                    g.Rect(Brass, 0.8 * 10, x1 - bl + 2, y + 2.5, 2, 10);
                }

                g.Rect(Steel, 0.8 * 3, x1 - bl - 22, y + 6, 24, 3);
                g.Line(Steel, 0.8 * 0.8 * 2, 0.8, false, Zigzag(x1 - bl - 40, x1 - bl - 24, y + 5, 2, 5));
            }

            g.Rect(Steel, 2 * 1.5, x0 + 40, 4, 50, 4);
            g.Rect(Steel, 0.8 * 3, x1 - bl - 8, 8, 6, 8);
            for (var i = 0; i < 4; i++)
            {
                g.Ellipse(Steel, depth * 0.8, x0 + 14 + (i * 24), i % 2 == 0 ? -bh + 2 : 6, 1.5, 1.5);
            }

            return pen.Box;
        }

        /// <summary>
        /// A Sten Mk II sub-machine gun (made in millions in the war, sold off and reactivated; reactivated ones reach the criminal market)
        /// stripped for carrying: the body, a tube of 1.6 mm sheet steel 38.5–40 mm across and 295–305 mm long, its end cap and catch;
        /// inside it the bolt (a steel cylinder 35 × 90 mm, about nine tenths solid) with its cocking handle standing out of its slot, the
        /// return spring behind it; the trigger housing, a 1.6 mm pressed-steel box under the body with its trigger and sear; the
        /// magazine housing on the left side (a 36 × 22 mm steel sleeve 45 mm long, seen down its length as the gun lies on its right);
        /// the 196 mm barrel (22 mm over a 9 mm bore) in its knurled nut and perforated sleeve, fitted or lying beside it; the stock off
        /// and lying beside it (a tubular skeleton stock, a 20 mm tube and its butt plate, or the T-frame of two flat bars) or not with
        /// it; the 32-round double-column magazine (see <see cref="BoxMagazine"/>) out and beside it, loaded to any number or empty.
        /// </summary>
        private PixelBox StenGun(double scale)
        {
            var od = U(38.5, 40);
            const double wall = 1.6;
            var bodyL = U(295, 305);
            const double barrelL = 196;
            var barrelFitted = Chance(0.6);
            var stock = random.Next(3);
            var rounds = Chance(0.6) ? random.Next(5, 33) : 0;
            var ml = U(200, 215);
            var x0 = -bodyL / 2;
            var x1 = bodyL / 2;
            var magY = (-od / 2) - 28;
            var stockY = (od / 2) + 62;
            var barrelY = (od / 2) + 110;
            var front = barrelFitted ? x1 - 30 + barrelL : x1 + 30;
            var pen = Lay(x0 - 12, magY - 20, Math.Max(front, x1) + 4, barrelFitted ? stockY + 54 : barrelY + 16, scale);
            var g = new Turned(pen, 0, 0, 0);
            g.Tube(Steel, x0, -od / 2, bodyL, od, wall);
            ZDiscEdgeOn(g, Steel, x0 + 1.5, 0, od / 2, 3, 1);
            g.Rect(Steel, 0.8 * 8, x0 - 6, -5, 8, 10);
            g.Cylinder(Steel, x0 + 60, -17.5, 90, 35, 0.9);
            g.Rect(Steel, 0.8 * 10, x0 + 100, (-od / 2) - 14, 10, 16);
            g.Line(Steel, 0.8 * 1.6 * 2, 1.6, false, Zigzag(x0 + 4, x0 + 60, -6, 6, 12));
            (double X, double Y)[] housing = SCorners(x0 + 95, od / 2, 95, 50);
            g.Poly(Steel, 2 * wall, housing);
            g.Line(Steel, 25 * wall / 1.2, 1.2, true, housing);
            g.Poly(Steel, 5, (x0 + 150, (od / 2) + 20), (x0 + 157, (od / 2) + 20), (x0 + 154, (od / 2) + 38), (x0 + 148, (od / 2) + 37));
            g.Rect(Steel, 0.8 * 5, x0 + 110, (od / 2) + 8, 40, 5);
            g.Line(Steel, 45 * 1.5 / 1.0, 1.0, true, SCorners(x1 - 95, -11, 36, 22));
            g.Cylinder(Steel, x1 - 10, (-od / 2) - 1.5, 25, od + 3, 0.45);

            void Barrel(Turned b, double bx)
            {
                b.Tube(Steel, bx, -11, barrelL, 22, ((22 - 9) / 2.0) * 0.9);
                b.Rect(Steel, 0.8 * 4, bx + barrelL - 8, -15, 4, 4);
            }

            if (barrelFitted)
            {
                Barrel(g, x1 - 30);
                g.Tube(Steel, x1 + 12, -17, 90, 34, 1.2);
            }
            else
            {
                Barrel(new Turned(pen, 0, barrelY, 0), x0 + 40);
            }

            var st = new Turned(pen, x0 + 20, stockY, 0);
            if (stock == 0)
            {
                st.Tube(Steel, 0, -10, 280, 20, 1.6);
                st.Line(Steel, 110 * 3 / 3.0, 3, false, (282, -50), (282, 50));
                st.Rect(Steel, 0.8 * 10, -12, -6, 14, 12);
            }
            else if (stock == 1)
            {
                st.Rect(Steel, 2 * 3, 0, -22, 270, 8);
                st.Rect(Steel, 2 * 3, 0, 14, 270, 8);
                st.Line(Steel, 30 * 3 / 3.0, 3, false, (272, -50), (272, 50));
                st.Rect(Steel, 0.8 * 10, -12, -6, 14, 12);
            }

            BoxMagazine(pen, x0 + 40 + (ml / 2), magY, 0, ml, 33, rounds, true, 19.15, 9.93, 9.96, 10.5, 9.03, true);
            return pen.Box;
        }

        /// <summary>
        /// A pistol in a handbag (a visitor's own, put in the tray as it is): a leather bag (1.2–1.8 mm at about 0.9 g/cm³, or 1 mm
        /// PU-coated fabric at about 1.15) 260–320 × 200–245 mm and 90–130 mm deep, lined with 0.3 mm polyester (about 1.38), its gusset
        /// seen edge-on round its rim, a steel zip along its top, two handles lying over it, D-rings of zinc alloy, brass feet and a
        /// magnetic snap; in it what a handbag holds: a purse with its steel frame clasp (no money), keys on a ring (see
        /// <see cref="HouseKey"/>), a lipstick, a packet of tissues and a compact; in its zipped inner pocket a pocket pistol in .380 or
        /// 9 mm (see <see cref="SubcompactPistol"/>: 130–150 mm long, 95–105 high, a polymer or aluminium frame). The bag and its
        /// contents are the host; the pistol is the item.
        /// </summary>
        private PixelBox PistolInHandbag(double scale)
        {
            var bw = U(260, 320);
            var bh = U(200, 245);
            var depth = U(90, 130);
            var pu = Chance(0.4);
            var t = pu ? 1.0 : U(1.2, 1.8);
            var rho = pu ? 1.15 : 0.9;
            var handleH = U(35, 50);
            var pen = Lay((-bw / 2) - 6, (-bh / 2) - handleH - 6, (bw / 2) + 6, (bh / 2) + 4, scale);
            var k = new Turned(pen, 0, 0, 0);
            RoundedRect(k, Organic, 2 * ((t * rho) + (0.3 * 1.38)), -bw / 2, -bh / 2, bw, bh, 14);
            k.Line(Organic, depth * t * rho / 2, 2, true, RoundedOutline((-bw / 2) + 1, (-bh / 2) + 1, bw - 2, bh - 2, 13));
            SteelZip(k, U(-bw / 4, bw / 4), (-bh / 2) + 8, ((-bw / 2) + 20, (-bh / 2) + 8), ((bw / 2) - 20, (-bh / 2) + 8));
            foreach (var s in new[] { -1.0, 1.0 })
            {
                k.Line(Organic, 2 * 3 * rho, 18, false, UArc(0, (-bh / 2) + 6, (bw * 0.3) + (s * 8), handleH, Math.PI, 2 * Math.PI, 14));
                k.Ring(ZincAlloy, 0.8 * 4, 4, s * ((bw * 0.3) + 8), (-bh / 2) + 2, 8, 6);
            }

            foreach (var (fx, fy) in new[] { (-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0) })
            {
                k.Ellipse(Brass, 2.5, fx * ((bw / 2) - 25), fy * ((bh / 2) - 25), 6, 6);
            }

            k.Ellipse(Steel, 2 + (3 * 0.95), 0, (-bh / 2) + 22, 9, 9);
            var (ix0, iy0, ix1, iy1) = ((-bw / 2) + 16, (-bh / 2) + 18, (bw / 2) - 16, (bh / 2) - 16);
            var purse = new Turned(pen, U(ix0 + 95, ix1 - 95), U(iy0 + 50, iy1 - 50), U(-0.3, 0.3));
            RoundedRect(purse, Organic, 2 * 1.2 * 0.9 * 2, -95, -50, 190, 100, 8);
            purse.Line(Steel, 0.8 * 3, 3, false, (-90, -48), (90, -48));
            purse.Rect(Organic, 6 * 0.7 * 0.5, -85, -40, 80, 80);
            var (kx, ky) = (U(ix0 + 40, ix1 - 40), U(iy0 + 40, iy1 - 40));
            k.Ring(Steel, 0.8 * 1.5 * 2, 1.5, kx, ky, 12, 12);
            for (var i = random.Next(2, 5); i > 0; i--)
            {
                HouseKey(new Turned(pen, kx, ky, U(0, 2 * Math.PI)), 12);
            }

            var lip = new Turned(pen, U(ix0 + 40, ix1 - 40), U(iy0 + 15, iy1 - 15), U(0, 2 * Math.PI));
            LipstickCap(lip, 0, 38, 19);
            lip.Tube(Aluminium, -38, -9.5, 38, 19, 0.5);
            lip.Cylinder(Organic, -30, -6, 60, 12, 0.9);
            var tissues = new Turned(pen, U(ix0 + 55, ix1 - 55), U(iy0 + 30, iy1 - 30), U(0, Math.PI));
            RoundedRect(tissues, Organic, 25 * 0.12, -55, -27, 110, 54, 6);
            var compact = new Turned(pen, U(ix0 + 35, ix1 - 35), U(iy0 + 35, iy1 - 35), 0);
            compact.Ellipse(Organic, 2 * 2 * 1.05, 0, 0, 35, 35);
            compact.Ellipse(Glass, 2, 0, 0, 31, 31);
            compact.Ring(Organic, 10 * 2 * 1.05 / 1.5, 1.5, 0, 0, 34, 34);
            k.Line(Steel, 0.45, 3, false, ((-bw / 2) + 40, (bh / 2) - 50), ((bw / 2) - 40, (bh / 2) - 50));

            var gunL = U(130, 150);
            var gunH = U(95, 105);
            var ga = U(0, 2 * Math.PI);
            var (gx, gy) = ZInside(ga, (-gunL / 2) - 34, -gunH / 2, gunL / 2, (gunH / 2) + 4, ix0, iy0, ix1, iy1);
            var alloy = Chance(0.3);
            var nine = Chance(0.5);
            var rounds = Chance(0.6) ? random.Next(1, 8) : 0;
            pen.Item(() => SubcompactPistol(pen, gx, gy, ga, gunL, gunH, alloy, nine, rounds));
            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>
        /// A rugged handheld mobile computer with a phone in it (the Zebra TC5x and Honeywell CT6x class that delivery drivers, warehouse
        /// and maintenance contractors carry; it takes a SIM and makes calls): 153–162 × 74–77 mm and 18–20 mm deep; a shell of PC/ABS
        /// under a rubber over-mould (2 mm walls at about 1.15 g/cm³, its sides seen edge-on round its rim, thicker rubber at its corners),
        /// 1 mm toughened glass over a 5-inch display and its steel backing plate, a magnesium chassis (1.2 mm), a removable 4150–4700 mAh
        /// battery pack (see <see cref="SPouchCell"/>, in a 1 mm polycarbonate case with its brass contacts and steel latch springs) over the
        /// lower half of its back; the board and its shields; at its top end the barcode scan engine (a die-cast aluminium block 16 × 22 mm
        /// and 12 mm deep, its glass exit window seen edge-on), the side scan keys, the speaker, the camera and the charging contacts; a
        /// webbing hand strap with a steel buckle across its back on some.
        /// </summary>
        private PixelBox HandheldTerminalPhone(double scale)
        {
            var l = U(153, 162);
            var w = U(74, 77);
            var depth = U(18, 20);
            var mah = U(4150, 4700);
            var strap = Chance(0.5);
            var pen = Lay((-l / 2) - 3, (-w / 2) - 3, (l / 2) + 3, (w / 2) + 3, scale);
            var p = new Turned(pen, 0, 0, Chance(0.5) ? 0 : Math.PI);
            p.Poly(Organic, 2 * 2 * 1.15, RoundedOutline(-l / 2, -w / 2, l, w, 10));
            p.Line(Organic, depth * 2 * 1.15 / 2, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, 9));
            foreach (var (cx, cy) in new[] { (-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0) })
            {
                p.Ellipse(Organic, depth * 1.2 * 0.5, cx * ((l / 2) - 7), cy * ((w / 2) - 7), 7, 7);
            }

            RoundedRect(p, Glass, 1.0, (-l / 2) + 24, (-w / 2) + 4, l - 40, w - 8, 5);
            p.Rect(Organic, 0.6 * 1.2, (-l / 2) + 26, (-w / 2) + 6, l - 44, w - 12);
            p.Rect(Steel, 0.15, (-l / 2) + 26, (-w / 2) + 6, l - 44, w - 12);
            RoundedRect(p, Aluminium, 1.2 * 1.74 / 2.7, (-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6, 8);
            var ct = U(8, 9);
            var cw = w - 16;
            var cl = Math.Min(mah * 3.85 / 0.55 / ct / cw, l * 0.55);
            var cx0 = (l / 2) - 10 - cl;
            RoundedRect(p, Organic, 2 * 1.0 * 1.2, cx0 - 2, (-cw / 2) - 2, cl + 4, cw + 4, 3);
            SPouchCell(p, cx0, -cw / 2, cl, cw, ct);
            p.Rect(Brass, 0.8, cx0 - 7, -8, 2, 16);
            p.Line(Steel, 0.8 * 0.5 * 2, 0.5, false, Zigzag(cx0 + cl + 1, cx0 + cl + 7, -12, 2, 4));
            var bx0 = (-l / 2) + 22;
            var bLen = Math.Max(20, cx0 - 9 - bx0);
            p.Rect(Mixed, 0.8, bx0, (-w / 2) + 6, bLen, w - 12);
            p.Rect(Brass, 0.1, bx0, (-w / 2) + 6, bLen, w - 12);
            for (var i = random.Next(3, 6); i > 0; i--)
            {
                var sw = U(10, 18);
                var sh = U(10, 20);
                p.Rect(Steel, 0.2, U(bx0, bx0 + bLen - sw), U((-w / 2) + 6, (w / 2) - 6 - sh), sw, sh);
            }

            p.Rect(Aluminium, 12 * 0.5, (-l / 2) + 4, -11, 16, 22);
            p.Rect(Mixed, 0.8, (-l / 2) + 5, -9, 14, 18);
            p.Rect(Glass, 10, (-l / 2) + 1, -13, 1.5, 26);
            foreach (var s in new[] { -1.0, 1.0 })
            {
                p.Rect(Organic, 5 * 1.2, -24, (s * (w / 2)) - 1.5, 20, 3);
                p.Rect(Steel, 0.2, -17, (s * ((w / 2) - 3)) - 2, 6, 4);
            }

            p.Ellipse(Steel, 2.5, (l / 2) - 22, w / 4, 6, 6);
            p.Rect(Brass, 1.5, (l / 2) - 4, -8, 3, 16);
            SCamera(p, (-l / 2) + 30, (w / 2) - 14, 9, false);
            if (strap)
            {
                p.Rect(Organic, 2 * 1.5 * 0.6, -l * 0.3, -13, l * 0.6, 26);
                p.Rect(Steel, 1.2, (l * 0.3) - 10, -14, 8, 28);
            }

            return pen.Box;
        }

        /// <summary>
        /// A push-to-talk radio phone (the Inrico, Hytera and Motorola handsets security and facilities staff carry: a two-way radio in
        /// form that talks over the mobile network on its SIM, and makes calls): a body 120–135 × 56–62 mm and 28–36 mm deep of
        /// polycarbonate (2 mm walls at about 1.2 g/cm³, its sides seen edge-on round its rim) round a die-cast aluminium chassis (1.5 mm,
        /// its walls too); a 1.7–2.4 inch display under 0.7 mm glass, a keypad on steel snap domes on some, a 36–40 mm loudspeaker (its
        /// steel basket and neodymium magnet) under a perforated steel grille, the board and its shields; a removable 3000–4000 mAh
        /// battery pack (see <see cref="SPouchCell"/>) over most of its back under a steel belt clip; a stub antenna 40–60 mm long (a
        /// steel coil in rubber on a brass connector), the channel knob and the push-to-talk key.
        /// </summary>
        private PixelBox PocRadioPhone(double scale)
        {
            var l = U(120, 135);
            var w = U(56, 62);
            var depth = U(28, 36);
            var antL = U(40, 60);
            var mah = U(3000, 4000);
            var keypad = Chance(0.6);
            var pen = Lay((-l / 2) - antL - 3, (-w / 2) - 4, (l / 2) + 3, (w / 2) + 3, scale);
            var p = new Turned(pen, 0, 0, 0);
            p.Poly(Organic, 2 * 2 * 1.2, RoundedOutline(-l / 2, -w / 2, l, w, 8));
            p.Line(Organic, depth * 2 * 1.2 / 2, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, 7));
            RoundedRect(p, Aluminium, 2 * 1.5, (-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6, 6);
            p.Line(Aluminium, depth - 10, 1.5, true, RoundedOutline((-l / 2) + 4, (-w / 2) + 4, l - 8, w - 8, 5));
            p.Rect(Glass, 0.7, (-l / 2) + 10, (-w / 2) + 9, 36, w - 18);
            p.Rect(Organic, 0.6 * 1.2, (-l / 2) + 10, (-w / 2) + 9, 36, w - 18);
            p.Rect(Mixed, 0.8, (-l / 2) + 6, (-w / 2) + 6, l - 12, w - 12);
            p.Rect(Brass, 0.1, (-l / 2) + 6, (-w / 2) + 6, l - 12, w - 12);
            for (var i = random.Next(2, 5); i > 0; i--)
            {
                p.Rect(Steel, 0.2, U((-l / 2) + 8, (l / 2) - 30), U((-w / 2) + 8, (w / 2) - 24), U(12, 22), U(10, 16));
            }

            if (keypad)
            {
                for (var r = 0; r < 4; r++)
                {
                    for (var c = 0; c < 3; c++)
                    {
                        p.Ellipse(Steel, 0.1, (-l / 2) + 54 + (r * 9), (-w / 2) + (w * (c + 1) / 4), 2.5, 2.5);
                    }
                }
            }

            var sx = (l / 2) - 28;
            p.Rect(Steel, 0.4 * 0.6, sx - 20, (-w / 2) + 6, 40, w - 12);
            p.Ellipse(Steel, 0.8, sx, 0, 19, 19);
            p.Ellipse(Steel, (4 * 0.95) + 2, sx, 0, 8, 8);
            var ct = U(8, 10);
            var cw = w - 12;
            var cl = Math.Min(mah * 3.7 / 0.5 / ct / cw, l - 24);
            var cx0 = (l / 2) - 8 - cl;
            RoundedRect(p, Organic, 2 * 1.5 * 1.2, cx0 - 2, (-cw / 2) - 2, cl + 4, cw + 4, 4);
            SPouchCell(p, cx0, -cw / 2, cl, cw, ct);
            p.Rect(Steel, 1.2, -20, -16, 60, 32);
            p.Ellipse(Steel, 4, -14, -10, 1.5, 1.5);
            p.Ellipse(Steel, 4, -14, 10, 1.5, 1.5);
            p.Rect(Organic, 10 * 1.2 * 0.8, (-l / 2) - antL, -5, antL, 10);
            p.Line(Steel, 0.8 * 0.8, 0.8, false, Zigzag((-l / 2) - antL + 4, (-l / 2) - 2, -3, 2.5, 6));
            p.Cylinder(Brass, (-l / 2) - 8, -4, 8, 8, 0.6);
            p.Cylinder(Organic, (-l / 2) - 12, (w / 2) - 22, 12, 14, 1.1);
            p.Rect(Steel, 0.8 * 3, (-l / 2) - 10, (w / 2) - 16.5, 10, 3);
            p.Rect(Organic, 4 * 1.2, (-l / 2) + 30, (-w / 2) - 2.5, 30, 3);
            p.Rect(Steel, 0.2, (-l / 2) + 40, (-w / 2) + 1, 8, 4);
            p.Rect(Brass, 1.5, (l / 2) - 4, -6, 3, 12);
            return pen.Box;
        }

        /// <summary>
        /// A camera phone with an optical zoom lens (the Samsung Galaxy S4 zoom and K zoom, sold second-hand as cheap camera phones):
        /// 124–139 × 63–72 mm and 15–17 mm deep, a polycarbonate back and frame round the rest of a slab phone (see <see cref="SPhone"/>:
        /// the glass front, a 2330–2430 mAh cell, its board and shields); in its top half the ten-times zoom lens, retracted: an aluminium
        /// trim ring 36–41 mm across and three nested polycarbonate barrels (1 mm walls, crossed along their heights down the beam) with
        /// the steel pins of their cams, four to six glass lens elements, the steel shutter and aperture blades, the lens's motor and its
        /// brass gears and the sensor on its ceramic; a xenon flash (a glass tube on an aluminium reflector) and its photoflash capacitor
        /// (an aluminium can 10 mm across and 22–26 mm long).
        /// </summary>
        private PixelBox ZoomLensPhone(double scale)
        {
            var kZoom = Chance(0.5);
            var (l, w, depth, lensD, mah) = kZoom
                ? (U(136, 139), U(70, 72), U(16.5, 17), U(38, 41), 2430.0)
                : (U(124, 127), U(63, 64.5), U(15, 16), U(36, 39), 2330.0);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var p = new Turned(pen, 0, 0, Chance(0.5) ? 0 : Math.PI);
            SPhone(p, l, w, 8, Organic, depth, false, mah, false);
            var r = lensD / 2;
            var cx = (-l / 2) + r + 8;
            p.Ring(Aluminium, 5, 1.2, cx, 0, r - 0.6, r - 0.6);
            double[] heights = [11, 9, 7];
            for (var i = 0; i < heights.Length; i++)
            {
                var rr = r - 3 - (i * 3);
                p.Ring(Organic, heights[i] * 1.2, 1.0, cx, 0, rr, rr);
                for (var j = 0; j < 3; j++)
                {
                    var a = (2 * Math.PI * j / 3) + i;
                    p.Ellipse(Steel, 2, cx + (rr * Math.Cos(a)), rr * Math.Sin(a), 0.8, 0.8);
                }
            }

            for (var i = random.Next(4, 7); i > 0; i--)
            {
                var er = U(r * 0.25, r * 0.6);
                p.Ellipse(Glass, U(1.2, 2.5), cx, 0, er, er);
            }

            p.Ring(Steel, 0.15 * 3, r * 0.25, cx, 0, r * 0.35, r * 0.35);
            p.Cylinder(Steel, cx + r - 6, -r + 2, 14, 6, 0.7);
            p.Ellipse(Brass, 1.2, cx + r - 3, r * 0.4, 3, 3);
            p.Ellipse(Brass, 1.2, cx + r - 7, r * 0.6, 2.2, 2.2);
            p.Rect(Glass, 1.0 * 3.5 / 2.5, cx - 6, -5, 12, 10);
            var fy = -r - 7;
            p.Tube(Glass, cx - 7, fy - 1.5, 14, 3, 0.3);
            p.Rect(Aluminium, 0.3 * 2, cx - 8, fy - 4, 16, 8);
            var capL = U(22, 26);
            p.Cylinder(Aluminium, cx + r + 4, r - 10, capL, 10, 0.35);
            p.Cylinder(Mixed, cx + r + 6, r - 8.5, capL - 4, 7, 0.4);
            return pen.Box;
        }

        /// <summary>
        /// Thumb phones inside a boxed mug (a present for a prisoner, handed in at the gate): a printed card gift box (1.2 mm board at about
        /// 0.7 g/cm³, its sides seen edge-on round its rim) with a card insert; in it a stoneware or porcelain mug (about 2.35 g/cm³: 80–86
        /// mm across and 92–100 mm tall, 4–5 mm walls and a 6–8 mm base, its handle a loop 12 × 9 mm in section) standing up, or lying on
        /// its side with the box; in the mug, under crumpled tissue paper, one or two thumb phones (see <see cref="ThumbHandset"/>) in
        /// cling film. The box, the mug and the paper are the host; the phones are the item.
        /// </summary>
        private PixelBox PhoneInMugGiftBox(double scale)
        {
            var r = U(40, 43);
            var h = U(92, 100);
            var wall = U(4, 5);
            var baseT = U(6, 8);
            var stone = U(2.3, 2.4) / 2.5;
            var standing = Chance(0.5);
            var n = Chance(0.6) ? 1 : 2;
            const double reach = 26;
            var (bl, bw, bd) = standing ? ((2 * r) + reach + 10, (2 * r) + 10, h + 10) : (h + 12, (2 * r) + reach + 10, (2 * r) + 10);
            var pen = Lay((-bl / 2) - 2, (-bw / 2) - 2, (bl / 2) + 2, (bw / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            SheetBox(k, Organic, -bl / 2, -bw / 2, bl, bw, bd, 1.2, 0.7, 3);
            k.Rect(Organic, 2 * 0.8 * 0.7, (-bl / 2) + 2, (-bw / 2) + 2, bl - 4, bw - 4);
            var pw = U(20, 24);
            var pd = U(11, 14);
            var flip = Chance(0.5) ? 1.0 : -1.0;
            if (standing)
            {
                var mx = (-bl / 2) + 5 + r;
                var m = new Turned(pen, mx, 0, 0);
                ThreeStanding(m, Glass, r, h * stone, wall, baseT * stone);
                m.Rect(Glass, h * 0.6 * stone, r + 15, -6, 9, 12);
                m.Rect(Glass, 2 * 9 * stone, r - 1, -6, 16, 12);
                m.Ellipse(Organic, 20 * 0.04, 0, 0, r - wall - 1, r - wall - 1);
                var pl = Math.Min(U(46, 72), (2 * (r - wall)) - 8);
                var angles = Enumerable.Range(0, n).Select(_ => U(0, Math.PI)).ToArray();
                pen.Item(() =>
                {
                    foreach (var a in angles)
                    {
                        var q = new Turned(pen, mx, 0, a);
                        VFilmBag(q, (-pl / 2) - 1.5, (-pw / 2) - 1.5, pl + 3, pw + 3, 0.03, 0.92);
                        ThumbHandset(q, pl, pw, pd);
                    }
                });
                return pen.Box;
            }

            var my = -flip * (reach / 2);
            var g = new Turned(pen, 0, my, 0);
            g.Tube(Glass, (-h / 2) + baseT, -r, h - baseT, 2 * r, wall * stone);
            ZDiscEdgeOn(g, Glass, (-h / 2) + (baseT / 2), 0, r, baseT, stone);
            (double X, double Y)[] loop = [(-30, flip * r), (-26, flip * (r + 15)), (0, flip * (r + 22)), (26, flip * (r + 15)), (30, flip * r)];
            g.Line(Glass, 12 * stone * 0.8, 9, false, loop);
            g.Rect(Organic, 20 * 0.04, (-h / 2) + baseT + 2, -r + wall, h * 0.6, 2 * (r - wall));
            var pl2 = Math.Min(U(46, 72), h - baseT - 12);
            var xs = Enumerable.Range(0, n).Select(_ => U((-h / 2) + baseT + (pl2 / 2) + 3, (h / 2) - (pl2 / 2) - 3)).ToArray();
            var turns = Enumerable.Range(0, n).Select(_ => Chance(0.5) ? 0 : Math.PI).ToArray();
            pen.Item(() =>
            {
                for (var i = 0; i < n; i++)
                {
                    var y = n == 1 ? 0 : (i == 0 ? (-pw / 2) - 1.5 : (pw / 2) + 1.5);
                    var q = new Turned(pen, xs[i], my + y, turns[i]);
                    VFilmBag(q, (-pl2 / 2) - 1.5, (-pw / 2) - 1.5, pl2 + 3, pw + 3, 0.03, 0.92);
                    ThumbHandset(q, pl2, pw, pd);
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// Phones inside a child's toy tipper truck (brought for the visits hall's play corner): 260–340 mm long and 130–160 mm wide over
        /// its wheels, of polypropylene and polyethylene, standing on its wheels (the beam down through it): the cab (a blow-moulded shell
        /// of 2.5 mm walls at about 0.95 g/cm³, 90–110 mm tall, its sides seen edge-on round its rim), the chassis tray under the body (2 mm
        /// walls at about 0.9, 30 mm deep), the tipping body (a 2.5 mm floor, its walls 60–70 mm tall); four or six hollow wheels 70–90 mm
        /// across and 28–35 mm wide (2 mm walls, their sidewalls seen edge-on down the beam) on 4.5 mm steel axles with push-on caps; taped
        /// inside the chassis under the body a smartphone (see <see cref="XPhone"/>) or one or two thumb phones (see
        /// <see cref="ThumbHandset"/>) in cling film. The truck is the host; the phones and their tape are the item.
        /// </summary>
        private PixelBox PhoneInToyTruck(double scale)
        {
            var l = U(260, 340);
            var w = U(130, 160);
            var wd = U(70, 90);
            var ww = U(28, 35);
            var six = Chance(0.4);
            var cabL = l * 0.3;
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            var cab = RoundedOutline((l / 2) - cabL, (-w / 2) + ww - 4, cabL, w - (2 * ww) + 8, 14);
            k.Poly(Organic, 2 * 2.5 * 0.95, cab);
            k.Line(Organic, U(90, 110) * 2.5 * 0.95 / 2, 2, true, Shrunk(cab, (l / 2) - (cabL / 2), 0, 0.98, 0.96));
            var trayW = w * 0.55;
            (double X, double Y)[] tray = SCorners((-l / 2) + 6, -trayW / 2, l - cabL - 8, trayW);
            k.Poly(Organic, 2 * 2 * 0.9, tray);
            k.Line(Organic, 30 * 2 * 0.9 / 2, 2, true, tray);
            var body = RoundedOutline(-l / 2, (-w / 2) + 4, l - cabL - 4, w - 8, 6);
            k.Poly(Organic, 2.5 * 0.9, body);
            k.Line(Organic, U(60, 70) * 2.5 * 0.9 / 2, 2, true, Shrunk(body, (-cabL - 4) / 2, 0, 0.985, 0.97));
            double[] axles = six
                ? [(-l / 2) + (wd / 2) + 6, (-l / 2) + (wd * 1.5) + 12, (l / 2) - (wd / 2) - 10]
                : [(-l / 2) + (wd / 2) + 10, (l / 2) - (wd / 2) - 10];
            foreach (var ax in axles)
            {
                k.Line(Steel, 0.8 * 4.5, 4.5, false, (ax, (-w / 2) + 2), (ax, (w / 2) - 2));
                foreach (var s in new[] { -1.0, 1.0 })
                {
                    var wy = s * ((w / 2) - (ww / 2));
                    k.Rect(Organic, 2 * 2 * 0.9, ax - (wd / 2), wy - (ww / 2), wd, ww);
                    k.Line(Organic, wd * 0.8 * 2 * 0.9 / 2, 2, false, (ax - (wd / 2), wy - (ww / 2) + 1), (ax + (wd / 2), wy - (ww / 2) + 1));
                    k.Line(Organic, wd * 0.8 * 2 * 0.9 / 2, 2, false, (ax - (wd / 2), wy + (ww / 2) - 1), (ax + (wd / 2), wy + (ww / 2) - 1));
                    k.Rect(Steel, 0.8 * 8 * 0.3, ax - 4, (s * (w / 2)) - 3, 8, 3);
                }
            }

            var cx = (-l / 2) + 6 + ((l - cabL - 8) / 2);
            var smart = Chance(0.5);
            var turn = Chance(0.5) ? 0 : Math.PI;
            if (smart)
            {
                var pl = U(140, 165);
                var pw = Math.Min(U(68, 77), trayW - 4);
                var dx = U(-5, 5);
                pen.Item(() =>
                {
                    var q = new Turned(pen, cx + dx, 0, turn);
                    XPhone(q, pl, pw);
                    q.Rect(Organic, 2 * 0.15 * 3 * 1.3, -10, (-pw / 2) - 3, 20, pw + 6);
                });
                return pen.Box;
            }

            var n = Chance(0.5) ? 1 : 2;
            var tl = U(46, 72);
            var tw = U(20, 24);
            var td = U(11, 14);
            pen.Item(() =>
            {
                for (var i = 0; i < n; i++)
                {
                    var q = new Turned(pen, cx + (n == 1 ? 0 : (i == 0 ? -(tl / 2) - 3 : (tl / 2) + 3)), 0, turn);
                    VFilmBag(q, (-tl / 2) - 1.5, (-tw / 2) - 1.5, tl + 3, tw + 3, 0.03, 0.92);
                    ThumbHandset(q, tl, tw, td);
                    q.Rect(Organic, 2 * 0.15 * 3 * 1.3, -8, (-tw / 2) - 3, 16, tw + 6);
                }
            });

            return pen.Box;
        }

        // ---- one each of the rest, and a second drug form ---------------------------------------

        /// <summary>
        /// Cartridges for a 9 mm rimfire garden gun (the shotgun farmers, gardeners and pest controllers keep for rats and pigeons): each a
        /// drawn-brass case 9.5 mm across and 28.8 mm long on an 11 mm rim holding 5.5–7 g of lead shot (see
        /// <see cref="ThreeRimfireEndOn"/>); standing in their box of 50 (a card carton 119 × 62 mm and 34 mm deep, 0.6 mm board at about
        /// 0.7 g/cm³, with its card grid ten by five), 10–50 of them left, a few loose beside it; or the box on its side, its cartridges
        /// lying in their rows; or a handful loose. The cartridges and their box are the item.
        /// </summary>
        private PixelBox GardenGunCartridges(double scale)
        {
            var shot = U(5.5, 7);
            var mode = random.Next(10);
            const double pitch = 11.5;
            const double bl = (10 * pitch) + 4;
            const double bw = (5 * pitch) + 4;
            var pen = Lay((-bl / 2) - 50, (-bw / 2) - 48, (bl / 2) + 50, (bw / 2) + 48, scale);
            var k = new Turned(pen, 0, 0, 0);
            int loose;
            if (mode <= 5)
            {
                SheetBox(k, Organic, -bl / 2, -bw / 2, bl, bw, 34, 0.6, 0.7);
                for (var i = 1; i < 10; i++)
                {
                    var x = (-bl / 2) + 2 + (i * pitch);
                    k.Line(Organic, 26 * 0.4 * 0.7 / 0.6, 0.6, false, (x, (-bw / 2) + 2), (x, (bw / 2) - 2));
                }

                for (var j = 1; j < 5; j++)
                {
                    var y = (-bw / 2) + 2 + (j * pitch);
                    k.Line(Organic, 26 * 0.4 * 0.7 / 0.6, 0.6, false, ((-bl / 2) + 2, y), ((bl / 2) - 2, y));
                }

                foreach (var slot in Enumerable.Range(0, 50).OrderBy(_ => random.Next()).Take(random.Next(10, 51)))
                {
                    ThreeRimfireEndOn(k, (-bl / 2) + 2 + (pitch * ((slot % 10) + 0.5)), (-bw / 2) + 2 + (pitch * ((slot / 10) + 0.5)), shot);
                }

                loose = random.Next(0, 5);
            }
            else if (mode <= 7)
            {
                SheetBox(k, Organic, -bl / 2, -17, bl, 34, bw, 0.6, 0.7);
                foreach (var slot in Enumerable.Range(0, 50).OrderBy(_ => random.Next()).Take(random.Next(10, 51)))
                {
                    ThreeRimfireSide(new Turned(pen, (-bl / 2) + 2 + (pitch * ((slot % 10) + 0.5)), 0, -Math.PI / 2), shot);
                }

                loose = random.Next(0, 4);
            }
            else
            {
                loose = random.Next(4, 16);
            }

            for (var i = 0; i < loose; i++)
            {
                var (x, y) = mode <= 7
                    ? (U((-bl / 2) - 30, (bl / 2) + 30), (Chance(0.5) ? 1 : -1) * U((bw / 2) + 16, (bw / 2) + 32))
                    : (U((-bl / 2) - 30, (bl / 2) + 30), U((-bw / 2) - 30, (bw / 2) + 30));
                ThreeRimfireSide(new Turned(pen, x, y, U(0, 2 * Math.PI)), shot);
            }

            return pen.Box;
        }

        /// <summary>
        /// A SIM inside a photo keyring (a child's photograph in clear acrylic, on the visitor's keys): acrylic 5–6 mm thick (about 1.18
        /// g/cm³), a rectangle 50–60 × 35–45 mm, a heart or a disc 45–52 mm across, in two halves clipped round a printed photograph (0.2
        /// mm paper at about 0.9); a steel jump ring and a 20–40 mm chain to a split ring (25 mm, two turns of 1.2 mm flat wire) carrying
        /// one to three keys (see <see cref="HouseKey"/>); behind the photograph a nano or micro SIM (see <see cref="SimChip"/>). The
        /// keyring, its keys and the photograph are the host; the SIM is the item.
        /// </summary>
        private PixelBox SimInPhotoKeyring(double scale)
        {
            var shape = random.Next(3);
            var (a, b) = shape switch { 0 => (U(50, 60), U(35, 45)), 1 => (U(45, 52), U(45, 52)), _ => (U(45, 50), 0.0) };
            if (shape == 2)
            {
                b = a;
            }

            var t = U(5, 6);
            var chain = U(20, 40);
            var ringY = (-b / 2) - chain - 12.5;
            var pen = Lay(-94, ringY - 94, 94, (b / 2) + 3, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] outline = shape switch
            {
                0 => RoundedOutline(-a / 2, -b / 2, a, b, 5),
                1 =>
                [
                    .. Enumerable.Range(0, 28).Select(i => 2 * Math.PI * i / 28).Select(q => (
                        a / 32 * 16 * Math.Pow(Math.Sin(q), 3),
                        (-b / 30 * ((13 * Math.Cos(q)) - (5 * Math.Cos(2 * q)) - (2 * Math.Cos(3 * q)) - Math.Cos(4 * q))) - (b / 30 * 2.5))),
                ],
                _ => UArc(0, 0, a / 2, b / 2, 0, 2 * Math.PI * 27 / 28, 27),
            };
            k.Poly(Organic, t * 1.18, outline);
            k.Poly(Organic, 0.2 * 0.9, Shrunk(outline, 0, 0, 0.85, 0.85));
            var (hx, hy) = shape == 1 ? (-a * 0.22, -b * 0.36) : (0.0, (-b / 2) + 4);
            k.Ring(Steel, 0.8 * 1.2, 1.2, hx, hy - 3, 4, 4);
            k.Line(Steel, 0.8 * 1.2 * 0.6, 2.2, false, (hx, hy - 7), (hx * 0.5, ((hy - 7) + ringY + 12.5) / 2), (0, ringY + 12.5));
            k.Ring(Steel, 2 * 1.2, 2.2, 0, ringY, 12.5, 12.5);
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                HouseKey(new Turned(pen, 0, ringY, U(-Math.PI * 0.9, -Math.PI * 0.1)), 12.5);
            }

            var (sx, sy, sa) = (U(-a * 0.12, a * 0.12), U(-b * 0.08, b * 0.1), U(0, 2 * Math.PI));
            var nano = Chance(0.65);
            pen.Item(() => SimChip(new Turned(pen, sx, sy, sa), nano ? 12.3 : 15, nano ? 8.8 : 12));
            return pen.Box;
        }

        /// <summary>
        /// Intravenous cannulas as a nurse or a drug user carries them: one to four peripheral cannulas (see <see cref="ThreeCannula"/>) of 14
        /// to 24 gauge (needles 0.7–2.1 mm across and 19–45 mm long), loose or each in its peel pack (paper and film, about 0.08 mm a face);
        /// with them none to two 10 ml pre-filled saline flush syringes (see <see cref="WSyringe"/>: a polypropylene barrel 15.5–16.5 mm
        /// across, 10 ml of saline at about 1.0 g/cm³, a cap on its tip), a few alcohol swabs in their foil sachets and on some a
        /// hook-and-loop tourniquet folded with its plastic buckle. All of it is the item.
        /// </summary>
        private PixelBox IvCannulaPack(double scale)
        {
            (double Od, double Len)[] gauges = [(2.1, 45), (1.7, 45), (1.3, 45), (1.1, 32), (0.9, 25), (0.7, 19)];
            var n = random.Next(1, 5);
            var flushes = random.Next(0, 3);
            var packed = Chance(0.6);
            var swabs = random.Next(0, 4);
            var tourniquet = Chance(0.3);
            var pen = Lay(-100, -82, 100, 82, scale);
            if (tourniquet)
            {
                var tq = new Turned(pen, U(-25, 25), U(-12, 12), U(0, Math.PI));
                tq.Rect(Organic, 4 * 1.5 * 0.6, -50, -12.5, 100, 25);
                RoundedRect(tq, Organic, 4 * 1.1, 40, -14, 22, 28, 4);
            }

            for (var i = 0; i < swabs; i++)
            {
                var sw = new Turned(pen, U(30, 66), U(-60, 60), U(0, Math.PI));
                sw.Rect(Organic, (2 * 0.05) + (0.8 * 0.8 * 0.5), -25, -15, 50, 30);
                sw.Rect(Aluminium, 2 * 0.009, -25, -15, 50, 30);
            }

            for (var i = 0; i < n; i++)
            {
                var (od, len) = gauges[random.Next(gauges.Length)];
                var c = new Turned(pen, -92 + U(0, 45 - len), -62 + (i * 34) + U(-2, 2), U(-0.05, 0.05));
                if (packed)
                {
                    VFilmBag(c, -6, -14, 42 + len + 24, 28, 0.08, 1.0);
                }

                ThreeCannula(c, od, len);
            }

            for (var i = 0; i < flushes; i++)
            {
                var bd = U(15.5, 16.5);
                var bl = U(78, 85);
                var inner = (bd / 2) - 0.8;
                var fillL = 10000 / (Math.PI * inner * inner);
                var at = bl - fillL - 6;
                var s = new Turned(pen, 40 + (i * 30), -(bl - 3 - fillL) / 2, Math.PI / 2);
                WSyringe(s, bd, bl, at);
                s.Cylinder(Organic, at + 6, -inner, bl - at - 6, 2 * inner, 1.0);
                s.Rect(Organic, 0.8 * 8 * 0.9, bl + 8, -4, 10, 8);
            }

            return pen.Box;
        }

        /// <summary>
        /// A rechargeable lighted make-up mirror, its lithium-ion cell built in: either a compact (80–100 mm across and 12–16 mm deep, two
        /// ABS halves with 1.8 mm walls at about 1.05 g/cm³ on a steel hinge pin, a plain and a magnifying glass mirror of 2 and 3 mm, a
        /// ring of LEDs on a flexible board, its board and USB-C socket, and a 300–600 mAh lithium-polymer pouch cell (see
        /// <see cref="SPouchCell"/>) under one mirror), shut or open flat; or a folding stand mirror (a 150–190 mm glass mirror, 2.5 mm,
        /// in an ABS frame with its LED strip, folded down onto a base 100–120 × 70–90 mm and 22–28 mm deep, a steel weight plate in it on
        /// some) with an 18650 cell (see <see cref="SCylCell"/>) or a 1200–2000 mAh pouch cell in its base. The cell is the item; the
        /// mirror holds it.
        /// </summary>
        private PixelBox LightedMakeupMirror(double scale)
        {
            if (Chance(0.6))
            {
                var r = U(40, 50);
                var depth = U(12, 16);
                var open = Chance(0.4);
                var mah = U(300, 600);
                var pen = open ? Lay((-2 * r) - 4, -r - 3, (2 * r) + 4, r + 3, scale) : Lay(-r - 3, -r - 3, r + 4, r + 3, scale);
                var lower = new Turned(pen, open ? -r - 1 : 0, 0, 0);
                var upper = new Turned(pen, open ? r + 1 : 0, 0, 0);
                void Half(Turned h, double glass)
                {
                    h.Ellipse(Organic, 1.8 * 1.05, 0, 0, r, r);
                    h.Ring(Organic, depth / 2 * 1.8 * 1.05 / 1.5, 1.5, 0, 0, r - 0.75, r - 0.75);
                    h.Ellipse(Glass, glass, 0, 0, r - 5, r - 5);
                    h.Ring(Organic, 0.3, 3, 0, 0, r - 3.5, r - 3.5);
                    for (var i = 0; i < 12; i++)
                    {
                        var a = 2 * Math.PI * i / 12;
                        h.Rect(Brass, 0.25, ((r - 3.5) * Math.Cos(a)) - 1.5, ((r - 3.5) * Math.Sin(a)) - 1.5, 3, 3);
                    }
                }

                Half(lower, 2);
                Half(upper, 3);
                var k = new Turned(pen, 0, 0, 0);
                k.Rect(Steel, 0.8 * 1.5, open ? -1 : r - 1, -12, 2, 24);
                lower.Rect(Mixed, 0.8, -12, r * 0.35, 24, 12);
                lower.Rect(Brass, 0.08, -12, r * 0.35, 24, 12);
                lower.Rect(Steel, 0.9, -4.5, r - 9, 9, 7);
                var t = U(3, 5);
                var cw = U(25, 30);
                var cl = Math.Min(mah * 3.7 / 0.45 / t / cw, (r - 10) * 1.4);
                pen.Item(() => SPouchCell(lower, (-cl / 2) + 2.5, (-cw / 2) - (r * 0.1), cl, cw, t));
                return pen.Box;
            }

            var ms = U(150, 190);
            var round = Chance(0.5);
            var bL = U(100, 120);
            var bW = U(70, 90);
            var bD = U(22, 28);
            var by = (ms / 2) - (bW / 2) + 6;
            var p2 = Lay((-ms / 2) - 3, (-ms / 2) - 3, (ms / 2) + 3, Math.Max(ms / 2, by + (bW / 2)) + 3, scale);
            var m = new Turned(p2, 0, 0, 0);
            (double X, double Y)[] frame = round
                ? UArc(0, 0, ms / 2, ms / 2, 0, 2 * Math.PI * 27 / 28, 27)
                : RoundedOutline(-ms / 2, -ms / 2, ms, ms, 12);
            m.Poly(Organic, 2 * 2 * 1.05, frame);
            m.Line(Organic, 15 * 2 * 1.05 / 2, 2, true, Shrunk(frame, 0, 0, 0.985, 0.985));
            m.Poly(Glass, 2.5, Shrunk(frame, 0, 0, 0.9, 0.9));
            for (var i = 0; i < 24; i++)
            {
                var a = 2 * Math.PI * i / 24;
                var rr = ms * 0.47;
                var (lx, ly) = round
                    ? (rr * Math.Cos(a), rr * Math.Sin(a))
                    : (Math.Clamp(rr * 1.4 * Math.Cos(a), -rr, rr), Math.Clamp(rr * 1.4 * Math.Sin(a), -rr, rr));
                m.Rect(Brass, 0.25, lx - 1.5, ly - 1.5, 3, 3);
            }

            RoundedRect(m, Organic, 2 * 2 * 1.05, -bL / 2, by - (bW / 2), bL, bW, 10);
            m.Line(Organic, bD * 2 * 1.05 / 2, 2, true, RoundedOutline((-bL / 2) + 1, by - (bW / 2) + 1, bL - 2, bW - 2, 9));
            if (Chance(0.4))
            {
                m.Rect(Steel, 2, (-bL / 2) + 8, by + 5, bL - 16, (bW / 2) - 10);
            }

            m.Rect(Mixed, 0.8, (bL / 2) - 40, by - (bW / 2) + 8, 30, 20);
            m.Rect(Brass, 0.08, (bL / 2) - 40, by - (bW / 2) + 8, 30, 20);
            m.Rect(Steel, 0.9, (bL / 2) - 7, by - 4.5, 7, 9);
            m.Rect(ZincAlloy, 0.8 * 8 * 0.5, (-bL / 2) + 10, by - (bW / 2) - 2, 12, 8);
            m.Rect(ZincAlloy, 0.8 * 8 * 0.5, (bL / 2) - 22, by - (bW / 2) - 2, 12, 8);
            var cyl = Chance(0.6);
            var mah2 = U(1200, 2000);
            var t2 = U(5, 7);
            var cw2 = U(40, 50);
            var cl2 = Math.Min(mah2 * 3.7 / 0.5 / t2 / cw2, bL - 50);
            p2.Item(() =>
            {
                if (cyl)
                {
                    SCylCell(m, -38, by - 4, 65, 18.4);
                    m.Rect(Steel, 0.15, -40, by - 12, 1.5, 16);
                    m.Rect(Steel, 0.15, 28, by - 12, 1.5, 16);
                }
                else
                {
                    SPouchCell(m, (-bL / 2) + 12, by - (cw2 / 2), cl2, cw2, t2);
                }
            });

            return p2.Box;
        }

        /// <summary>
        /// A corded hammer drill (the Bosch PSB and Makita HP class, a contractor's or a householder's tool), lying on its side: a body of
        /// glass-filled polyamide (2.5 mm walls at about 1.35 g/cm³, its sides seen edge-on round its rim) 250–290 mm long with a pistol grip
        /// 110–125 mm below it; the universal motor: its laminated steel armature (38–42 mm across, 45–55 mm of stack) and copper windings,
        /// the copper commutator and its carbon brushes (graphite, about 1.8) in brass holders, the field stack round it (laminations that
        /// the beam crosses through their depth above and below the armature) and its coils, the fan; a die-cast aluminium gear housing (3
        /// mm walls) with the steel gears seen edge-on and the hammer's ratchets; the spindle and a 13 mm chuck, either a keyed all-steel
        /// one (40–43 mm across) or a keyless one (a polymer sleeve over a steel body and jaws); the trigger switch (its brass contacts and
        /// spring), the direction lever; its two-core lead coiled round it with its plug (see <see cref="UMainsCable"/>); on some the side handle
        /// and its steel depth rod lying by it, and the chuck key.
        /// </summary>
        private PixelBox CordedDrill(double scale)
        {
            var keyless = Chance(0.5);
            var len = U(250, 290);
            var chuckL = keyless ? U(75, 85) : U(60, 70);
            var chuckD = keyless ? U(42, 46) : U(40, 43);
            var md = U(60, 66);
            var gh = U(110, 125);
            var side = Chance(0.35);
            var key = !keyless && Chance(0.6);
            var x0 = -len / 2;
            var x1 = len / 2;
            var hy = (md / 2) + gh;
            var cableY = (md / 2) + 30;
            var pen = Lay(x0 - 48, (-md / 2) - (side ? 62 : 14), x1 + chuckL + 4, hy + 24, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] shell =
            [
                (x0, (-md / 2) + 8), (x0 + 10, -md / 2), (x1 - 62, -md / 2), (x1 - 52, -md * 0.4), (x1, -md * 0.38), (x1, md * 0.38),
                (x1 - 52, md * 0.4), (x0 + 100, md / 2), (x0 + 86, hy - 10), (x0 + 88, hy), (x0 + 20, hy), (x0 + 14, hy - 10),
                (x0 + 24, (md / 2) + 10), (x0, (md / 2) - 5),
            ];
            k.Poly(Organic, 2 * 2.5 * 1.35, shell);
            k.Line(Organic, 55 * 2.5 * 1.35 / 2, 2, true, Shrunk(shell, x0 + 60, 20, 0.99, 0.985));
            var ax = x0 + 48;
            var arD = U(38, 42);
            var arL = U(45, 55);
            k.Rect(Steel, 16 * 0.95, ax, -arD / 2, arL, arD);
            k.Cylinder(Steel, ax, -arD / 2, arL, arD, 0.95);
            foreach (var s in new[] { -1.0, 1.0 })
            {
                var band = s < 0 ? (-md / 2) + 4 : (arD / 2) + 1;
                k.Rect(Steel, 45 * 0.95, ax, band, arL, (md / 2) - 4 - (arD / 2) - 1);
                k.Rect(Brass, 12 * 0.35, ax - 6, s < 0 ? (-arD / 2) - 6 : (arD / 2) - 4, arL + 12, 10);
            }

            k.Rect(Brass, 0.8 * arD * 0.3, ax - 10, -arD * 0.4, 10, arD * 0.8);
            k.Rect(Brass, 0.8 * arD * 0.3, ax + arL, -arD * 0.4, 10, arD * 0.8);
            k.Cylinder(Brass, ax - 26, -9, 14, 18, 0.7);
            foreach (var s in new[] { -1.0, 1.0 })
            {
                k.Rect(Organic, 6 * 1.8, ax - 23, s < 0 ? -22 : 9, 8, 13);
                k.Rect(Brass, 2 * 0.8, ax - 25, s < 0 ? -23 : 8, 12, 15);
            }

            k.Rect(Steel, 0.8 * 8, ax - 32, -4, x1 - ax - 20, 8);
            k.Cylinder(Organic, ax + arL + 12, -md * 0.4, 10, md * 0.8, 1.2);
            var gx = x1 - 58;
            (double X, double Y)[] gear = SCorners(gx, -md * 0.4, 58, md * 0.8);
            k.Poly(Aluminium, 2 * 3, gear);
            k.Line(Aluminium, 50 * 3 / 2.0, 2, true, gear);
            ZDiscEdgeOn(k, Steel, gx + 16, -6, 17, 9, 0.9);
            ZDiscEdgeOn(k, Steel, gx + 30, 8, 12, 8, 0.9);
            ZDiscEdgeOn(k, Steel, gx + 44, 0, 14, 6, 0.9);
            k.Cylinder(Steel, gx + 10, -6.5, 58, 13, 1);
            if (keyless)
            {
                k.Tube(Organic, x1, -chuckD / 2, chuckL, chuckD, 2 * 1.2);
                k.Cylinder(Steel, x1 + 5, -chuckD * 0.35, chuckL - 10, chuckD * 0.7, 0.7);
            }
            else
            {
                k.Cylinder(Steel, x1, -chuckD / 2, chuckL, chuckD, 0.85);
                k.Rect(Steel, 6, x1 + 8, -chuckD / 2, 6, chuckD);
            }

            k.Poly(Steel, 0.8 * 5, (x1 + chuckL, -5), (x1 + chuckL + 4, -2), (x1 + chuckL + 4, 2), (x1 + chuckL, 5));
            k.Rect(Organic, 20 * 1.1, x0 + 40, (md / 2) + 8, 26, 36);
            k.Rect(Brass, 0.8 * 2, x0 + 44, (md / 2) + 12, 18, 6);
            k.Rect(Brass, 0.8 * 2, x0 + 44, (md / 2) + 30, 18, 6);
            k.Line(Steel, 0.8 * 0.8 * 2, 0.8, false, Zigzag(x0 + 66, x0 + 78, (md / 2) + 22, 2, 5));
            k.Poly(Organic, 2 * 2 * 1.35, (x0 + 88, (md / 2) + 8), (x0 + 98, (md / 2) + 10), (x0 + 96, (md / 2) + 44), (x0 + 86, (md / 2) + 44));
            k.Rect(Steel, 0.8 * 4, x0 + 70, (md / 2) - 2, 14, 4);
            k.Rect(Organic, 8 * 1.2, x0 + 40, hy, 12, 20);
            k.Line(Organic, 0.8 * 8 * 1.4 * 0.6, 8, false, (x0 + 46, hy + 16), (x0 + 4, hy - 20), (x0 + 10, cableY));
            UMainsCable(pen, x0 + 10, cableY, 30, random.Next(2, 4), false);
            if (side)
            {
                var sh = new Turned(pen, x0 + 150, (-md / 2) - 33, 0);
                sh.Tube(Organic, -55, -15, 110, 30, 2.5 * 1.35);
                sh.Ring(Steel, 0.8 * 2 * 2, 2, 60, 0, 6, 22);
                sh.Line(Steel, 0.8 * 6, 6, false, (-100, -24), (90, -24));
            }

            if (key)
            {
                var kk = new Turned(pen, x1 - 40, hy - 30, U(0, 2 * Math.PI));
                kk.Rect(Steel, 0.8 * 8, -30, -4, 60, 8);
                kk.Rect(Steel, 0.8 * 8, -4, 4, 8, 40);
                kk.Cylinder(Steel, -6, 40, 12, 14, 0.7);
            }

            return pen.Box;
        }

        /// <summary>
        /// Home-distilled or infused spirit in a mason jar (moonshine as it is sold at fairs and handed round, and sloe or cherry gin made
        /// at home): a screw-top preserving jar of soda-lime glass, a quart (88–91 mm across and 170–178 mm tall) or a pint (76–78 × 130–135
        /// mm), 3.5–4.2 mm walls and a 5.5–7 mm base, its shoulder to a 70 mm mouth; a two-piece lid (a 0.25 mm tinplate disc with its
        /// sealing ring and a 0.3 mm steel screw band 12 mm deep); 60–95 % full of spirit at 40–60 % alcohol (about 0.93–0.97 g/cm³), and
        /// on some sloes or cherries (12–15 mm at about 1.05) settled in it; standing (the beam down it) or lying on its side.
        /// </summary>
        private PixelBox MoonshineJar(double scale)
        {
            var quart = Chance(0.6);
            var (r, h) = quart ? (U(44, 45.5), U(170, 178)) : (U(38, 39), U(130, 135));
            var wall = U(3.5, 4.2);
            var baseT = U(5.5, 7);
            const double mouth = 35;
            var fill = U(0.6, 0.95);
            var density = U(0.93, 0.97);
            var fruit = Chance(0.3) ? random.Next(12, 30) : 0;
            var standing = Chance(0.45);
            if (standing)
            {
                var pen = Lay(-r - 2, -r - 2, r + 2, r + 2, scale);
                var k = new Turned(pen, 0, 0, 0);
                ThreeStanding(k, Glass, r, h - 25, wall, baseT);
                k.Ring(Glass, wall * 1.6, r - mouth - 2, 0, 0, (r + mouth) / 2, (r + mouth) / 2);
                k.Ring(Glass, 13, wall * 0.8, 0, 0, mouth + (wall * 0.4), mouth + (wall * 0.4));
                k.Ellipse(Steel, 0.25, 0, 0, mouth, mouth);
                k.Ring(Organic, 1.2, 4, 0, 0, mouth - 3, mouth - 3);
                k.Ring(Steel, 12 * 0.3 / 0.8, 0.8, 0, 0, mouth + 2.5, mouth + 2.5);
                k.Ring(Steel, 0.3, 4, 0, 0, mouth, mouth);
                k.Ellipse(Organic, (h - baseT - 20) * fill * density, 0, 0, r - wall, r - wall);
                for (var i = 0; i < fruit; i++)
                {
                    var rr = (r - wall - 8) * Math.Sqrt(U(0, 1));
                    var a = U(0, 2 * Math.PI);
                    Ball(k, Organic, rr * Math.Cos(a), rr * Math.Sin(a), U(6, 7.5), 1.05 - density);
                }

                return pen.Box;
            }

            var p2 = Lay((-h / 2) - 2, -r - 2, (h / 2) + 2, r + 2, scale);
            var j = new Turned(p2, 0, 0, Chance(0.5) ? 0 : Math.PI);
            j.Tube(Glass, (-h / 2) + baseT, -r, h - baseT - 25, 2 * r, wall);
            ZDiscEdgeOn(j, Glass, (-h / 2) + (baseT / 2), 0, r, baseT, 1);
            j.Poly(Glass, 2 * wall * 1.4, ((h / 2) - 25, -r), ((h / 2) - 13, -mouth - 1), ((h / 2) - 13, mouth + 1), ((h / 2) - 25, r));
            j.Tube(Glass, (h / 2) - 13, -mouth - 1, 13, (2 * mouth) + 2, wall * 0.8);
            ZDiscEdgeOn(j, Steel, (h / 2) - 0.3, 0, mouth, 0.6, 1);
            j.Tube(Steel, (h / 2) - 12, -mouth - 2.5, 12, (2 * mouth) + 5, 0.3);
            LyingFill(j, Organic, (-h / 2) + baseT, h - baseT - 20, 2 * (r - wall), fill, density);
            for (var i = 0; i < fruit; i++)
            {
                Ball(j, Organic, U((-h / 2) + baseT + 8, (h / 2) - 35), U(-r + wall + 8, r - wall - 8), U(6, 7.5), 1.05 - density);
            }

            return p2.Box;
        }

        /// <summary>
        /// Cannabis tincture as it is sold online (THC oil in a carrier oil, or an alcohol tincture): one to three dropper bottles of amber
        /// glass, a 30 ml Boston round (33 mm across and 75 mm tall, 2 mm walls and a 3.5 mm base) or a 10 ml one (22 × 53 mm, 1.6 mm
        /// walls), its neck under a dropper cap (a polypropylene collar with 1.5 mm walls, a rubber bulb at about 1.2 g/cm³) whose glass
        /// pipette (7 mm, 1 mm walls, 42–62 mm long) reaches down into the liquid; 40–95 % full of oil (about 0.93) or tincture (about
        /// 0.87); lying on their sides or standing, each in its card carton (0.4 mm board at about 0.7) on some.
        /// </summary>
        private PixelBox CannabisTincture(double scale)
        {
            var n = random.Next(1, 4);
            var big = Chance(0.7);
            var (r, hb, neck, wall, baseT, pip) = big ? (16.5, 75.0, 9.0, 2.0, 3.5, 62.0) : (11.0, 53.0, 8.0, 1.6, 3.0, 42.0);
            var boxed = Chance(0.3);
            var standing = Chance(0.3);
            var oil = Chance(0.6);
            var density = oil ? 0.93 : 0.87;
            var pitch = (2 * r) + 12;
            var total = hb + 36;
            var pen = standing
                ? Lay((-n * pitch / 2) - 4, -r - 6, (n * pitch / 2) + 4, r + 6, scale)
                : Lay((-n * pitch / 2) - 4, (-total / 2) - 6, (n * pitch / 2) + 4, (total / 2) + 6, scale);
            for (var i = 0; i < n; i++)
            {
                var x = (-n * pitch / 2) + (pitch * (i + 0.5));
                var fill = U(0.4, 0.95);
                if (standing)
                {
                    var b = new Turned(pen, x, U(-2, 2), 0);
                    if (boxed)
                    {
                        SheetBox(b, Organic, -r - 2, -r - 2, (2 * r) + 4, (2 * r) + 4, total, 0.4, 0.7);
                    }

                    ThreeStanding(b, Glass, r, hb - 12, wall, baseT);
                    b.Ring(Glass, wall * 1.4, r - neck, 0, 0, (r + neck) / 2, (r + neck) / 2);
                    b.Ring(Glass, 12, wall, 0, 0, neck - (wall / 2), neck - (wall / 2));
                    b.Ellipse(Organic, 2 * 1.5 * 0.9, 0, 0, neck + 2, neck + 2);
                    b.Ring(Organic, 14 * 1.5 * 0.9 / 1.5, 1.5, 0, 0, neck + 1.5, neck + 1.5);
                    b.Ellipse(Organic, 2 * 1.5 * 1.2, 0, 0, 6, 6);
                    b.Ring(Glass, pip * 1.0 / 1.0, 1.0, 0, 0, 3, 3);
                    b.Ellipse(Organic, (hb - baseT - 12) * fill * density, 0, 0, r - wall, r - wall);
                    continue;
                }

                var c = new Turned(pen, x, (-total / 2) + U(0, 4), (Math.PI / 2) + U(-0.08, 0.08));
                if (boxed)
                {
                    SheetBox(c, Organic, -2, -r - 2, total + 2, (2 * r) + 4, (2 * r) + 4, 0.4, 0.7);
                }

                var body = hb - 12;
                c.Tube(Glass, baseT, -r, body - baseT, 2 * r, wall);
                ZDiscEdgeOn(c, Glass, baseT / 2, 0, r, baseT, 1);
                c.Poly(Glass, 2 * wall * 1.4, (body, -r), (body + 8, -neck), (body + 8, neck), (body, r));
                c.Tube(Glass, body + 8, -neck, 4, 2 * neck, wall);
                c.Tube(Organic, hb - 2, -neck - 2, 14, (2 * neck) + 4, 1.5 * 0.9);
                c.Tube(Organic, hb + 12, -6, 22, 12, 1.5 * 1.2);
                ZDiscEdgeOn(c, Organic, hb + 33, 0, 6, 2, 1.2);
                c.Tube(Glass, hb + 12 - pip, -3.5, pip, 7, 1.0);
                LyingFill(c, Organic, baseT, body - baseT, 2 * (r - wall), fill, density);
                c.Rect(Organic, 5 * density * 0.8, hb + 12 - pip, -2.5, pip * U(0.1, 0.5), 5);
            }

            return pen.Box;
        }

        /// <summary>
        /// Drugs hidden in the soles of a pair of flip-flops (brought for a visitor's child or worn in): soles 250–290 mm long and 92–108 mm
        /// wide at the ball, 15–24 mm thick at the heel and thinner at the toe, of EVA foam (0.15–0.25 g/cm³) or rubber foam (0.4–0.5); a
        /// Y-strap of PVC (15 mm wide, 4 mm at about 1.25) lying over each and its toe-post plug through the sole; lying side by side or
        /// sole to sole; in the heel of one, or of both, a cavity cut from the top and glued shut over a cling-filmed package of powder or
        /// resin (40–70 × 28–45 mm and 7–13 mm thick at 1.0–1.3), which the beam crosses in place of the foam it replaced. The flip-flops
        /// are the host; the packages are the item.
        /// </summary>
        private PixelBox DrugsInFlipFlops(double scale)
        {
            var l = U(250, 290);
            var w = U(92, 108);
            var heel = U(15, 24);
            var toe = heel * U(0.55, 0.7);
            var rubber = Chance(0.4);
            var rho = rubber ? U(0.4, 0.5) : U(0.15, 0.25);
            var stacked = Chance(0.4);
            var both = Chance(0.25);
            var pen = stacked
                ? Lay((-l / 2) - 22, (-w / 2) - 16, (l / 2) + 22, (w / 2) + 16, scale)
                : Lay((-l / 2) - 2, -w - 8, (l / 2) + 2, w + 8, scale);
            var feet = new List<(Turned Part, double Side)>();
            if (stacked)
            {
                feet.Add((new Turned(pen, 0, 0, 0), 1));
                feet.Add((new Turned(pen, U(-15, 15), U(-8, 8), U(-0.06, 0.06)), -1));
            }
            else
            {
                feet.Add((new Turned(pen, 0, (-w / 2) - 3, 0), -1));
                feet.Add((new Turned(pen, 0, (w / 2) + 3, 0), 1));
            }

            var hidden = new List<(Turned Part, double X, double Y, double L, double W, double T, double Rho)>();
            var first = random.Next(2);
            for (var i = 0; i < feet.Count; i++)
            {
                var (f, side) = feet[i];
                f.Poly(Organic, toe * rho, ThreeSole(l, w, side));
                f.Poly(Organic, (heel - toe) * rho, ThreeSole(l, w, side, 0.5));
                var post = (-l / 2) + (0.8 * l);
                var py = side * w * 0.07 * 0.8;
                f.Ellipse(Organic, heel * (1.25 - rho), post, py, 4, 4);
                foreach (var s in new[] { -1.0, 1.0 })
                {
                    var ex = (-l / 2) + (0.45 * l);
                    f.Line(Organic, 4 * 1.25, 15, false,
                        (post, py), (post - (l * 0.15), py + (s * w * 0.2)), (ex, (side * w * 0.07 * 0.45) + (s * w * 0.3)));
                }

                if (i == first || both)
                {
                    var pl = U(40, 70);
                    var pw = U(28, Math.Min(45, w * 0.45));
                    var pt = U(7, Math.Min(13, heel - 4));
                    var hx = (-l / 2) + (0.2 * l) + U(-5, 5);
                    var hy = side * w * 0.07 * 0.2;
                    f.Line(Organic, 0.8, 1, true, RoundedOutline(hx - (pl / 2) - 2, hy - (pw / 2) - 2, pl + 4, pw + 4, 5));
                    hidden.Add((f, hx, hy, pl, pw, pt, U(1.0, 1.3)));
                }
            }

            pen.Item(() =>
            {
                foreach (var (f, hx, hy, pl, pw, pt, prho) in hidden)
                {
                    RoundedRect(f, Organic, pt * (prho - rho), hx - (pl / 2), hy - (pw / 2), pl, pw, 5);
                    f.Line(Organic, 0.6, 1, true, RoundedOutline(hx - (pl / 2), hy - (pw / 2), pl, pw, 5));
                }
            });

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>
        /// A mains extension lead (a contractor's, or brought for a hairdryer in a family room): a block of two, four or six sockets 140–340
        /// mm long, 50–56 mm wide and 36–42 mm deep of polypropylene (2 mm walls at about 1.05 g/cm³, its sides seen edge-on round its rim),
        /// inside it three brass busbars (0.8 mm strip standing 8 mm deep) and each socket's brass contact clips, the steel screws of its
        /// back, a neon switch on some; its three-core lead coiled over it with a moulded plug (see <see cref="UMainsCable"/>).
        /// </summary>
        private void ExtensionLead()
        {
            var n = new[] { 2, 4, 4, 6 }[random.Next(4)];
            var len = 40 + (n * 50);
            var w = U(50, 56);
            var depth = U(36, 42);
            var pen = Place((len / 2) + 70);
            var k = new Turned(pen, 0, 0, 0);
            SheetBox(k, Organic, -len / 2, -w / 2, len, w, depth, 2.0, 1.05, 6);
            foreach (var y in new[] { -w * 0.25, 0, w * 0.25 })
            {
                k.Line(Brass, 8 * 0.8 / 0.8, 0.8, false, ((-len / 2) + 14, y), ((len / 2) - 14, y));
            }

            for (var i = 0; i < n; i++)
            {
                var sx = (-len / 2) + 45 + (i * 50);
                k.Rect(Brass, 0.8 * 6, sx - 12, -w * 0.3, 6, 9);
                k.Rect(Brass, 0.8 * 6, sx + 6, -w * 0.3, 6, 9);
                k.Rect(Brass, 0.8 * 8, sx - 3, w * 0.12, 6, 10);
            }

            foreach (var x in new[] { (-len / 2) + 10, (len / 2) - 10 })
            {
                k.Ellipse(Steel, 10 * 0.8, x, 0, 1.8, 1.8);
            }

            if (Chance(0.5))
            {
                k.Rect(Organic, 15 * 1.1, (-len / 2) + 4, (-w / 2) + 8, 18, w - 16);
                k.Rect(Brass, 0.8 * 2, (-len / 2) + 6, -6, 14, 4);
                k.Tube(Glass, (-len / 2) + 6, 6, 12, 4, 0.3);
            }

            k.Rect(Organic, 8 * 1.2, len / 2, -5, 28, 10);
            UMainsCable(pen, (-len / 2) + 20, U(-10, 10), U(34, 44), random.Next(2, 5), true);
        }

        /// <summary>
        /// A hot-air styling brush (the Revlon One-Step and Babyliss kind): a handle 180–210 mm long and 40–46 mm across of polycarbonate (2
        /// mm walls at about 1.15 g/cm³) holding a small DC motor (see <see cref="ThreeCanMotor"/>), its rectifier board, the fan, the
        /// switch; a head 110–130 mm long and 58–72 mm across (1.8 mm walls) round the heater (a mica frame, counted as glass at 2.8 / 2.5,
        /// wound with resistance wire), nylon pins (1 mm, 12–16 mm long) standing out of it and tufts of bristle; a swivel and its two-core
        /// lead coiled with its plug (see <see cref="UMainsCable"/>); lying on its side.
        /// </summary>
        private void HotAirBrush()
        {
            var hl = U(180, 210);
            var hd = U(40, 46);
            var headL = U(110, 130);
            var headW = U(58, 72);
            var pinL = U(12, 16);
            var total = hl + headL;
            var pen = Place((total / 2) + 70);
            var k = new Turned(pen, 0, 0, 0);
            var x0 = -total / 2;
            k.Tube(Organic, x0, -hd / 2, hl, hd, 2 * 1.15);
            ZDiscEdgeOn(k, Organic, x0 + 1, 0, hd / 2, 2, 1.15);
            k.Cylinder(Organic, x0 - 20, -5, 22, 10, 1.2);
            ThreeCanMotor(k, x0 + 40, 0, 32, 27);
            k.Rect(Mixed, 0.6, x0 + 12, -12, 24, 24);
            k.Rect(Brass, 0.06, x0 + 12, -12, 24, 24);
            k.Rect(Steel, 0.8, x0 + 16, -6, 8, 5);
            k.Rect(Organic, 6 * 1.1, x0 + 90, (-hd / 2) - 2, 22, 5);
            k.Rect(Brass, 0.8, x0 + 94, (-hd / 2) + 2, 14, 4);
            k.Cylinder(Organic, x0 + 80, (-hd / 2) + 4, 10, hd - 8, 0.5);
            var hx = x0 + hl;
            k.Tube(Organic, hx, -headW / 2, headL, headW, 1.8 * 1.15);
            ZDiscEdgeOn(k, Organic, hx + headL - 1, 0, headW / 2, 2, 1.15);
            k.Rect(Glass, 0.4 * 2.8 / 2.5, hx + 4, (-headW / 2) + 8, headL - 12, headW - 16);
            k.Rect(Glass, (headW - 16) * 0.4 * 2.8 / 2.5 / 0.8, hx + 4, -0.4, headL - 12, 0.8);
            foreach (var y in new[] { -headW / 4, headW / 4 })
            {
                k.Line(Steel, 0.8 * 0.4 * 2, 0.4, false, Zigzag(hx + 6, hx + headL - 10, y - 3, 1.6, 6));
            }

            for (var x = hx + 6; x < hx + headL - 4; x += 8)
            {
                foreach (var s in new[] { -1.0, 1.0 })
                {
                    k.Line(Organic, 0.8 * 1.14, 1.0, false, (x, s * headW / 2), (x, s * ((headW / 2) + pinL)));
                }
            }

            k.Rect(Organic, pinL * 1.14 * 0.02 * 2, hx, -headW / 2, headL, headW);
            UMainsCable(pen, x0 - 12, (hd / 2) + 16, 26, random.Next(2, 4), false);
        }

        /// <summary>
        /// A toddler's toy mobile phone (the Fisher-Price and VTech kind that plays tunes and talks when its keys are pressed): an ABS body
        /// 120–150 × 58–72 mm and 20–28 mm deep (2 mm walls at about 1.05 g/cm³, its sides seen edge-on round its rim), a printed window for
        /// a screen, twelve rubber keys, a small board with its chip under a blob of epoxy, a 28–36 mm loudspeaker (a steel basket and a
        /// ferrite magnet), and two AAA or AA alkaline cells (see <see cref="AlkalineCell"/>) behind a screwed battery door with their steel
        /// springs; a teething ring on some.
        /// </summary>
        private void ToyPhone()
        {
            var l = U(120, 150);
            var w = U(58, 72);
            var depth = U(20, 28);
            var pen = Place((l / 2) + 30);
            var k = new Turned(pen, 0, 0, 0);
            RoundedRect(k, Organic, 2 * 2 * 1.05, -l / 2, -w / 2, l, w, 16);
            k.Line(Organic, depth * 2 * 1.05 / 2, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, 15));
            k.Rect(Organic, 1.2 * 1.2, (-l / 2) + 10, (-w / 2) + 10, l * 0.32, w - 20);
            for (var r = 0; r < 4; r++)
            {
                for (var c = 0; c < 3; c++)
                {
                    k.Ellipse(Organic, 3 * 1.2, (l * 0.0) + (r * 13) - 4, (-w / 2) + (w * (c + 1) / 4), 5, 4);
                }
            }

            k.Rect(Mixed, 0.8, -20, -14, 36, 28);
            k.Rect(Brass, 0.05, -20, -14, 36, 28);
            k.Ellipse(Organic, 1.5 * 1.2, -2, 0, 4, 4);
            var sr = U(14, 18);
            var sx = (-l / 2) + 12 + sr;
            k.Ellipse(Steel, 0.6, sx, 0, sr, sr);
            k.Ellipse(Steel, 4 * 4.8 / 7.85, sx, 0, sr * 0.45, sr * 0.45);
            k.Ellipse(Steel, 1.5, sx, 0, sr * 0.4, sr * 0.4);
            var aa = Chance(0.4);
            var (cl, cd) = aa ? (50.5, 14.5) : (44.5, 10.5);
            var bx = (l / 2) - 10 - (cl / 2);
            foreach (var s in new[] { -1.0, 1.0 })
            {
                AlkalineCell(new Turned(pen, bx, s * ((cd / 2) + 0.5), s < 0 ? 0 : Math.PI), cl, cd);
            }

            k.Line(Steel, 0.8 * 0.6 * 2, 0.6, false, Zigzag(bx - (cl / 2) - 4, bx - (cl / 2) - 0.5, -cd / 2, 1.5, cd * 0.8));
            k.Rect(Steel, 0.4, bx + (cl / 2) + 1, -cd, 1.5, 2 * cd);
            k.Ellipse(Steel, 6 * 0.8, bx, cd + 6, 1.4, 1.4);
            if (Chance(0.4))
            {
                k.Ring(Organic, 9 * 0.9, 7, (-l / 2) - 18, 0, 18, 14);
            }
        }

        /// <summary>
        /// A concert flute in its case (a pupil's or a player's, carried to a music group): a case 355–375 × 100–120 mm and 55–70 mm deep,
        /// of moulded ABS (2.5 mm at about 1.05 g/cm³) or of 3 mm plywood (about 0.6) under its cloth, its sides seen edge-on round its rim,
        /// a velvet-covered foam insert (about 0.06), two steel latches and the hinge pin; in it the flute in three pieces of silver-plated
        /// nickel silver (a 19 mm tube with 0.4 mm walls): the head joint (185–195 mm, its lip plate and riser, its crown and the cork and
        /// screw inside it), the body (330–345 mm, its key cups over pads of felt and skin, the hinge rods and posts and steel needle
        /// springs) and the foot joint (125–140 mm, three keys on their rod); a cleaning rod beside them.
        /// </summary>
        private void FluteInCase()
        {
            var cl = U(355, 375);
            var cw = U(100, 120);
            var cd = U(55, 70);
            var abs = Chance(0.5);
            var pen = Place((cl / 2) + 8);
            var k = new Turned(pen, 0, 0, 0);
            SheetBox(k, Organic, -cl / 2, -cw / 2, cl, cw, cd, abs ? 2.5 : 3.0, abs ? 1.05 : 0.6, 8);
            k.Rect(Organic, (cd - 10) * 0.06, (-cl / 2) + 4, (-cw / 2) + 4, cl - 8, cw - 8);
            foreach (var x in new[] { -cl / 4, cl / 4 })
            {
                k.Rect(Steel, 1.2, x - 9, (cw / 2) - 3, 18, 10);
            }

            k.Line(Steel, 0.8 * 2, 2, false, ((-cl / 2) + 20, (-cw / 2) + 1), ((cl / 2) - 20, (-cw / 2) + 1));
            var head = U(185, 195);
            var body = U(330, 345);
            var foot = U(125, 140);
            var hj = new Turned(pen, (-cl / 2) + 12, -cw / 4, 0);
            hj.Tube(Brass, 0, -9.5, head, 19, 0.4);
            hj.Ellipse(Brass, 1.0, 45, 0, 13, 7);
            hj.Ring(Brass, 5 * 0.4 / 0.6, 0.6, 45, 0, 6, 4);
            hj.Cylinder(Brass, -8, -10, 8, 20, 0.3);
            hj.Cylinder(Organic, 12, -9, 6, 18, 0.3);
            hj.Line(Steel, 0.8 * 3, 3, false, (-4, 0), (18, 0));
            var bj = new Turned(pen, (-cl / 2) + 12, 0, 0);
            bj.Tube(Brass, 0, -9.5, body, 19, 0.4);
            for (var i = random.Next(10, 14); i > 0; i--)
            {
                var x = U(20, body - 20);
                var rr = U(6.5, 9);
                bj.Ellipse(Brass, 1.0, x, 0, rr, rr);
                bj.Ellipse(Organic, 3 * 0.5, x, 0, rr - 1, rr - 1);
            }

            bj.Line(Brass, 0.8 * 3, 3, false, (20, 11), (body - 20, 11));
            bj.Line(Steel, 0.8 * 1.8, 1, false, (20, 11), (body - 20, 11));
            for (var i = 0; i < 8; i++)
            {
                bj.Ellipse(Brass, 8 * 0.8, 20 + (i * (body - 40) / 7), 12, 1.8, 1.8);
            }

            bj.Line(Steel, 0.8 * 0.6, 0.6, false, (40, 6), (140, 8));
            var fj = new Turned(pen, (cl / 2) - 14 - foot, cw / 4, 0);
            fj.Tube(Brass, 0, -9.5, foot, 19, 0.4);
            for (var i = 0; i < 3; i++)
            {
                fj.Ellipse(Brass, 1.0, 40 + (i * 30), 0, 8, 8);
                fj.Ellipse(Organic, 3 * 0.5, 40 + (i * 30), 0, 7, 7);
            }

            fj.Line(Brass, 0.8 * 3, 3, false, (20, 11), (foot - 10, 11));
            if (Chance(0.7))
            {
                k.Line(Organic, 0.8 * 6 * 1.2, 6, false, ((-cl / 2) + 40, (cw / 2) - 8), ((cl / 2) - 40, (cw / 2) - 8));
            }
        }

        /// <summary>
        /// Brass candlesticks (one, or a pair: a present, or brought for a religious service), lying on their sides: 150–260 mm tall on a foot
        /// 80–110 mm across; either spun from 0.6–0.9 mm brass sheet, hollow, with the foot filled with plaster (about 1.1 g/cm³) on some,
        /// or cast with a solid column 20–28 mm across and a 3 mm hollow foot; the domed foot and its flat base, knops on the column, the
        /// sconce (28–34 mm, for a dinner candle) and the drip pan under it, a felt pad under the foot.
        /// </summary>
        private void BrassCandlesticks()
        {
            var n = Chance(0.6) ? 2 : 1;
            var h = U(150, 260);
            var bd = U(80, 110);
            var col = U(20, 28);
            var cup = U(28, 34);
            var solid = Chance(0.3);
            var wall = U(0.6, 0.9);
            var plaster = !solid && Chance(0.6);
            var pen = Place(Math.Max(h / 2, n * bd / 2) + 12);
            for (var i = 0; i < n; i++)
            {
                var y = n == 1 ? 0 : (i == 0 ? (-bd / 2) - 2 : (bd / 2) + 2);
                var c = new Turned(pen, U(-4, 4), y, (i == 1 ? Math.PI : 0) + U(-0.05, 0.05));
                var x0 = -h / 2;
                var footEnd = x0 + 32;
                var cupX = (h / 2) - 25;
                if (solid)
                {
                    ZDiscEdgeOn(c, Brass, x0 + 2, 0, bd / 2, 4, 1);
                    c.Poly(Brass, 2 * 3 * 1.3, (x0 + 4, -bd * 0.42), (footEnd, (-col / 2) - 6), (footEnd, (col / 2) + 6), (x0 + 4, bd * 0.42));
                    c.Cylinder(Brass, footEnd, -col / 2, cupX - footEnd, col, 1);
                    Ball(c, Brass, footEnd + 10, 0, col * 0.8, 1);
                    Ball(c, Brass, (footEnd + cupX) / 2, 0, col * 0.7, 1);
                    c.Cylinder(Brass, cupX, -cup / 2, 25, cup, 0.45);
                }
                else
                {
                    ZDiscEdgeOn(c, Brass, x0 + 1, 0, bd / 2, 2 * wall, 1);
                    c.Poly(Brass, 2 * wall * 1.5, (x0 + 2, -bd * 0.45), (footEnd, (-col / 2) - 6), (footEnd, (col / 2) + 6), (x0 + 2, bd * 0.45));
                    c.Tube(Brass, footEnd, -col / 2, cupX - footEnd, col, wall);
                    HollowBall(c, Brass, footEnd + 10, 0, col * 0.8, wall);
                    HollowBall(c, Brass, (footEnd + cupX) / 2, 0, col * 0.7, wall);
                    c.Tube(Brass, cupX, -cup / 2, 25, cup, wall);
                    if (plaster)
                    {
                        c.Cylinder(Glass, x0 + 2, -bd * 0.3, 26, bd * 0.6, 1.1 / 2.5);
                    }
                }

                ZDiscEdgeOn(c, Brass, cupX, 0, (cup / 2) + 14, 2 * wall, 1);
                ZDiscEdgeOn(c, Organic, x0 - 1, 0, (bd / 2) - 3, 2, 0.3);
            }
        }

        /// <summary>
        /// Pétanque boules (a leisure set's pair or three, taken to the park): hollow chromed steel balls 71–76 mm across with 3–6.5 mm walls
        /// (a leisure boule thin, a competition one thick), and the jack (a 28–31 mm ball of boxwood at about 0.9 g/cm³ or of plastic at
        /// about 1.05); in a canvas or nylon bag (two 1 mm layers at about 0.6) with its drawstring on some.
        /// </summary>
        private void PetanqueBoules()
        {
            var n = random.Next(2, 4);
            var r = U(35.5, 38);
            var wall = U(3, 6.5);
            var pen = Place((n * (r + 2)) + 30);
            var k = new Turned(pen, 0, 0, 0);
            if (Chance(0.6))
            {
                RoundedRect(k, Organic, 2 * 1 * 0.6, (-n * (r + 2)) - 12, -r - 14, (2 * n * (r + 2)) + 24, (2 * r) + 28, 16);
                k.Line(Organic, 0.8 * 4 * 1.14, 4, false, ((-n * (r + 2)) - 6, -r - 8), ((n * (r + 2)) + 6, -r - 8));
            }

            for (var i = 0; i < n; i++)
            {
                HollowBall(k, Steel, ((i - ((n - 1) / 2.0)) * ((2 * r) + 2)) + U(-2, 2), U(-3, 3), r, wall);
            }

            Ball(k, Organic, U(-n * r * 0.5, n * r * 0.5), r + U(-4, 4), U(14, 15.5), Chance(0.5) ? 0.9 : 1.05);
        }

        /// <summary>
        /// A watercolour paint box (the pocket tin a painter or a child takes out): a tin of 0.3 mm enamelled steel 110–125 × 60–70 mm and
        /// 15–20 mm deep (the enamel about 0.15 mm of glass a face, its walls edge-on round its rim), shut or open with its lid beside it,
        /// a steel thumb ring under it on some; twelve half pans (16 × 19 mm, 0.8 mm polypropylene walls 10 mm deep) of paint 6–9 mm deep:
        /// organic pigments in gum (about 1.4 g/cm³), earth and mineral ones (about 1.9, half of it mineral, counted as glass) and cadmium
        /// and cobalt colours (about 2.2, their metal counted as steel at 0.12 of their depth); a travel brush (an aluminium ferrule, nylon
        /// hair and a plastic handle).
        /// </summary>
        private void WatercolourTin()
        {
            var l = U(110, 125);
            var w = U(60, 70);
            var depth = U(15, 20);
            var open = Chance(0.35);
            var pen = Place(open ? l + 10 : (l / 2) + 40);
            var k = new Turned(pen, open ? -l / 2 : 0, 0, 0);
            void Tray(Turned t)
            {
                RoundedRect(t, Steel, 0.3, -l / 2, -w / 2, l, w, 4);
                RoundedRect(t, Glass, 2 * 0.15, -l / 2, -w / 2, l, w, 4);
                t.Line(Steel, (depth / 2) * 0.3 / 0.8, 0.8, true, RoundedOutline((-l / 2) + 0.4, (-w / 2) + 0.4, l - 0.8, w - 0.8, 3.6));
            }

            Tray(k);
            if (open)
            {
                Tray(new Turned(pen, (l / 2) + 1, 0, 0));
            }
            else
            {
                Tray(k);
            }

            if (Chance(0.5))
            {
                k.Ring(Steel, 0.8 * 1.5, 1.5, (-l / 2) + 14, 0, 9, 9);
            }

            for (var row = 0; row < 2; row++)
            {
                for (var col = 0; col < 6; col++)
                {
                    var (px, py) = ((-l / 2) + 6 + (col * 17.2), (-w / 2) + 5 + (row * 20.5));
                    k.Rect(Organic, 0.8 * 0.9, px, py, 16, 19);
                    k.Line(Organic, 10 * 0.8 * 0.9 / 0.8, 0.8, true, SCorners(px + 0.4, py + 0.4, 15.2, 18.2));
                    var paint = U(6, 9);
                    switch (random.Next(3))
                    {
                        case 0:
                            k.Rect(Organic, paint * 1.4, px + 0.8, py + 0.8, 14.4, 17.4);
                            break;
                        case 1:
                            k.Rect(Organic, paint * 0.95, px + 0.8, py + 0.8, 14.4, 17.4);
                            k.Rect(Glass, paint * 0.95 / 2.5, px + 0.8, py + 0.8, 14.4, 17.4);
                            break;
                        default:
                            k.Rect(Organic, paint * 1.2, px + 0.8, py + 0.8, 14.4, 17.4);
                            k.Rect(Steel, paint * 0.12, px + 0.8, py + 0.8, 14.4, 17.4);
                            break;
                    }
                }
            }

            var b = new Turned(pen, open ? 0 : 0, (w / 2) + 14, U(-0.2, 0.2));
            b.Rect(Organic, 0.8 * 6 * 1.05, -50, -3, 60, 6);
            b.Tube(Aluminium, 10, -2.5, 15, 5, 0.3);
            b.Rect(Organic, 5 * 0.3 * 1.14, 25, -2.5, 15, 5);
        }

        /// <summary>
        /// A jigsaw puzzle in its box (for the family room, or a present): a box of 1.8 mm greyboard (about 0.7 g/cm³) 230–330 × 170–235 mm
        /// and 50–70 mm deep with its lid's skirt down its sides (the sides seen edge-on round its rim, double where the lid overlaps); in it
        /// 300, 500 or 1000 pieces of 2 mm board lying in a heap (a layer of them over most of its floor, thicker where they have piled, and
        /// single pieces on top with their knobs), loose or in a polyethylene bag.
        /// </summary>
        private void JigsawPuzzle()
        {
            var l = U(230, 330);
            var w = U(170, 235);
            var depth = U(50, 70);
            var pieces = new[] { 300, 500, 1000 }[random.Next(3)];
            var size = pieces switch { 300 => 32.0, 500 => 26.0, _ => 20.0 };
            var pen = Place((Math.Sqrt((l * l) + (w * w)) / 2) + 2);
            var k = new Turned(pen, 0, 0, 0);
            SheetBox(k, Organic, -l / 2, -w / 2, l, w, depth, 1.8, 0.7, 3);
            k.Line(Organic, depth * 1.8 * 0.7 / 0.8, 0.8, true, RoundedOutline((-l / 2) - 1, (-w / 2) - 1, l + 2, w + 2, 3));
            if (Chance(0.5))
            {
                VFilmBag(k, (-l / 2) + 10, (-w / 2) + 10, l - 20, w - 20, 0.03, 0.92);
            }

            var volume = pieces * size * size * 0.9 * 2.0;
            var layer = volume / ((l - 20) * (w - 20));
            k.Rect(Organic, layer * 0.55 * 0.7, (-l / 2) + 10, (-w / 2) + 10, l - 20, w - 20);
            for (var i = random.Next(3, 7); i > 0; i--)
            {
                k.Ellipse(Organic, layer * 0.6 * 0.7, U(-l / 4, l / 4), U(-w / 4, w / 4), U(30, l / 4), U(25, w / 4));
            }

            for (var i = random.Next(30, 60); i > 0; i--)
            {
                var p = new Turned(pen, U((-l / 2) + 20, (l / 2) - 20), U((-w / 2) + 20, (w / 2) - 20), U(0, 2 * Math.PI));
                var h = size / 2;
                p.Poly(Organic, 2 * 0.7,
                    (-h, -h), (-h * 0.2, -h), (-h * 0.3, -h * 1.4), (h * 0.3, -h * 1.4), (h * 0.2, -h), (h, -h), (h, -h * 0.2), (h * 1.4, -h * 0.3),
                    (h * 1.4, h * 0.3), (h, h * 0.2), (h, h), (-h, h), (-h, h * 0.2), (-h * 0.6, h * 0.3), (-h * 0.6, -h * 0.3), (-h, -h * 0.2));
            }
        }
    }
}
