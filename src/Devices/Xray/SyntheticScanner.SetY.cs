namespace Screening.Devices.Xray;

// Variant set Y (held out after X): threat shapes and clutter kinds that none of A to X and R draws.
// About two thirds are the ordinary forms a prison gate meets, in kinds, models and materials no set drew
// (bladed tools sold for the garden and the campsite, weapons sold online and at fairs, phones in the cases and
// with the accessories people carry them in, what is sold over the counter); the rest are hidden inside or packed
// with something innocent, or made at home. Each is written from what the real thing measures and is made of, by
// someone who read neither the analyser nor any x-ray figures. Thicknesses follow the rest of the scene: roughly
// the millimetres of that material the beam crosses where the part lies flat (a round bar of diameter d counts as
// about 0.8 d, a hollow part as its two walls, a sheet or wall seen edge-on as the depth the beam runs along it,
// shared out over the width of the line it is drawn as); a material lighter or heavier than water counts its
// thickness times its density; foams count at their foamed density; ferrite counts as steel at 4.8 / 7.85,
// washing-powder salts and set mortar as glass by their density over glass's 2.5 g/cm³.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        /// <summary>Draws one of set Y's threat shapes; null for a shape that is not set Y's.</summary>
        private PixelBox? DrawSetYThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.Hatchet => Hatchet(scale),
            ThreatShape.Sickle => Sickle(scale),
            ThreatShape.KnuckleKnife => KnuckleKnife(scale),
            ThreatShape.KnifeInPosterTube => KnifeInPosterTube(scale),
            ThreatShape.AcrylicShiv => AcrylicShiv(scale),
            ThreatShape.StunGun => StunGun(scale),
            ThreatShape.FlintlockPistol => FlintlockPistol(scale),
            ThreatShape.EvoSmgPistol => EvoSmgPistol(scale),
            ThreatShape.PcpAirPistol => PcpAirPistol(scale),
            ThreatShape.PistolInWashingPowder => PistolInWashingPowder(scale),
            ThreatShape.PhoneInFoamCase => PhoneInFoamCase(scale),
            ThreatShape.PhoneWithClipLens => PhoneWithClipLens(scale),
            ThreatShape.RuggedFlipPhone => RuggedFlipPhone(scale),
            ThreatShape.PhoneInShampooBottle => PhoneInShampooBottle(scale),
            ThreatShape.PhoneInPerfumeGiftBox => PhoneInPerfumeGiftBox(scale),
            ThreatShape.BuckshotShells => BuckshotShells(scale),
            ThreatShape.SimInInsole => SimInInsole(scale),
            ThreatShape.NaloxoneKit => NaloxoneKit(scale),
            ThreatShape.SonicToothbrush => SonicToothbrush(scale),
            ThreatShape.BrickTrowel => BrickTrowel(scale),
            ThreatShape.LiqueurChocolates => LiqueurChocolates(scale),
            ThreatShape.NitrousChargers => NitrousChargers(scale),
            ThreatShape.DrugsInFaceCreamJar => DrugsInFaceCreamJar(scale),
            _ => null,
        };

        /// <summary>Draws one of set Y's clutter kinds; false for a kind that is not set Y's.</summary>
        private bool DrawSetYClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.PocketWatch:
                    PocketWatch();
                    return true;
                case ClutterKind.Carabiners:
                    Carabiners();
                    return true;
                case ClutterKind.ToyKeyboard:
                    ToyKeyboard();
                    return true;
                case ClutterKind.FairyLights:
                    FairyLights();
                    return true;
                case ClutterKind.CampingLantern:
                    CampingLantern();
                    return true;
                case ClutterKind.YogaMat:
                    YogaMat();
                    return true;
                case ClutterKind.Football:
                    Football();
                    return true;
                case ClutterKind.WheatBag:
                    WheatBag();
                    return true;
                default:
                    return false;
            }
        }

        // ---- shared parts ---------------------------------------------------------------------

        /// <summary>
        /// A 12-bore cartridge of buckshot lying on its side along its part's x from its head at the origin, centred on y = 0: a
        /// polyethylene hull <paramref name="length"/> mm long (20.5 mm across, 0.55 mm wall), its brass or brass-plated steel head and
        /// rim, the primer, the base wad, the powder and a plastic wad, <paramref name="layers"/> layers of three lead balls of radius
        /// <paramref name="r"/> (each layer a triangle turned by <paramref name="phase"/> and a third of a turn per layer) in granulated
        /// polyethylene buffer (about 0.35 as packed), and the folded crimp.
        /// </summary>
        private static void YBuckshotSide(Turned s, double length, double head, bool steelHead, int layers, double r, double phase)
        {
            const double d = 20.5;
            const double bore = 18.5;
            var headMetal = steelHead ? Steel : Brass;
            s.Tube(Organic, 0, -d / 2, length, d, 0.55 * 0.95);
            s.Tube(headMetal, 0, (-d / 2) - 0.3, head, d + 0.6, 0.35);
            s.Rect(headMetal, 0.8 * 22.4 * 0.4 / 1.2, 0, -11.2, 1.2, 22.4);
            s.Cylinder(Brass, 0, -3, 6, 6);
            s.Rect(Organic, 0.8 * bore * 0.9, 1.5, (-bore / 2) + 1, 9, bore - 2);
            s.Cylinder(Organic, 10.5, (-bore / 2) + 1, 6, bore - 2, 0.9);
            s.Cylinder(Organic, 16.5, (-bore / 2) + 1, 8, bore - 2, 0.5);
            var x0 = 25.0;
            s.Cylinder(Organic, x0, (-bore / 2) + 0.6, layers * 2 * r, bore - 1.2, 0.35);
            var c = (bore / 2) - r - 0.1;
            for (var layer = 0; layer < layers; layer++)
            {
                var x = x0 + r + (layer * 2 * r);
                for (var k = 0; k < 3; k++)
                {
                    var y = c * Math.Cos(phase + (layer * Math.PI / 3) + (k * 2 * Math.PI / 3));
                    Ball(s, Lead, x, y, r, 1.0);
                }
            }

            s.Rect(Organic, 0.8 * bore * 0.6 * 0.95 * 3 / 4, length - 4, -bore / 2, 4, bore);
        }

        /// <summary>
        /// A 12-bore cartridge of buckshot standing on its head, the beam down its axis, centred on its part's origin: the head's base
        /// and primer face-on, the hull's wall crossed along its length round the rim, the wads, and the three columns of
        /// <paramref name="layers"/> lead balls each.
        /// </summary>
        private static void YBuckshotEndOn(Turned s, double length, bool steelHead, int layers, double r, double phase)
        {
            var headMetal = steelHead ? Steel : Brass;
            s.Ellipse(headMetal, 2 * 0.35, 0, 0, 11.2, 11.2);
            s.Ellipse(Brass, 4.5, 0, 0, 3, 3);
            s.Ring(headMetal, 12 * 0.35 / 0.8, 0.8, 0, 0, 10.5, 10.5);
            s.Ring(Organic, length * 0.55 * 0.95 / 0.8, 0.8, 0, 0, 9.9, 9.9);
            s.Ellipse(Organic, (9 * 0.9) + (6 * 0.9 * 0.9) + (8 * 0.5), 0, 0, 9.2, 9.2);
            var c = 9.25 - r - 0.1;
            for (var k = 0; k < 3; k++)
            {
                var a = phase + (k * 2 * Math.PI / 3);
                Ball(s, Lead, c * Math.Cos(a), c * Math.Sin(a), r, layers);
            }
        }

        /// <summary>
        /// A whipped-cream charger of nitrous oxide lying along its part's x from its base at the origin, centred on y = 0: a drawn steel
        /// bottle 18.2 mm across and 63–66 mm long with walls of about 1 mm (28 g empty), its domed base thicker, its neck tapering to
        /// the sealed tip; inside about 8 g of liquid nitrous oxide (0.75 g/cm³). All thicknesses times <paramref name="stack"/>, for
        /// chargers lying one over another.
        /// </summary>
        private static void YCharger(Turned c, double length, double stack)
        {
            const double d = 18.2;
            var body = length - 9;
            c.Tube(Steel, 0, -d / 2, body, d, 1.0 * stack);
            c.Rect(Steel, 0.8 * d * 1.4 * stack / 2.5, 0, -d / 2, 2.5, d);
            c.Poly(Steel, 2 * 1.3 * stack, (body, -d / 2), (body + 7, -4.5), (body + 7, 4.5), (body, d / 2));
            c.Rect(Steel, 0.8 * 8 * stack, body + 7, -3.5, 2, 7);
            c.Cylinder(Organic, 1.5, (-d / 2) + 1, body - 1, d - 2, 0.75 * 0.95 * stack);
        }

        /// <summary>
        /// The outline of a shoe insole <paramref name="l"/> × <paramref name="w"/> mm centred on the origin, toe toward +x: a round heel
        /// about two thirds of the foot's width, the arch narrowing on its inner side, the ball the full width, the toe rounded; its
        /// inner side toward −y, or +y when <paramref name="mirrored"/> (the other foot).
        /// </summary>
        private static (double X, double Y)[] YInsole(double l, double w, bool mirrored)
        {
            static double Half(double u) => u switch
            {
                < 0.15 => 0.66 * Math.Sqrt(Math.Max(0, 1 - Math.Pow((0.15 - u) / 0.15, 2))),
                < 0.45 => 0.66 - ((u - 0.15) / 0.3 * 0.1),
                < 0.72 => 0.56 + ((u - 0.45) / 0.27 * 0.44),
                _ => Math.Sqrt(Math.Max(0, 1 - Math.Pow((u - 0.72) / 0.28, 2))),
            };

            var side = mirrored ? -1.0 : 1.0;
            const int n = 24;
            var points = new List<(double X, double Y)>();
            for (var i = 0; i <= n; i++)
            {
                var u = (double)i / n;
                var shift = side * w * 0.07 * Math.Sin(Math.PI * u);
                points.Add((-l / 2 + (u * l), shift - (w / 2 * Half(u) * (u is > 0.3 and < 0.6 ? 0.85 : 1))));
            }

            for (var i = n; i >= 0; i--)
            {
                var u = (double)i / n;
                var shift = side * w * 0.07 * Math.Sin(Math.PI * u);
                points.Add((-l / 2 + (u * l), shift + (w / 2 * Half(u))));
            }

            return mirrored ? [.. points.Select(p => (p.X, -p.Y))] : [.. points];
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// A camping or garden hatchet (the Fiskars, Estwing and Gransfors class, sold in every garden centre and outdoor shop): a forged
        /// head of 0.5–0.65 kg, its bit 80–100 mm long at the edge and 105–125 mm from the edge to the eye, the cheeks tapering from
        /// about 20 mm of steel near the eye to the edge, the poll solid behind the eye (the handle crossing the eye between two 6 mm
        /// cheek walls); a handle 330–380 mm long and 34 mm wide of hickory (about 0.75 g/cm³, 24 mm through the beam as it lies), of
        /// glass-filled polyamide over a foam core (about 0.55 on average), or of forged steel (an I-section about 10 mm of steel
        /// through the beam) under stacked leather or a vinyl grip; a leather or polypropylene mask over the edge on most.
        /// </summary>
        private PixelBox Hatchet(double scale)
        {
            var kind = random.Next(3);
            var hl = U(330, 380);
            var bit = U(80, 100);
            var drop = U(105, 125);
            var hx = (hl / 2) - 24;
            var hw = U(32, 36);
            var mask = Chance(0.65);
            var pen = Lay((-hl / 2) - 3, -drop - 8, hx + (bit / 2) + 4, 32, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] handle =
            [
                (-hl / 2, (-hw / 2) - 3), ((-hl / 2) + 30, (-hw / 2) - 1), (0, (-hw / 2) + 2), (hx + 20, (-hw / 2) + 4),
                (hx + 20, (hw / 2) - 4), (0, (hw / 2) - 2), ((-hl / 2) + 30, (hw / 2) + 1), (-hl / 2, (hw / 2) + 3),
            ];
            if (kind == 2)
            {
                k.Poly(Steel, 10, Shrunk(handle, 0, 0, 1, 0.55));
                var grip = SCorners(-hl / 2, (-hw / 2) - 3, 140, hw + 6);
                RoundSection(k, Organic, grip, (-hl / 2) + 70, 0, 32, 0.95);
            }
            else
            {
                RoundSection(k, Organic, handle, 0, 0, kind == 0 ? 24 : 26, kind == 0 ? 0.75 : 0.55);
            }

            var edge = UArc(hx, -drop + 6, bit / 2, -10, Math.PI * 0.08, Math.PI * 0.92, 10);
            (double X, double Y)[] head =
            [
                (hx - 22, 28), (hx + 22, 28), (hx + 22, -20), (hx + (bit / 2), -drop + 6), .. edge, (hx - (bit / 2), -drop + 6), (hx - 22, -20),
            ];
            k.Poly(Steel, 2, head);
            k.Poly(Steel, 6, (hx - 22, 28), (hx + 22, 28), (hx + 22, -20), (hx + 30, -drop * 0.55), (hx - 30, -drop * 0.55), (hx - 22, -20));
            k.Poly(Steel, 8, (hx - 22, 28), (hx + 22, 28), (hx + 22, -drop * 0.25), (hx - 22, -drop * 0.25));
            k.Rect(Steel, 8, hx - 22, 14, 44, 14);
            if (kind == 0)
            {
                k.Rect(Aluminium, 0.8 * 10, hx - 20, -3, 40, 6);
            }

            if (mask)
            {
                (double X, double Y)[] cover = [(hx - (bit / 2) - 4, -drop * 0.5), (hx + (bit / 2) + 4, -drop * 0.5), (hx + (bit / 2) + 4, -drop - 6), (hx - (bit / 2) - 4, -drop - 6)];
                k.Poly(Organic, 2 * 2 * 1.2, cover);
                k.Rect(Steel, 1.5, hx + (bit / 2) - 2, -drop * 0.62, 6, 10);
            }

            return pen.Box;
        }

        /// <summary>
        /// A garden sickle or grass hook (sold in garden centres and in Asian grocers for cutting herbs): a crescent of 1.5–2.2 mm carbon
        /// or stainless steel, 110–140 mm to its outer edge from the centre of its curve, 24–34 mm deep at the heel and narrowing to its
        /// point, swept through 190–220°, its inner edge ground and on some serrated; a tang into a round handle of beech (about 0.7
        /// g/cm³, 28–34 mm across, 110–140 mm long) behind a 0.8 mm steel ferrule.
        /// </summary>
        private PixelBox Sickle(double scale)
        {
            var r = U(110, 140);
            var w0 = U(24, 34);
            var t = U(1.5, 2.2);
            var sweep = U(3.3, 3.85);
            var hl = U(110, 140);
            var hd = U(28, 34);
            var serrated = Chance(0.35);
            var hx = -r + (w0 / 2);
            var pen = Lay(-r - 3, -r - 3, r + 3, Math.Max(hl + 24, (r * Math.Sin(Math.Max(0, sweep - Math.PI))) + 3), scale);
            var k = new Turned(pen, 0, 0, 0);
            const int n = 20;
            var outer = new List<(double X, double Y)>();
            var inner = new List<(double X, double Y)>();
            var spine = new List<(double X, double Y)>();
            for (var i = 0; i <= n; i++)
            {
                var f = (double)i / n;
                var a = Math.PI + (f * sweep);
                var w = w0 * (1 - (0.92 * Math.Pow(f, 1.5)));
                outer.Add((r * Math.Cos(a), r * Math.Sin(a)));
                inner.Add(((r - w) * Math.Cos(a), (r - w) * Math.Sin(a)));
                spine.Add(((r - (w / 2)) * Math.Cos(a), (r - (w / 2)) * Math.Sin(a)));
            }

            (double X, double Y)[] blade = [.. outer, .. Enumerable.Reverse(inner)];
            (double X, double Y)[] back = [.. outer, .. Enumerable.Reverse(spine)];
            k.Poly(Steel, t * 0.45, blade);
            k.Poly(Steel, t * 0.55, back);
            if (serrated)
            {
                k.Line(Steel, t * 0.4, 1.0, false, [.. inner.Take(n - 2)]);
            }

            var hk = new Turned(pen, hx, 18, Math.PI / 2);
            hk.Rect(Steel, t * 1.5, -18, -3, hl * 0.7, 6);
            hk.Tube(Steel, -16, (-hd / 2) + 1, 20, hd - 2, 0.8);
            RoundSection(hk, Organic, SCorners(0, -hd / 2, hl, hd), hl / 2, 0, hd, 0.7);
            return pen.Box;
        }

        /// <summary>
        /// A knuckle-duster knife (the "trench" pattern sold online and at fairs, and seized from the street): a cast handle of zinc
        /// alloy or aluminium whose bow has four finger rings (each about 24 × 38 mm inside, 6 mm bars) over a grip bar, 105–115 mm long
        /// and 8–10 mm thick, a spike on its pommel; a 100–130 mm spear or clip-point blade 26–32 mm deep of 3.5–4.5 mm steel, its tang
        /// through the grip bar; in a nylon sheath (two 2 mm layers at about 1.1 g/cm³, its rim) on some.
        /// </summary>
        private PixelBox KnuckleKnife(double scale)
        {
            var bl = U(100, 130);
            var bw = U(26, 32);
            var t = U(3.5, 4.5);
            var gl = U(105, 115);
            var kt = U(8, 10);
            var metal = Chance(0.7) ? ZincAlloy : Aluminium;
            var sheath = Chance(0.4);
            var clip = Chance(0.5);
            var pen = Lay(-gl - 12, (-bw / 2) - 8, bl + (sheath ? 8 : 2), 55, scale);
            var k = new Turned(pen, 0, 0, 0);
            k.Rect(metal, 0.8 * kt, -gl, -8, gl, 16);
            for (var i = 0; i < 4; i++)
            {
                k.Ring(metal, 0.8 * kt, 6, -gl + (gl / 8) + (i * gl / 4), 30, (gl / 8) - 1, 19);
            }

            k.Poly(metal, 0.8 * kt, (-gl, -8), (-gl - 10, 0), (-gl, 8));
            (double X, double Y)[] blade = clip
                ? [(0, -bw / 2), (bl * 0.6, -bw / 2), (bl * 0.75, (-bw / 2) + 5), (bl, -bw * 0.1), (bl * 0.8, bw * 0.35), (bl * 0.3, bw / 2), (0, bw / 2)]
                : [(0, -bw / 2), (bl * 0.55, -bw / 2), (bl, 0), (bl * 0.55, bw / 2), (0, bw / 2)];
            k.Poly(Steel, t * 0.5, blade);
            k.Poly(Steel, t * 0.5, Shrunk(blade, 0, clip ? -bw / 2 : 0, 1, 0.5));
            k.Rect(Steel, t, -gl + 6, -5, gl - 6, 10);
            k.Rect(metal, 0.8 * 14, -4, (-bw / 2) - 4, 8, bw + 8);
            if (sheath)
            {
                (double X, double Y)[] shell = [(-2, (-bw / 2) - 6), (bl + 6, -3), (bl + 6, 3), (-2, (bw / 2) + 6)];
                k.Poly(Organic, 2 * 2 * 1.1, shell);
                k.Line(Organic, 3 * 2 * 1.1 * 2, 2, true, Shrunk(shell, bl / 2, 0, 0.985, 0.93));
            }

            return pen.Box;
        }

        /// <summary>
        /// A kitchen knife sent rolled inside posters in a cardboard postal tube: a spiral-wound tube 430–640 mm long (A2 to A1) and
        /// 60–80 mm across, its wall 1.5–2.5 mm of board at about 0.7 g/cm³, polyethylene end caps (1.5 mm at about 0.95, their ends seen
        /// edge-on) taped on; inside a roll of two to six posters (120 g/m² paper, 0.12 mm a sheet at about 0.8); in the core of the roll
        /// a cook's or carving knife (a 180–230 mm blade, a riveted handle; see <see cref="KitchenBlade"/>) in a folded card blade guard.
        /// The tube and posters are the host; the knife and its guard are the item.
        /// </summary>
        private PixelBox KnifeInPosterTube(double scale)
        {
            var len = U(430, 640);
            var d = U(60, 80);
            var wall = U(1.5, 2.5) * 0.7;
            var pen = Lay((-len / 2) - 26, (-d / 2) - 2, (len / 2) + 26, (d / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            k.Tube(Organic, -len / 2, -d / 2, len, d, wall);
            foreach (var side in new[] { -1.0, 1.0 })
            {
                var x = side < 0 ? (-len / 2) - 2 : len / 2;
                k.Rect(Organic, 0.8 * d * 0.95, x, (-d / 2) - 1.5, 2, d + 3);
                k.Tube(Organic, side < 0 ? (-len / 2) - 2 : (len / 2) - 23, (-d / 2) - 1.5, 25, d + 3, 1.5 * 0.95);
                k.Tube(Organic, side < 0 ? (-len / 2) + 10 : (len / 2) - 60, (-d / 2) - 1.7, 50, d + 3.4, 0.05 * 1.2 * 3);
            }

            var rollD = d - U(6, 12);
            var sheets = random.Next(2, 7);
            var rollL = Math.Min(len - 20, U(420, 600));
            k.Tube(Organic, (-len / 2) + 10, -rollD / 2, rollL, rollD, sheets * 0.12 * 0.8 * 1.5);
            var bl = U(180, 230);
            var hl = U(110, 130);
            var bw = Math.Min(U(36, 48), rollD - 8);
            var span = bl + hl;
            var cx = U((-len / 2) + 20 + (span / 2), (-len / 2) + 20 + (span / 2) + Math.Max(0, len - 40 - span));
            var a = Chance(0.5) ? 0 : Math.PI;
            var ox = cx - (Math.Cos(a) * (bl - hl) / 2);
            var oy = U(-(rollD / 2) + (bw / 2) + 2, (rollD / 2) - (bw / 2) - 2);
            pen.Item(() =>
            {
                var kn = new Turned(pen, ox, oy, a);
                KitchenBlade(kn, bl, bw, U(1.8, 2.4), hl, Chance(0.2), Chance(0.5));
                kn.Rect(Organic, 2 * 2 * 0.5 * 0.7, 2, (-bw / 2) - 1, bl, bw + 1);
            });

            return pen.Box;
        }

        /// <summary>
        /// A shiv with no metal in it: a blade cut from clear acrylic (PMMA, about 1.18 g/cm³) or polycarbonate (about 1.2) sheet 3–6
        /// mm thick, 120–180 mm long and 18–28 mm wide, ground by hand to a long point and its edges bevelled (the path thinner toward
        /// them), its outline uneven; a grip 60–85 mm long of wound cloth strips (2.5 mm a side at about 0.5) or PVC tape (1–1.5 mm a
        /// side at about 1.4); a loop of string through a hole in its butt on some.
        /// </summary>
        private PixelBox AcrylicShiv(double scale)
        {
            var len = U(120, 180);
            var w = U(18, 28);
            var sheet = U(3, 6);
            var rho = Chance(0.6) ? 1.18 : 1.2;
            var gl = U(60, 85);
            var tape = Chance(0.5);
            var wrap = tape ? U(1, 1.5) : 2.5;
            var wrapRho = tape ? 1.4 : 0.5;
            var loop = Chance(0.35);
            var x0 = -len / 2;
            var pen = Lay(x0 - (loop ? 52 : 4), (-w / 2) - wrap - 14, (len / 2) + 1, (w / 2) + wrap + 14, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] blade =
            [
                (x0, -w / 2), (x0 + (len * 0.35), (-w / 2) + U(-1, 1)), ((len / 2) - (len * 0.35), (-w / 2) + U(0, 2)), (len / 2, U(-1.5, 1.5)),
                ((len / 2) - (len * 0.32), (w / 2) - U(0, 2)), (x0 + (len * 0.4), (w / 2) + U(-1, 1)), (x0, w / 2),
            ];
            k.Poly(Organic, sheet * rho * 0.6, blade);
            k.Poly(Organic, sheet * rho * 0.4, Shrunk(blade, 0, 0, 0.96, 0.5));
            k.Rect(Organic, 2 * wrap * wrapRho, x0 - 2, (-w / 2) - wrap, gl + 2, w + (2 * wrap));
            k.Line(Organic, (w + 4) * wrap * wrapRho / 1.5, 1.5, false, (x0 - 2, (-w / 2) - wrap), (x0 + gl, (-w / 2) - wrap));
            k.Line(Organic, (w + 4) * wrap * wrapRho / 1.5, 1.5, false, (x0 - 2, (w / 2) + wrap), (x0 + gl, (w / 2) + wrap));
            if (loop)
            {
                k.Line(Organic, 0.8 * 2 * 0.9, 2, false, UArc(x0 - 25, 0, 25, 12, Math.PI * 0.1, Math.PI * 1.9, 16));
            }

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// A stun gun (a prohibited weapon, and so a firearm, under the Firearms Act 1968, s. 5(1)(b); the commonest one seized), either
        /// the palm-sized slab (120–165 × 45–58 mm, 28–36 mm deep) or the torch-shaped kind (an aluminium tube 30–36 mm across and
        /// 180–240 mm long, 1.5–2 mm walls): an ABS shell (2.5 mm walls at about 1.05 g/cm³); at the front two steel electrodes (3 mm
        /// rod) 25–36 mm apart and two shorter guard electrodes, an LED and its reflector; inside the oscillator's ferrite transformer
        /// and copper winding, the high-voltage coil (a ferrite rod in a copper winding potted in epoxy), its capacitor, the board, a
        /// Li-ion cell or pouch, the switch and charging socket; a wrist strap with its safety plug on the slab kind.
        /// </summary>
        private PixelBox StunGun(double scale)
        {
            var torch = Chance(0.4);
            var l = torch ? U(180, 240) : U(120, 165);
            var w = torch ? U(30, 36) : U(45, 58);
            var dep = torch ? w : U(28, 36);
            var gap = torch ? w * 0.6 : U(25, 36);
            var pen = Lay((-l / 2) - (torch ? 2 : 42), (-w / 2) - 4, (l / 2) + 18, (w / 2) + (torch ? 4 : 30), scale);
            var k = new Turned(pen, 0, 0, 0);
            if (torch)
            {
                k.Tube(Aluminium, -l / 2, -w / 2, l, w, U(1.5, 2));
                k.Tube(Aluminium, (l / 2) - 30, (-w / 2) - 3, 30, w + 6, 2);
                k.Rect(Glass, 0.8 * w * 2 / 2, (l / 2) - 4, (-w / 2) + 2, 2, w - 4);
                k.Rect(Aluminium, 0.8 * w * 0.5, (l / 2) - 18, (-w / 2) + 3, 12, w - 6);
            }
            else
            {
                var body = RoundedOutline(-l / 2, -w / 2, l, w, 12);
                k.Poly(Organic, 2 * 2.5 * 1.05, body);
                k.Line(Organic, dep * 2.5 * 1.05 / 2.5, 2.5, true, Shrunk(body, 0, 0, 0.98, 0.95));
                k.Line(Organic, 0.8 * 3 * 1.1, 3, false, UArc((-l / 2) - 18, 10, 20, 14, Math.PI * 0.35, Math.PI * 1.75, 12));
                k.Rect(Organic, 10 * 1.05, (-l / 2) - 8, (w / 2) + 4, 16, 22);
                k.Ellipse(Aluminium, 1.2, (l / 2) - 10, 0, 6, 6);
            }

            foreach (var s in new[] { -1.0, 1.0 })
            {
                k.Rect(Steel, 0.8 * 3, (l / 2) - 6, (s * gap / 2) - 1.5, 20, 3);
                k.Rect(Steel, 0.8 * 2.5, (l / 2) - 6, (s * gap / 4) - 1.25, 12, 2.5);
            }

            var cx = (l / 2) - 55;
            k.Cylinder(Steel, cx, -6, 36, 12, 0.6);
            k.Cylinder(Brass, cx, -8, 36, 16, 0.25);
            k.Cylinder(Organic, cx - 2, -10, 40, 20, 1.2);
            k.Rect(Steel, 12 * 0.6, cx - 22, -8, 15, 12);
            k.Rect(Brass, 3, cx - 22, -5, 15, 6);
            k.Cylinder(Aluminium, cx - 48, 2, 24, 10, 0.3);
            k.Cylinder(Organic, cx - 48, 2, 24, 10, 0.8);
            k.Rect(Mixed, 0.6, cx - 50, (-w / 2) + 6, 46, w - 12);
            k.Rect(Brass, 0.06, cx - 50, (-w / 2) + 6, 46, w - 12);
            if (torch || Chance(0.5))
            {
                SCylCell(k, (-l / 2) + 8, 0, torch ? 65 : 50, torch ? 18.4 : 14);
            }
            else
            {
                SPouchCell(k, (-l / 2) + 10, -w * 0.35, Math.Min(45, l - 80), w * 0.6, U(5, 7));
            }

            k.Rect(Steel, 1.2, (-l / 2) + 1, -4.5, 7, 9);
            k.Rect(Steel, 2, 0, (-w / 2) + 1, 10, 5);
            return pen.Box;
        }

        /// <summary>
        /// A flintlock or percussion single-shot pistol (an antique or a reproduction of a sea-service or Kentucky pistol, sold freely
        /// at fairs and online): a 210–260 mm steel barrel 22–26 mm across at the breech and thinner toward the muzzle, an 11.5–14 mm
        /// bore, its solid breech plug and tang; a full-length walnut stock (about 0.7 g/cm³, 30–32 mm thick) curving down to the butt
        /// under a brass cap; a 4 mm steel lock plate with its cock and frizzen (or hammer and nipple), a brass side plate, trigger
        /// guard and nose cap; a wooden ramrod with a brass tip, or a steel one, in its brass pipes under the barrel; loaded with black
        /// powder and a lead ball on some.
        /// </summary>
        private PixelBox FlintlockPistol(double scale)
        {
            var bl = U(210, 260);
            var bd = U(22, 26);
            var bore = U(11.5, 14);
            var percussion = Chance(0.4);
            var loaded = Chance(0.4);
            var pen = Lay(-182, (-bd / 2) - 32, bl + 2, 92, scale);
            var g = new Turned(pen, 0, 0, 0);
            var md = bd * 0.82;
            g.Tube(Steel, 0, -bd / 2, bl * 0.45, bd, (bd - bore) / 2 * 0.9);
            g.Tube(Steel, bl * 0.45, (-bd / 2) + ((bd - md) / 2), bl * 0.55, md, (md - bore) / 2 * 0.9);
            g.Rect(Steel, 0.8 * bd, -20, -bd / 2, 20, bd);
            g.Rect(Steel, 3, -80, (-bd / 2) + 2, 62, 8);
            g.Rect(Organic, 6 * 0.7, 0, -bd / 2, bl - 14, bd);
            (double X, double Y)[] fore = [(0, (bd / 2) - 4), (bl - 14, (md / 2) - 2), (bl - 14, (md / 2) + 12), (0, (bd / 2) + 16)];
            RoundSection(g, Organic, fore, bl / 2, (bd / 2) + 6, 30, 0.7);
            (double X, double Y)[] grip =
            [
                (0, -bd / 2), (-70, (-bd / 2) + 4), (-150, 30), (-178, 72), (-150, 88), (-112, 56), (-60, 30), (0, (bd / 2) + 16),
            ];
            RoundSection(g, Organic, grip, -80, 30, 32, 0.7);
            g.Poly(Brass, 2 * 1.5, (-152, 28), (-178, 72), (-150, 88), (-138, 78));
            g.Rect(Steel, 4, -72, (-bd / 2) - 2, 90, bd + 8);
            g.Rect(Steel, 3, -62, -2, 60, 6);
            g.Rect(Brass, 2, -62, (-bd / 2) + 2, 50, 14);
            g.Poly(Steel, 0.8 * 8, (-58, -bd / 2), (-42, -bd / 2), (-40, (-bd / 2) - 24), (-52, (-bd / 2) - 30), (-60, (-bd / 2) - 20));
            if (percussion)
            {
                g.Rect(Steel, 0.8 * 6, -8, (-bd / 2) - 8, 6, 10);
            }
            else
            {
                g.Poly(Steel, 3, (-14, (-bd / 2) - 2), (4, (-bd / 2) - 2), (2, (-bd / 2) - 26), (-10, (-bd / 2) - 26));
                g.Rect(Brass, 4, -20, (-bd / 2) - 2, 16, 6);
            }

            g.Line(Brass, 0.8 * 5, 5, false, UArc(-38, (bd / 2) + 16, 26, 16, 0, Math.PI, 10));
            g.Poly(Steel, 5, (-42, (bd / 2) + 14), (-36, (bd / 2) + 14), (-40, (bd / 2) + 28), (-45, (bd / 2) + 27));
            g.Rect(Brass, 2 * 1.2, bl - 22, (md / 2) - 2, 10, 16);
            if (Chance(0.6))
            {
                g.Cylinder(Organic, -20, (bd / 2) + 3, bl - 8, 9, 0.8);
                g.Cylinder(Brass, bl - 18, (bd / 2) + 3, 10, 9);
            }
            else
            {
                g.Cylinder(Steel, -20, (bd / 2) + 4, bl - 6, 6);
            }

            foreach (var px in new[] { 20.0, bl * 0.45, bl * 0.75 })
            {
                g.Tube(Brass, px, (bd / 2) + 2, 16, 11, 0.8);
            }

            if (loaded)
            {
                g.Cylinder(Organic, 3, (-bore / 2) + 0.3, 25, bore - 0.6, 1.0);
                Ball(g, Lead, 28 + (bore / 2), 0, (bore / 2) - 0.2, 1.0);
            }

            return pen.Box;
        }

        /// <summary>
        /// A compact 9 mm submachine-gun-pattern pistol of the CZ Scorpion Evo 3 class, without its brace: an upper receiver of aluminium
        /// (two 3 mm walls, 36 mm through the beam, its top and bottom walls edge-on) 290 mm long with an aluminium top rail and sights; a
        /// 16 mm steel barrel (9 mm bore) reaching 70 mm past the receiver under a muzzle brake; a solid steel bolt carrier (about 0.4
        /// kg), its recoil spring and guide, the charging handle; a lower of glass-filled nylon (two 3 mm walls at 1.4 g/cm³) with the
        /// steel fire-control parts, the trigger guard and a pistol grip raked back 18°; a translucent polymer magazine (two 2.5 mm
        /// walls at 1.2, steel feed lips and spring) of 20 or 30, empty or loaded with 9 × 19 mm rounds; a red-dot sight on some.
        /// </summary>
        private PixelBox EvoSmgPistol(double scale)
        {
            var thirty = Chance(0.6);
            var ml = thirty ? 200.0 : 150.0;
            var cant = 0.1;
            var pen = Lay(-266, -58, 138, 20 + ml + 16, scale);
            var g = new Turned(pen, 0, 0, 0);
            g.Rect(Aluminium, 2 * 3, -260, -25, 290, 40);
            g.Rect(Aluminium, 36 * 3 / 3.0, -260, -25, 290, 3);
            g.Rect(Aluminium, 36 * 3 / 3.0, -260, 12, 290, 3);
            g.Rect(Aluminium, 0.8 * 21, -250, -33, 280, 8);
            g.Rect(Aluminium, 0.8 * 10, -240, -44, 12, 11);
            g.Rect(Aluminium, 0.8 * 10, 10, -44, 12, 11);
            g.Tube(Steel, -70, -13, 170, 16, 3.2);
            g.Cylinder(Steel, 100, -14, 36, 18, 0.5);
            g.Rect(Steel, 0.8 * 22, -190, -20, 105, 22);
            g.Line(Steel, 2 * 1.2, 1.2, false, Zigzag(-255, -190, -11, 5, 6));
            g.Cylinder(Steel, -255, -10, 65, 4);
            g.Rect(Steel, 10, -60, -32, 10, 9);
            g.Rect(Steel, 2 * 2, -262, -25, 4, 40);
            (double X, double Y)[] lower = [(-210, 15), (-40, 15), (-40, 38), (-210, 38)];
            g.Poly(Organic, 2 * 3 * 1.4, lower);
            g.Line(Organic, 32 * 3 * 1.4 / 3, 3, true, lower);
            var rk = Math.Tan(18 * Math.PI / 180);
            (double X, double Y)[] grip = [(-200, 36), (-168, 36), (-168 - (110 * rk), 146), (-202 - (110 * rk), 146)];
            g.Poly(Organic, 2 * 3 * 1.4, grip);
            g.Line(Organic, 30 * 3 * 1.4 / 3, 3, true, grip);
            g.Line(Organic, 0.8 * 8 * 1.4, 5, false, UArc(-140, 40, 24, 18, 0, Math.PI, 10));
            g.Poly(Steel, 6, (-150, 36), (-144, 36), (-147, 50), (-152, 49));
            g.Rect(Steel, 4, -190, 18, 50, 14);
            var (mx, my) = Moved(0, 0, 0, -84 + (Math.Sin(cant) * ml / 2), 15 + (ml / 2));
            var a = (Math.PI / 2) - cant;
            var mag = new Turned(pen, mx, my, a);
            mag.Rect(Organic, 2 * 2.5 * 1.2, -ml / 2, -17, ml, 34);
            mag.Line(Organic, 24 * 2.5 * 1.2 / 2.5, 2.5, true, SCorners(-ml / 2, -17, ml, 34));
            mag.Rect(Steel, 2 * 0.8, -ml / 2, -15, 14, 30);
            mag.Line(Steel, 1.6, 1.0, false, Zigzag((-ml / 2) + 20, (ml / 2) - 6, -8, 8, 16));
            var rounds = random.Next(0, thirty ? 31 : 21);
            for (var i = 0; i < rounds; i++)
            {
                var along = (-ml / 2) + 8 + (i * 5.6);
                if (along > (ml / 2) - 8)
                {
                    break;
                }

                var (rx, ry) = Moved(mx, my, a, along, i % 2 == 0 ? -2.4 : 2.4);
                XNine(new Turned(pen, rx, ry, a - (Math.PI / 2)));
            }

            if (Chance(0.4))
            {
                g.Rect(Aluminium, 2 * 2, -150, -56, 50, 24);
                g.Rect(Glass, 2 * 2, -104, -54, 3, 20);
                g.Rect(Steel, 0.8 * 20 * 0.3, -128, -54, 3.2, 20);
            }

            return pen.Box;
        }

        /// <summary>
        /// A pre-charged pneumatic air pistol (the Weihrauch HW44 and Gamo AR-20 class; an air weapon, and over 6 ft·lb a prohibited one):
        /// a steel barrel 200–250 mm (12 mm over a 4.5 or 5.5 mm bore), in an aluminium shroud with baffles on some; an aluminium
        /// receiver block (24 mm through the beam) with the steel bolt and its handle, a rotary magazine of pellets in its breech; under
        /// the barrel the aluminium air reservoir (22–26 mm across, 3 mm walls for 200–250 bar) with its brass fill adaptor and a small
        /// steel pressure gauge; the steel trigger unit and an aluminium guard; a grip of walnut (about 0.7 g/cm³, 32 mm thick) or of
        /// polymer shells (two 3 mm walls at about 1.3); a dovetail rail and on some a red-dot sight.
        /// </summary>
        private PixelBox PcpAirPistol(double scale)
        {
            var bl = U(200, 250);
            var shroud = Chance(0.5);
            var cyl = U(150, 190);
            var cd = U(22, 26);
            var dot = Chance(0.35);
            var rk = Math.Tan(15 * Math.PI / 180);
            var pen = Lay(-132, dot ? -50 : -30, Math.Max(bl + (shroud ? 22 : 2), cyl + 4), 126, scale);
            var g = new Turned(pen, 0, 0, 0);
            g.Rect(Aluminium, 0.8 * 24, -70, -14, 70, 28);
            g.Cylinder(Steel, -92, -5, 72, 10);
            g.Ellipse(Steel, 0.8 * 8, -78, -20, 5, 5);
            g.Tube(Steel, 0, -6, bl, 12, 3.2);
            if (shroud)
            {
                g.Tube(Aluminium, 0, -11, bl + 20, 22, 1.2);
                for (var i = 0; i < 5; i++)
                {
                    g.Rect(Aluminium, 0.8 * 20 * 1.5 / 2, bl + 2 + (i * 3.5), -10, 2, 20);
                }
            }

            g.Tube(Aluminium, -10, 14, cyl, cd, 3);
            g.Rect(Brass, 0.8 * cd, cyl - 16, 14, 14, cd);
            g.Ellipse(Steel, 1.2, 40, 14 + (cd / 2), 12.5, 12.5);
            g.Ellipse(Brass, 1.5, 40, 14 + (cd / 2), 8, 8);
            g.Rect(Aluminium, 0.8 * 30, -55, -15, 8, 30);
            g.Rect(Lead, 0.6 * 5 * 2, -54, -10, 6, 20);
            g.Rect(Steel, 6, -62, 14, 36, 10);
            g.Line(Aluminium, 0.8 * 8, 4, false, UArc(-40, 26, 20, 14, 0, Math.PI, 10));
            g.Poly(Steel, 5, (-46, 24), (-41, 24), (-43, 38), (-48, 37));
            (double X, double Y)[] grip = [(-98, 12), (-62, 12), (-62 - (108 * rk), 120), (-100 - (108 * rk), 122)];
            if (Chance(0.6))
            {
                RoundSection(g, Organic, grip, -80 - (54 * rk), 66, 32, 0.7);
            }
            else
            {
                g.Poly(Organic, 2 * 3 * 1.3, grip);
                g.Line(Organic, 30 * 3 * 1.3 / 3, 3, true, grip);
            }

            g.Rect(Aluminium, 0.8 * 12, -70, -20, 70, 6);
            if (dot)
            {
                g.Tube(Aluminium, -66, -48, 60, 28, 1.5);
                g.Rect(Glass, 0.8 * 24 * 2 / 2, -8, -46, 2, 24);
                g.Rect(Steel, 0.8 * 20 * 0.3, -50, -44, 3.2, 20);
            }

            return pen.Box;
        }

        /// <summary>
        /// A handgun buried in a box of washing powder: a carton 260–310 × 180–210 mm and 75–95 mm deep (0.6 mm board at about 0.7
        /// g/cm³, lying on its face), 55–85 % full of powder (about 0.6 g/cm³ packed, nearly half of it by mass sodium carbonate,
        /// sulphate, silicate and zeolite, counted as glass, the rest surfactants and filler counted as organic), a polypropylene
        /// measuring scoop on some; pushed into the powder in a grip-seal freezer bag (0.06 mm) a striker-fired polymer pistol, loaded or
        /// not, or a small-frame revolver, the powder pressed aside round it. The carton, powder and scoop are the host; the gun and its
        /// bag are the item.
        /// </summary>
        private PixelBox PistolInWashingPowder(double scale)
        {
            var l = U(260, 310);
            var w = U(180, 210);
            var depth = U(75, 95);
            var fill = U(0.55, 0.85);
            var pen = Lay((-l / 2) - 1, (-w / 2) - 1, (l / 2) + 1, (w / 2) + 1, scale);
            var b = new Turned(pen, 0, 0, 0);
            SheetBox(b, Organic, -l / 2, -w / 2, l, w, depth, 0.6, 0.7, 3);
            var revolver = Chance(0.35);
            var slideL = U(165, 187);
            var gripL = U(78, 92);
            var rk = Math.Tan(20 * Math.PI / 180);
            var (ex0, ex1, ey0, ey1) = revolver ? (-78.0, 65.0, -31.0, 95.0) : ((-slideL / 2) - (gripL * rk) - 6, (slideL / 2) + 1, -34.0, gripL + 2);
            var oa = (Chance(0.5) ? 0 : Math.PI) + U(-0.08, 0.08);
            var (mx, my) = Moved(0, 0, oa, (ex0 + ex1) / 2, (ey0 + ey1) / 2);
            var (gx, gy) = (U(-l * 0.03, l * 0.03), U(-w * 0.04, w * 0.04));
            var (ox, oy) = (gx - mx, gy - my);
            var (hx0, hy0, hx1, hy1) = TurnedExtent(ox, oy, oa, ex0 - 4, ey0 - 4, ex1 + 4, ey1 + 4);
            var (ix0, iy0, ix1, iy1) = ((-l / 2) + 2, (-w / 2) + 2, (l / 2) - 2, (w / 2) - 2);
            (hx0, hy0, hx1, hy1) = (Math.Max(hx0, ix0 + 2), Math.Max(hy0, iy0 + 2), Math.Min(hx1, ix1 - 2), Math.Min(hy1, iy1 - 2));
            var pd = fill * depth;
            var holed = XHoled(ix0, iy0, ix1, iy1, hx0, hy0, hx1, hy1);
            b.Poly(Organic, pd * 0.33, holed);
            b.Poly(Mixed, pd * 0.108, holed);
            var left = Math.Max(0, pd - 34);
            b.Rect(Organic, left * 0.33, hx0, hy0, hx1 - hx0, hy1 - hy0);
            b.Rect(Mixed, left * 0.108, hx0, hy0, hx1 - hx0, hy1 - hy0);
            if (Chance(0.4))
            {
                var s = new Turned(pen, U(-l * 0.35, l * 0.35), U(-w * 0.35, w * 0.35), U(0, 2 * Math.PI));
                s.Ellipse(Organic, 2 * 1.2 * 0.9, 0, 0, 22, 22);
                s.Ring(Organic, 40 * 1.2 * 0.9 / 1.2, 1.2, 0, 0, 21.4, 21.4);
            }

            pen.Item(() =>
            {
                var bag = new Turned(pen, ox, oy, oa);
                VFilmBag(bag, ex0 - 3, ey0 - 3, ex1 - ex0 + 6, ey1 - ey0 + 6, 0.06, 0.92);
                if (revolver)
                {
                    TSnubRevolver(pen, ox, oy, oa, Chance(0.4), random.Next(0, 6), U(0, 2 * Math.PI));
                }
                else
                {
                    SStrikerPistol(pen, ox, oy, oa, slideL, 29, gripL, 30, 20, 0, random.Next(0, 16));
                }
            });

            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>
        /// A smartphone in a children's shockproof case (the chunky EVA-foam cases with a carrying handle sold for first phones and
        /// small tablets): foam at 0.1–0.15 g/cm³, 3 mm over the phone's back and front, 18–24 mm deep round its edges and 12–16 mm
        /// beyond them, a foam handle loop 16 mm wide; the phone in it face up or down (see <see cref="XPhone"/>). The case is the
        /// phone's own, so all of it is the item.
        /// </summary>
        private PixelBox PhoneInFoamCase(double scale)
        {
            var pl = U(140, 165);
            var pw = U(68, 77);
            var m = U(12, 16);
            var dep = U(18, 24);
            var rho = U(0.1, 0.15);
            var handle = Chance(0.7);
            var pen = Lay((-pl / 2) - m - 1, (-pw / 2) - m - 1, (pl / 2) + m + 1, (pw / 2) + m + (handle ? 44 : 1), scale);
            var k = new Turned(pen, 0, 0, 0);
            var (x0, y0, x1, y1) = ((-pl / 2) - m, (-pw / 2) - m, (pl / 2) + m, (pw / 2) + m);
            RoundedRect(k, Organic, 2 * 3 * rho, x0, y0, x1 - x0, y1 - y0, 18);
            k.Poly(Organic, (dep - 6) * rho, XHoled(x0 + 4, y0 + 4, x1 - 4, y1 - 4, -pl / 2, -pw / 2, pl / 2, pw / 2));
            k.Line(Organic, dep * rho, 4, true, RoundedOutline(x0 + 2, y0 + 2, x1 - x0 - 4, y1 - y0 - 4, 16));
            if (handle)
            {
                k.Line(Organic, 20 * rho, 16, false, UArc(0, y1 - 2, pl * 0.35, 34, 0, Math.PI, 14));
            }

            XPhone(new Turned(pen, 0, 0, Chance(0.5) ? 0 : Math.PI), pl, pw);
            return pen.Box;
        }

        /// <summary>
        /// A smartphone with a clip-on camera lens on it (the wide-angle and macro kits sold for phones): a spring clip of polycarbonate
        /// (3 mm jaws at about 1.2 g/cm³, a rubber pad, a steel torsion spring) over the phone's top corner, holding over the main camera
        /// an aluminium barrel 20–26 mm across and 12–20 mm tall (1.2 mm wall, its axis along the beam) with two or three glass elements;
        /// the phone face up or down (see <see cref="XPhone"/>). The lens is clipped on as carried, so phone and lens are the item.
        /// </summary>
        private PixelBox PhoneWithClipLens(double scale)
        {
            var pl = U(140, 165);
            var pw = U(68, 77);
            var ld = U(20, 26);
            var lh = U(12, 20);
            var pen = Lay((-pl / 2) - 9, (-pw / 2) - 14, (pl / 2) + 1, (pw / 2) + 1, scale);
            var k = new Turned(pen, 0, 0, 0);
            XPhone(k, pl, pw);
            var (cx, cy) = ((-pl / 2) + 13, (-pw / 2) + 13);
            k.Rect(Organic, 2 * 3 * 1.2, cx - 20, (-pw / 2) - 12, 40, 30);
            k.Rect(Organic, 22 * 3 * 1.2 / 3, cx - 20, (-pw / 2) - 12, 40, 3);
            k.Rect(Organic, 2 * 1.1, cx - 18, (-pw / 2) + 4, 36, 12);
            k.Ring(Steel, 0.8 * 1.2 * 4, 1.2, cx - 14, (-pw / 2) - 7, 3.5, 3.5);
            k.Ring(Aluminium, lh * 1.2 / 1.2, 1.2, cx, cy, (ld / 2) - 0.6, (ld / 2) - 0.6);
            k.Ellipse(Aluminium, 2 * 1.0, cx, cy, ld / 2, ld / 2);
            for (var i = random.Next(2, 4); i > 0; i--)
            {
                k.Ellipse(Glass, 3, cx, cy, (ld / 2) - 2.5, (ld / 2) - 2.5);
            }

            return pen.Box;
        }

        /// <summary>
        /// A rugged 4G flip phone (the Cat, Kyocera and Nokia rugged-flip class, 110–122 × 56–62 mm and 22–25 mm deep shut): each half
        /// a polycarbonate shell under a TPU over-moulding (2 mm walls at about 1.15 g/cm³, its rim edge-on), rubber corner bumpers and
        /// steel screws; the steel hinge at one end behind a zinc-alloy cover; the top half's main and outer displays (0.7 and 0.5 mm
        /// glass) in a steel frame; the bottom half's keypad (silicone keys, steel snap domes), board and shields, a 1500–2100 mAh cell
        /// (5–6 mm), the loud speaker's magnet, the vibration motor, USB-C socket and SIM tray. Shut, or open with its halves end to end.
        /// </summary>
        private PixelBox RuggedFlipPhone(double scale)
        {
            var l = U(110, 122);
            var w = U(56, 62);
            var dep = U(22, 25);
            var open = Chance(0.4);
            var pen = open ? Lay(-l - 1, (-w / 2) - 1, l + 1, (w / 2) + 1, scale) : Lay((-l / 2) - 1, (-w / 2) - 1, (l / 2) + 1, (w / 2) + 1, scale);
            void Half(Turned h, bool keypad)
            {
                var outline = RoundedOutline(-l / 2, -w / 2, l, w, 9);
                h.Poly(Organic, 2 * 2 * 1.15, outline);
                h.Line(Organic, (dep / 2) * 2 * 1.15 / 2, 2, true, Shrunk(outline, 0, 0, 0.98, 0.96));
                foreach (var (sx, sy) in new[] { (-1.0, -1.0), (-1.0, 1.0), (1.0, -1.0), (1.0, 1.0) })
                {
                    h.Rect(Organic, (dep / 2) * 1.15, (sx * ((l / 2) - 6)) - 6, (sy * ((w / 2) - 6)) - 6, 12, 12);
                    h.Ellipse(Steel, 2, sx * ((l / 2) - 8), sy * ((w / 2) - 8), 1.3, 1.3);
                }

                h.Rect(Steel, 3, (l / 2) - 10, -w * 0.4, 10, w * 0.8);
                h.Rect(ZincAlloy, 2, (l / 2) - 12, -w * 0.45, 12, w * 0.9);
                if (!keypad)
                {
                    h.Rect(Glass, 0.7 + 0.5, (-l / 2) + 10, (-w / 2) + 6, l * 0.6, w - 12);
                    h.Line(Steel, 0.3 * 5 / 0.8, 0.8, true, SCorners((-l / 2) + 9, (-w / 2) + 5, (l * 0.6) + 2, w - 10));
                    h.Rect(Mixed, 0.6, (-l / 2) + 8, (-w / 2) + 5, l - 24, w - 10);
                    h.Rect(Steel, 2.2, (-l / 2) + 6, -6, 10, 12);
                    return;
                }

                for (var r = 0; r < 5; r++)
                {
                    for (var c = 0; c < 3; c++)
                    {
                        h.Rect(Silicone, 1.4, (-l / 2) + 8 + (r * ((l * 0.55) / 5)), (-w / 2) + 7 + (c * ((w - 14) / 3)), 8, 10);
                        h.Ellipse(Steel, 0.1, (-l / 2) + 12 + (r * ((l * 0.55) / 5)), (-w / 2) + 12 + (c * ((w - 14) / 3)), 2, 2);
                    }
                }

                h.Rect(Mixed, 0.6, (-l / 2) + 6, (-w / 2) + 5, l - 20, w - 10);
                h.Rect(Brass, 0.08, (-l / 2) + 6, (-w / 2) + 5, l - 20, w - 10);
                h.Rect(Steel, 0.2, (-l / 2) + 10, (-w / 2) + 8, 18, 16);
                SPouchCell(h, (-l / 2) + 20, (-w / 2) + 8, Math.Min(55, l * 0.5), w - 16, U(5, 6));
                h.Rect(Steel, 3, (-l / 2) + 4, (w / 2) - 18, 14, 14);
                h.Rect(Steel, 1.6, 0, (w / 2) - 12, 6, 8);
                h.Rect(Steel, 0.9, (-l / 2) + 0.5, -4.5, 7, 9);
                h.Rect(Steel, 0.45, -6, (-w / 2) + 6, 22, 14);
            }

            if (open)
            {
                Half(new Turned(pen, -l / 2, 0, 0), false);
                Half(new Turned(pen, l / 2, 0, Math.PI), true);
            }
            else
            {
                Half(new Turned(pen, 0, 0, 0), false);
                Half(new Turned(pen, 0, 0, 0), true);
            }

            return pen.Box;
        }

        /// <summary>
        /// A thumb-sized phone sealed inside a bottle of shampoo: an opaque HDPE bottle (0.9 mm walls at about 0.95 g/cm³) 180–210 mm
        /// long, 62–72 mm wide and 38–46 mm deep, lying on its broad face, with a polypropylene flip cap; 60–90 % full of shampoo (about
        /// 1.02 g/cm³), the path through it deepest along the bottle's middle; in the shampoo a thumb phone (46–72 × 20–24 × 11–14 mm;
        /// see <see cref="ThumbHandset"/>) knotted in a plastic bag, the shampoo pressed aside round it. The bottle and shampoo are the
        /// host; the phone in its bag is the item.
        /// </summary>
        private PixelBox PhoneInShampooBottle(double scale)
        {
            var h = U(180, 210);
            var bw = U(62, 72);
            var bd = U(38, 46);
            var fill = U(0.6, 0.9);
            var pl = U(46, 72);
            var pw = U(20, 24);
            var pd = U(11, 14);
            var capL = U(22, 30);
            var capD = U(28, 34);
            var pen = Lay((-h / 2) - 1, (-bw / 2) - 1, (h / 2) + capL + 1, (bw / 2) + 1, scale);
            var b = new Turned(pen, 0, 0, 0);
            var body = RoundedOutline(-h / 2, -bw / 2, h - 15, bw, 14);
            b.Poly(Organic, 2 * 0.9 * 0.95, body);
            b.Line(Organic, bd * 0.9 * 0.95 / 1.5, 1.5, true, Shrunk(body, -15 / 2.0, 0, 0.99, 0.98));
            b.Poly(Organic, 2 * 0.9 * 0.95 * 2, ((h / 2) - 16, (-bw / 2) + 4), (h / 2, -capD / 2), (h / 2, capD / 2), ((h / 2) - 16, (bw / 2) - 4));
            b.Rect(Organic, capD * 0.5 * 0.9, h / 2, -capD / 2, capL, capD);
            var (ix0, iy0, ix1, iy1) = ((-h / 2) + 3, (-bw / 2) + 3, (h / 2) - 18, (bw / 2) - 3);
            var px = U(ix0 + (pl / 2) + 8, ix1 - (pl / 2) - 8);
            var py = U(-3, 3);
            var (hx0, hy0, hx1, hy1) = (px - (pl / 2) - 3, py - (pw / 2) - 3, px + (pl / 2) + 3, py + (pw / 2) + 3);
            var liquid = fill * bd * 1.02;
            b.Poly(Organic, liquid * 0.75, XHoled(ix0, iy0, ix1, iy1, hx0, hy0, hx1, hy1));
            var inset = Math.Min(bw * 0.18, (bw / 2) - 3 - (Math.Abs(py) + (pw / 2) + 5));
            b.Poly(Organic, liquid * 0.25, XHoled(ix0, iy0 + inset, ix1, iy1 - inset, hx0, hy0, hx1, hy1));
            b.Rect(Organic, Math.Max(0, (fill * bd) - pd - 2) * 1.02, hx0, hy0, hx1 - hx0, hy1 - hy0);
            var a = Chance(0.5) ? 0 : Math.PI;
            pen.Item(() =>
            {
                var q = new Turned(pen, px, py, a);
                VFilmBag(q, (-pl / 2) - 3, (-pw / 2) - 3, pl + 6, pw + 6, 0.05, 0.92);
                ThumbHandset(q, pl, pw, pd);
            });

            return pen.Box;
        }

        /// <summary>
        /// A phone under the insert of a perfume gift set: a rigid box 190–230 × 140–170 mm and 55–70 mm deep (1.5 mm greyboard at about
        /// 0.75 g/cm³), a moulded card insert (1 mm at about 0.7, its walls edge-on round two wells); in one well a glass flacon (3–5 mm
        /// walls, a 10–15 mm base, about 0.8 g/cm³ of scent in it) with its aluminium collar, steel pump spring and a heavy zinc-alloy
        /// or polypropylene cap; in the other a tube of body lotion; under the insert a slab smartphone (see <see cref="XPhone"/>). The
        /// box, insert, bottle and lotion are the host; the phone is the item.
        /// </summary>
        private PixelBox PhoneInPerfumeGiftBox(double scale)
        {
            var l = U(190, 230);
            var w = U(140, 170);
            var depth = U(55, 70);
            var pen = Lay((-l / 2) - 1, (-w / 2) - 1, (l / 2) + 1, (w / 2) + 1, scale);
            var b = new Turned(pen, 0, 0, 0);
            SheetBox(b, Organic, -l / 2, -w / 2, l, w, depth, 1.5, 0.75, 3);
            RoundedRect(b, Organic, 2 * 1.0 * 0.7, (-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6, 3);
            b.Line(Organic, (depth - 10) * 1.0 * 0.7 / 0.8, 0.8, true, SCorners((-l / 2) + 12, (-w / 2) + 12, (l / 2) - 16, w - 24));
            b.Line(Organic, (depth - 10) * 1.0 * 0.7 / 0.8, 0.8, true, SCorners(8, (-w / 2) + 12, (l / 2) - 20, w - 24));
            var fw = U(55, 65);
            var fh = U(90, 110);
            var fd = U(30, 40);
            var gw = U(3, 5);
            var fl = new Turned(pen, -l / 4, 0, (Math.PI / 2) + U(-0.05, 0.05));
            var x0 = -(fh + 25) / 2;
            fl.Rect(Glass, 2 * gw, x0, -fw / 2, fh, fw);
            fl.Rect(Glass, fd, x0, (-fw / 2), fh, gw);
            fl.Rect(Glass, fd, x0, (fw / 2) - gw, fh, gw);
            fl.Rect(Glass, fd, x0, -fw / 2, U(10, 15), fw);
            fl.Rect(Organic, (fd - (2 * gw)) * 0.8 * U(0.5, 0.95), x0 + 15, (-fw / 2) + gw, fh - 20, fw - (2 * gw));
            fl.Rect(Aluminium, 0.8 * 16 * 0.6, x0 + fh, -8, 8, 16);
            fl.Line(Steel, 0.8 * 0.5 * 2, 0.5, false, Zigzag(x0 + fh - 10, x0 + fh + 6, -2, 1.2, 4));
            fl.Line(Organic, 0.8 * 2.5, 2.5, false, (x0 + 12, 0), (x0 + fh, 0));
            var zinc = Chance(0.6);
            fl.Rect(zinc ? ZincAlloy : Organic, zinc ? 25 * 0.45 : 25 * 0.5 * 0.9, x0 + fh + 2, -15, 25, 30);
            var tube = new Turned(pen, l / 4, 0, (Math.PI / 2) + U(-0.04, 0.04));
            RoundedRect(tube, Organic, (2 * 0.4 * 0.95) + (14 * 1.0), -50, -18, 100, 36, 8);
            tube.Rect(Organic, 0.8 * 36 * 0.4 * 0.95 * 2, 50, -19, 4, 38);
            tube.Rect(Organic, 0.8 * 28 * 0.9 * 0.6, -62, -14, 12, 28);
            var pl = U(140, 165);
            var pw = U(68, 77);
            var pa = (Chance(0.5) ? 0 : Math.PI) + U(-0.1, 0.1);
            var (px, py) = (U(-(l / 2) + (pl / 2) + 8, (l / 2) - (pl / 2) - 8), U(-(w / 2) + (pw / 2) + 12, (w / 2) - (pw / 2) - 12));
            pen.Item(() => XPhone(new Turned(pen, px, py, pa), pl, pw));
            return pen.Box;
        }

        // ---- one each of the rest, and a second drug form ---------------------------------------

        /// <summary>
        /// 12-bore buckshot cartridges (SG, the UK's usual buck load, or 00: nine 8.4 mm lead balls in three layers of three; LG: six 9.1
        /// mm balls in two layers): 67–70 mm hulls of polyethylene with 8–16 mm brass or brass-plated steel heads, the balls in a
        /// granulated buffer; three to ten loose on their sides, or standing on their heads in a card box of ten (0.5 mm board at about
        /// 0.7 g/cm³, 72 mm deep, its walls edge-on) with some taken out.
        /// </summary>
        private PixelBox BuckshotShells(double scale)
        {
            var lg = Chance(0.3);
            var (layers, r) = lg ? (2, 4.55) : (3, 4.2);
            var len = U(67, 70);
            var head = Chance(0.5) ? U(8, 10) : U(14, 16);
            var steelHead = Chance(0.4);
            if (Chance(0.35))
            {
                var box = Lay(-57, -25, 57, 25, scale);
                var bx = new Turned(box, 0, 0, 0);
                SheetBox(bx, Organic, -56, -24, 112, 48, 72, 0.5, 0.7, 2);
                var present = random.Next(3, 11);
                var slots = Enumerable.Range(0, 10).OrderBy(_ => random.Next()).Take(present).ToArray();
                foreach (var slot in slots)
                {
                    YBuckshotEndOn(new Turned(box, -44 + ((slot % 5) * 22), slot < 5 ? -11.5 : 11.5, 0), len, steelHead, layers, r, U(0, 2 * Math.PI));
                }

                return box.Box;
            }

            var n = random.Next(3, 11);
            var spacing = 21.5 + U(0.5, 3);
            var pen = Lay((-len / 2) - 4, (-n * spacing / 2) - 12, (len / 2) + 4, (n * spacing / 2) + 12, scale);
            for (var i = 0; i < n; i++)
            {
                var y = (-n * spacing / 2) + ((i + 0.5) * spacing);
                var flip = Chance(0.5);
                var s = new Turned(pen, (flip ? len / 2 : -len / 2) + U(-2, 2), y, flip ? Math.PI : 0);
                YBuckshotSide(s, len, head, steelHead, layers, r, U(0, 2 * Math.PI));
            }

            return pen.Box;
        }

        /// <summary>
        /// SIMs hidden in a shoe insole: one or a pair of insoles 255–290 mm long (EVA or polyurethane foam 4–6 mm at about 0.25
        /// g/cm³ under a 1 mm fabric top at about 0.5, or TPE gel 3 mm at about 0.9 with a thicker heel pad), the foam cut open under
        /// the heel of one and one to three nano, micro or full-size SIMs (see <see cref="SimChip"/>) slipped into the slit. The insoles
        /// are the host; the SIMs are the item.
        /// </summary>
        private PixelBox SimInInsole(double scale)
        {
            var len = U(255, 290);
            var w = len * U(0.32, 0.36);
            var pair = Chance(0.6);
            var gel = Chance(0.35);
            var gap = w + U(6, 20);
            var pen = Lay((-len / 2) - 1, (-w / 2) - (w * 0.08) - 1, (len / 2) + 1, (pair ? gap : 0) + (w / 2) + (w * 0.08) + 1, scale);
            var area = gel ? (3 * 0.9) + 0.2 : (U(4, 6) * 0.25) + 0.5;
            for (var i = 0; i < (pair ? 2 : 1); i++)
            {
                var k = new Turned(pen, 0, i * gap, 0);
                var outline = YInsole(len, w, i == 1);
                k.Poly(Organic, area, outline);
                k.Line(Organic, area * 1.5, 1.5, true, Shrunk(outline, 0, 0, 0.985, 0.96));
                k.Ellipse(Organic, gel ? 3 * 0.9 : 2 * 0.25, (-len / 2) + (w * 0.4), 0, w * 0.28, w * 0.26);
            }

            var count = random.Next(1, 4);
            var (cw, ch) = random.Next(3) switch { 0 => (12.3, 8.8), 1 => (15.0, 12.0), _ => (25.0, 15.0) };
            var (sx, sy) = ((-len / 2) + (w * 0.4), U(-4, 4));
            pen.Item(() =>
            {
                for (var i = 0; i < count; i++)
                {
                    SimChip(new Turned(pen, sx + ((i - ((count - 1) / 2.0)) * (cw * 0.6)), sy + (i * 2), U(-0.2, 0.2) + (Math.PI / 2)), cw, ch);
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// A take-home naloxone kit (the Prenoxad pattern handed out by drug services, prisons and pharmacies): a hinged polypropylene case
        /// 150–160 × 70–76 mm and 26–30 mm deep (1.5 mm walls at about 0.9 g/cm³, its rim edge-on) holding a 2 ml prefilled syringe
        /// (a glass barrel 10.8 mm across with 1.1 mm walls, the solution, a bromobutyl stopper at about 1.3, a polypropylene plunger
        /// rod and a Luer-lock tip cap), two 23 G needles in their sheaths (see <see cref="WNeedle"/>) in peel pouches, and a folded
        /// leaflet. The kit as issued is the item.
        /// </summary>
        private PixelBox NaloxoneKit(double scale)
        {
            var l = U(150, 160);
            var w = U(70, 76);
            var dep = U(26, 30);
            var pen = Lay((-l / 2) - 1, (-w / 2) - 1, (l / 2) + 1, (w / 2) + 1, scale);
            var c = new Turned(pen, 0, 0, 0);
            var outline = RoundedOutline(-l / 2, -w / 2, l, w, 6);
            c.Poly(Organic, 2 * 1.5 * 0.9, outline);
            c.Line(Organic, dep * 1.5 * 0.9 / 1.5, 1.5, true, Shrunk(outline, 0, 0, 0.99, 0.98));
            c.Rect(Organic, 0.8 * 8 * 0.9, (-l / 2) + 2, (w / 2) - 5, l - 4, 4);
            c.Rect(Organic, 6 * 0.1 * 0.8, (-l / 2) + 8, (-w / 2) + 6, l - 16, w - 12);
            var sx = (-l / 2) + 30;
            var s = new Turned(pen, sx, -w * 0.22, 0);
            s.Tube(Glass, 0, -5.4, 64, 10.8, 1.1);
            s.Cylinder(Organic, 4, -4.3, 40, 8.6, 1.0);
            s.Rect(Organic, 0.8 * 8.6 * 1.3, 44, -4.3, 7, 8.6);
            s.Rect(Organic, 0.8 * 6 * 0.9, -22, -3, 70, 6);
            s.Rect(Organic, 2 * 1.5 * 0.9, -24, -9, 2.5, 18);
            s.Rect(Organic, 2 * 1.5 * 0.9, -2, -9, 2, 18);
            s.Rect(Organic, 0.8 * 8 * 1.1, 64, -4, 16, 8);
            foreach (var y in new[] { w * 0.1, w * 0.3 })
            {
                var nd = new Turned(pen, (-l / 2) + 20, y, 0);
                nd.Rect(Organic, 2 * 0.1 * 0.9, -2, -7, 62, 14);
                WNeedle(nd, 0.6, 32);
            }

            return pen.Box;
        }

        /// <summary>
        /// A rechargeable sonic toothbrush (the Sonicare and Oral-B class): a handle 185–200 mm long and 25–29 mm across of ABS and
        /// polycarbonate (1.6 mm walls at about 1.15 g/cm³) under a TPE grip; in it, from the base, the charging coil on its ferrite
        /// core, a 14500 Li-ion cell (14 × 50 mm) or a flat pouch cell, the board, the resonant drive (laminated iron, neodymium magnets
        /// and a copper coil) and the 3 mm steel drive shaft; a polypropylene brush head 70–85 mm long with its nylon tufts and steel
        /// retaining spring, a cap on some; in a polypropylene travel case (1.2 mm walls) on some. The cell is the item; the brush and
        /// its case hold it.
        /// </summary>
        private PixelBox SonicToothbrush(double scale)
        {
            var hl = U(185, 200);
            var hd = U(25, 29);
            var head = U(70, 85);
            var travel = Chance(0.4);
            var m = travel ? 9.0 : 1.0;
            var pen = Lay((-hl / 2) - m, (-hd / 2) - m, (hl / 2) + head + m, (hd / 2) + m, scale);
            var t = new Turned(pen, 0, 0, 0);
            t.Tube(Organic, -hl / 2, -hd / 2, hl, hd, 1.6 * 1.15);
            t.Rect(Organic, 2 * 1.5 * 1.1, -hl * 0.2, (-hd / 2) - 0.5, hl * 0.45, hd + 1);
            t.Cylinder(Steel, (-hl / 2) + 3, -4, 16, 8, 0.6);
            t.Rect(Brass, 0.8 * 3, (-hl / 2) + 5, -6, 12, 12);
            var x = (-hl / 2) + 22;
            var pouch = Chance(0.3);
            t.Rect(Mixed, 0.6, x + 52, -8, 40, 16);
            t.Rect(Brass, 0.06, x + 52, -8, 40, 16);
            t.Rect(Steel, 0.8 * 12 * 0.8, x + 95, -6, 30, 12);
            t.Rect(Steel, 2 * 2.5, x + 98, -9, 24, 3);
            t.Rect(Brass, 0.8 * 4, x + 100, -7, 20, 14);
            t.Cylinder(Steel, (hl / 2) - 30, -1.5, 42, 3);
            t.Tube(Organic, hl / 2, -5.5, head, 11, 1.2 * 0.9);
            t.Rect(Steel, 0.6, (hl / 2) + 2, -3, 10, 6);
            t.Rect(Organic, 10 * 0.45, (hl / 2) + head - 22, -6.5, 20, 13);
            if (Chance(0.4))
            {
                t.Tube(Organic, (hl / 2) + head - 28, -9, 30, 18, 1.0 * 0.9);
            }

            if (travel)
            {
                var box = RoundedOutline((-hl / 2) - 8, (-hd / 2) - 8, hl + head + 16, hd + 16, 10);
                t.Poly(Organic, 2 * 1.2 * 0.9, box);
                t.Line(Organic, 36 * 1.2 * 0.9 / 1.2, 1.2, true, Shrunk(box, head / 2, 0, 0.995, 0.97));
            }

            pen.Item(() =>
            {
                if (pouch)
                {
                    SPouchCell(t, x + 6, -8, 42, 16, 8);
                }
                else
                {
                    SCylCell(t, x, 0, 50, 14);
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// A bricklayer's or pointing trowel (a builder's hand tool, carried by contractors): a blade of 1.8–2.3 mm carbon steel, London
        /// pattern (one edge straight, the other curved to the point), 255–300 × 120–140 mm, or a pointing trowel 150–180 × 65–80 mm;
        /// the welded boss and forged goose-neck shank (10 × 9 mm) rising to a handle of beech (about 0.7 g/cm³) or a soft-grip
        /// polypropylene and TPE one (about 1.0), 115–130 mm long and 30–36 mm across, over the blade's heel, a steel or brass ferrule
        /// and the tang inside; set mortar (about 2 g/cm³, counted as glass) left on the blade on some.
        /// </summary>
        private PixelBox BrickTrowel(double scale)
        {
            var pointing = Chance(0.3);
            var bl = pointing ? U(150, 180) : U(255, 300);
            var bw = pointing ? U(65, 80) : U(120, 140);
            var t = U(1.8, 2.3);
            var hl = U(115, 130);
            var hd = U(30, 36);
            var pen = Lay(-hl + 4, (-bw / 2) - 1, bl + 1, (bw / 2) + 1, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] blade =
            [
                (4, -bw / 2), (bl * 0.3, (-bw / 2) + (bw * 0.1)), (bl, 0), (bl * 0.88, bw * 0.08), (bl * 0.65, bw * 0.25), (bl * 0.35, (bw / 2) - (bw * 0.04)),
                (4, bw / 2), (0, (bw / 2) - 4), (0, (-bw / 2) + 4),
            ];
            k.Poly(Steel, t * 0.7, blade);
            k.Poly(Steel, t * 0.3, Shrunk(blade, 0, 0, 0.6, 0.6));
            k.Ellipse(Steel, 4, bl * 0.12, 0, 9, 9);
            k.Rect(Steel, 0.8 * 9, -12, -5, (bl * 0.12) + 12, 10);
            k.Tube(Chance(0.5) ? Brass : Steel, -12, -hd * 0.42, 14, hd * 0.84, 0.6);
            k.Cylinder(Steel, -hl * 0.75, -3, hl * 0.75, 6);
            var grip = SCorners(-hl + 4, -hd / 2, hl - 16, hd);
            RoundSection(k, Organic, grip, (-hl / 2) - 6, 0, hd, Chance(0.6) ? 0.7 : 1.0);
            if (Chance(0.45))
            {
                for (var i = random.Next(2, 6); i > 0; i--)
                {
                    k.Ellipse(Mixed, U(1, 3) * 0.8, U(bl * 0.2, bl * 0.8), U(-bw * 0.25, bw * 0.2), U(6, 18), U(5, 14));
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// Liqueur chocolates as sold in a gift box: either chocolate bottles (the Anthon Berg kind, 50–60 mm long and 18–22 mm across,
        /// a chocolate shell about 1.3 g/cm³ round a sugar crust and 3–4 ml of spirit, each in a foil wrapper, in rows in a polystyrene
        /// tray) or liqueur cherries (a cherry in liqueur in a chocolate dome 28–32 mm across, in foil); in a box 180–240 × 110–160 mm
        /// and 25–35 mm deep (0.5 mm board at about 0.7). The box as sold is the item.
        /// </summary>
        private PixelBox LiqueurChocolates(double scale)
        {
            var bottles = Chance(0.6);
            var l = U(180, 240);
            var w = U(110, 160);
            var dep = U(25, 35);
            var pen = Lay((-l / 2) - 1, (-w / 2) - 1, (l / 2) + 1, (w / 2) + 1, scale);
            var b = new Turned(pen, 0, 0, 0);
            SheetBox(b, Organic, -l / 2, -w / 2, l, w, dep, 0.5, 0.7, 3);
            RoundedRect(b, Organic, 2 * 0.25 * 1.05, (-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6, 3);
            if (bottles)
            {
                var bl = U(50, 60);
                var bd = U(18, 22);
                var cols = (int)((l - 10) / (bl + 4));
                var rows = (int)((w - 10) / (bd + 4));
                for (var i = 0; i < cols; i++)
                {
                    for (var j = 0; j < rows; j++)
                    {
                        if (Chance(0.12))
                        {
                            continue;
                        }

                        var cx = (-cols * (bl + 4) / 2) + ((i + 0.5) * (bl + 4));
                        var cy = (-rows * (bd + 4) / 2) + ((j + 0.5) * (bd + 4));
                        var q = new Turned(pen, cx, cy, Chance(0.5) ? 0 : Math.PI);
                        (double X, double Y)[] bottle =
                        [
                            (-bl / 2, -bd / 2), (bl * 0.15, -bd / 2), (bl * 0.3, -bd * 0.22), (bl / 2, -bd * 0.2), (bl / 2, bd * 0.2), (bl * 0.3, bd * 0.22),
                            (bl * 0.15, bd / 2), (-bl / 2, bd / 2),
                        ];
                        RoundSection(q, Organic, bottle, 0, 0, bd, 1.2);
                        q.Poly(Aluminium, 2 * 0.012, bottle);
                    }
                }
            }
            else
            {
                const double pitch = 36;
                var cols = (int)((l - 10) / pitch);
                var rows = (int)((w - 10) / pitch);
                for (var i = 0; i < cols; i++)
                {
                    for (var j = 0; j < rows; j++)
                    {
                        var cx = (-cols * pitch / 2) + ((i + 0.5) * pitch);
                        var cy = (-rows * pitch / 2) + ((j + 0.5) * pitch);
                        var r = U(14, 16);
                        Spheroid(b, Organic, cx, cy, r, r, U(20, 24), 1.2);
                        b.Ellipse(Aluminium, 3 * 0.012, cx, cy, r + 1, r + 1);
                        b.Ring(Organic, 8 * 0.1 * 0.8, 1, cx, cy, r + 1.5, r + 1.5);
                    }
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// Nitrous oxide sold for inhaling (a Class C drug since November 2023): either whipped-cream chargers (8 g steel bottles, see
        /// <see cref="YCharger"/>) ten to twenty-four to a printed card box (0.45 mm board at about 0.7 g/cm³), lying side by side in
        /// one or two layers, or one or two of the large steel cylinders the same gas is now sold in (580 g: 85–95 mm across and
        /// 270–300 mm long, 1.6 mm walls, about half full of liquid nitrous oxide at 0.75 g/cm³, a brass valve under a plastic
        /// nozzle), in their box on some. The gas with its container and box as sold is the item.
        /// </summary>
        private PixelBox NitrousChargers(double scale)
        {
            if (Chance(0.35))
            {
                var n = Chance(0.7) ? 1 : 2;
                var d = U(85, 95);
                var len = U(270, 300);
                var boxed = Chance(0.4);
                var pen = Lay((-len / 2) - 4, -(n * (d + 4) / 2) - 4, (len / 2) + 60, (n * (d + 4) / 2) + 4, scale);
                var box = new Turned(pen, 0, 0, 0);
                if (boxed)
                {
                    SheetBox(box, Organic, (-len / 2) - 3, -(n * (d + 4) / 2) - 3, len + 62, (n * (d + 4)) + 6, d + 6, 0.45, 0.7, 2);
                }

                for (var i = 0; i < n; i++)
                {
                    var c = new Turned(pen, 0, -(n * (d + 4) / 2) + ((i + 0.5) * (d + 4)), 0);
                    c.Tube(Steel, -len / 2, -d / 2, len, d, 1.6);
                    c.Rect(Steel, 0.8 * d * 1.6 / 3, -len / 2, -d / 2, 3, d);
                    c.Poly(Steel, 2 * 1.6 * 1.5, (len / 2, -d / 2), ((len / 2) + 22, -14), ((len / 2) + 22, 14), (len / 2, d / 2));
                    LyingFill(c, Organic, (-len / 2) + 2, len - 4, d - 3.2, U(0.4, 0.6), 0.75);
                    c.Cylinder(Brass, (len / 2) + 20, -12.5, 32, 25);
                    c.Rect(Organic, 0.8 * 30 * 0.9 * 0.5, (len / 2) + 40, -15, 18, 30);
                }

                return pen.Box;
            }

            var count = random.Next(10, 25);
            var two = count > 12 && Chance(0.5);
            var perRow = two ? (count + 1) / 2 : count;
            var length = U(63, 66);
            var bw = (perRow * 18.6) + 4;
            var pen2 = Lay((-length / 2) - 4, (-bw / 2) - 2, (length / 2) + 4, (bw / 2) + 2, scale);
            var bx = new Turned(pen2, 0, 0, 0);
            SheetBox(bx, Organic, (-length / 2) - 3, -bw / 2, length + 6, bw, two ? 40 : 22, 0.45, 0.7, 2);
            for (var i = 0; i < perRow; i++)
            {
                var y = (-bw / 2) + 2 + 9.3 + (i * 18.6);
                var stack = two && (i < count - perRow) ? 2.0 : 1.0;
                var flip = i % 2 == 1 && Chance(0.3);
                YCharger(new Turned(pen2, flip ? length / 2 : -length / 2, y, flip ? Math.PI : 0), length, stack);
            }

            return pen2.Box;
        }

        /// <summary>
        /// Drugs pushed into a jar of face cream: a 50 ml cosmetic jar standing (the beam down its axis), 60–76 mm across and 40–50 mm
        /// tall, of thick glass (3.5–5 mm walls, an 8–12 mm base) under a polypropylene or aluminium lid, or a double-walled
        /// polypropylene jar (1.5 and 1.2 mm walls at about 0.9 g/cm³); 70–90 % full of cream (about 1.0); in it a cling-filmed ball of
        /// compressed powder (22–34 mm across, about 1.1) with its twisted knot, the cream pressed aside round it; in its carton (0.4 mm
        /// board) on some. The jar, lid, cream and carton are the host; the wrap is the item.
        /// </summary>
        private PixelBox DrugsInFaceCreamJar(double scale)
        {
            var r = U(30, 38);
            var h = U(40, 50);
            var glass = Chance(0.55);
            var carton = Chance(0.4);
            var m = carton ? 4.0 : 1.0;
            var pen = Lay(-r - m, -r - m, r + m, r + m, scale);
            var c = new Turned(pen, 0, 0, 0);
            double ir;
            double inside;
            if (glass)
            {
                var wall = U(3.5, 5);
                var bse = U(8, 12);
                WStanding(c, Glass, r, h, wall, bse);
                ir = r - wall;
                inside = h - bse - 3;
            }
            else
            {
                WStanding(c, Organic, r, h, 1.5 * 0.9, 2 * 1.5 * 0.9);
                WStanding(c, Organic, r - 4, h - 8, 1.2 * 0.9, 1.2 * 0.9);
                ir = r - 5.2;
                inside = h - 12;
            }

            if (Chance(0.5))
            {
                c.Ellipse(Aluminium, 2 * 0.3, 0, 0, r + 0.5, r + 0.5);
                c.Ellipse(Organic, 2 * 0.9, 0, 0, r - 1, r - 1);
            }
            else
            {
                c.Ellipse(Organic, 2 * 1.5 * 0.9, 0, 0, r + 0.5, r + 0.5);
                c.Ring(Organic, 12 * 1.5 * 0.9 / 1.5, 1.5, 0, 0, r, r);
            }

            if (carton)
            {
                SheetBox(c, Organic, -r - 3, -r - 3, (2 * r) + 6, (2 * r) + 6, h + 5, 0.4, 0.7, 2);
            }

            var cream = U(0.7, 0.9) * inside;
            var hr = Math.Min(U(11, 17), ir - 3);
            var (hx, hy) = (U(-(ir - hr - 2), ir - hr - 2) * 0.6, U(-(ir - hr - 2), ir - hr - 2) * 0.6);
            var bd = Math.Min(hr * 1.3, cream);
            c.Poly(Organic, cream, WHoled(0, 0, ir, hx, hy, hr));
            c.Ellipse(Organic, Math.Max(0, cream - bd), hx, hy, hr, hr);
            pen.Item(() =>
            {
                Spheroid(c, Organic, hx, hy, hr - 0.5, hr - 0.5, bd, 1.1);
                Spheroid(c, Organic, hx + (hr * 0.7), hy - (hr * 0.5), 4, 3, 6, 0.9);
            });

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>
        /// A pocket watch on its chain: a case 44–52 mm across and 12–15 mm deep of brass or nickel-plated base metal (0.7 mm back, a
        /// bezel with a 1.5 mm mineral glass, or a hunter's front lid; its band edge-on), a brass dial, and either a mechanical movement
        /// (two 1.5 mm brass plates, the mainspring barrel, steel wheels and the balance) or a quartz one (a plastic frame, its steel
        /// coil and gears and an SR626 silver-oxide cell); the crown and bow; an Albert chain 250–350 mm long of curb links (about 1.6
        /// mm of metal through the beam over 3.5 mm) with a T-bar and a swivel clip.
        /// </summary>
        private void PocketWatch()
        {
            var pen = Place(120);
            var k = new Turned(pen, 0, 0, 0);
            var r = U(22, 26);
            var hunter = Chance(0.4);
            var metal = Chance(0.6) ? Brass : Steel;
            k.Ellipse(metal, (2 * 0.7) + (hunter ? 0.7 : 0), 0, 0, r, r);
            k.Ring(metal, 13 * 0.7 / 1.2, 1.2, 0, 0, r - 0.6, r - 0.6);
            if (!hunter)
            {
                k.Ellipse(Glass, 1.5, 0, 0, r - 3, r - 3);
            }

            k.Ellipse(Brass, 0.4, 0, 0, r - 2, r - 2);
            if (Chance(0.6))
            {
                k.Ellipse(Brass, 2 * 1.5, 0, 0, r - 4, r - 4);
                k.Ellipse(Brass, 3, r * 0.3, r * 0.2, r * 0.35, r * 0.35);
                for (var i = random.Next(3, 6); i > 0; i--)
                {
                    k.Ring(Steel, 1.2, 1, U(-r * 0.4, r * 0.4), U(-r * 0.4, r * 0.4), U(3, 7), U(3, 7));
                }

                k.Ring(Brass, 2, 1, -r * 0.35, -r * 0.25, 6, 6);
            }
            else
            {
                k.Ellipse(Organic, 3 * 1.2, 0, 0, r - 4, r - 4);
                k.Ellipse(Steel, 0.6, r * 0.3, r * 0.3, 3.4, 3.4);
                k.Ellipse(Silver, 1.0, r * 0.3, r * 0.3, 3, 3);
                k.Rect(Brass, 1.5, -r * 0.4, -3, r * 0.6, 6);
                k.Rect(Steel, 0.8, -r * 0.5, -r * 0.4, 8, 10);
            }

            k.Rect(metal, 0.8 * 5, r, -3, 5, 6);
            k.Ring(metal, 0.8 * 2.5, 2.5, r + 11, 0, 6, 8);
            var chain = Wander(12, U(22, 30), 25).Select(p => (X: p.X + r + 18 + 130, p.Y)).ToArray();
            (double X, double Y)[] path = [(r + 17, 0), .. chain];
            var links = Chance(0.6) ? Brass : Steel;
            k.Line(links, 1.6, 3.5, false, path);
            var end = new Turned(pen, path[^1].X, path[^1].Y, U(0, 2 * Math.PI));
            end.Rect(links, 0.8 * 3, -12, -1.5, 24, 3);
            end.Ring(links, 0.8 * 2, 2, 0, 8, 4, 4);
        }

        /// <summary>
        /// Carabiners, clipped to bags, keys and water bottles: two to five, large climbing ones (95–115 × 55–65 mm of 9–11 mm 7075
        /// aluminium rod, a solid or wire gate on a steel rivet and spring, a screw sleeve on some) or small accessory ones (50–75 × 25–35
        /// mm of 4–6 mm aluminium, steel or zinc alloy).
        /// </summary>
        private void Carabiners()
        {
            var pen = Place(100);
            var n = random.Next(2, 6);
            for (var i = 0; i < n; i++)
            {
                var c = new Turned(pen, U(-50, 50), U(-50, 50), U(0, 2 * Math.PI));
                var big = Chance(0.55);
                var (l, w, d) = big ? (U(95, 115), U(55, 65), U(9, 11)) : (U(50, 75), U(25, 35), U(4, 6));
                var m = big ? Aluminium : random.Next(3) switch { 0 => Aluminium, 1 => Steel, _ => ZincAlloy };
                var outline = RoundedOutline(-l / 2, -w / 2, l, w, w * 0.45);
                c.Line(m, 0.8 * d, d, true, outline);
                c.Ellipse(Steel, 0.8 * d, (-l / 2) + (w * 0.4), (-w / 2) + (d / 2), 1.5, 1.5);
                if (big && Chance(0.5))
                {
                    c.Line(Steel, 0.8 * 2, 2, false, ((-l / 2) + (w * 0.45), (-w / 2) + (d / 2)), ((l / 2) - (w * 0.45), (-w / 2) + (d / 2)));
                }

                if (big && Chance(0.4))
                {
                    c.Tube(Aluminium, (l / 2) - (w * 0.45) - 16, (-w / 2) - 2, 16, d + 4, 1.0);
                }
            }
        }

        /// <summary>
        /// A child's battery keyboard (25, 32 or 37 mini keys): an ABS case 280–420 × 120–150 mm and 40–50 mm deep (2 mm walls at about
        /// 1.05 g/cm³, its rim edge-on); the keys (hollow polystyrene, white and black), the silicone contact strip and the board under
        /// them, the sound board; a speaker 50–66 mm across (a ferrite ring magnet 8–10 mm thick, steel pole plates and basket); a
        /// battery box of four or six AA alkaline cells with steel springs; the wires between them.
        /// </summary>
        private void ToyKeyboard()
        {
            var pen = Place(170);
            int[] sizes = [25, 32, 37];
            var keys = sizes[random.Next(sizes.Length)];
            var white = (keys * 7 / 12) + 1;
            var kw = U(10, 12);
            var l = (white * kw) + U(60, 90);
            var w = U(120, 150);
            var dep = U(40, 50);
            var a = U(-0.3, 0.3);
            var k = new Turned(pen, 0, 0, a);
            var body = RoundedOutline(-l / 2, -w / 2, l, w, 12);
            k.Poly(Organic, 2 * 2 * 1.05, body);
            k.Line(Organic, dep * 2 * 1.05 / 2, 2, true, Shrunk(body, 0, 0, 0.99, 0.97));
            var kx0 = (-l / 2) + 40;
            var ky = (w / 2) - 62;
            for (var i = 0; i < white; i++)
            {
                k.Rect(Organic, (2 * 1.2 * 1.05) + (12 * 0.1), kx0 + (i * kw), ky, kw - 1, 55);
                if (i % 7 is not 2 and not 6 && i < white - 1)
                {
                    k.Rect(Organic, 2 * 1.2 * 1.05, kx0 + (i * kw) + (kw * 0.65), ky, kw * 0.6, 34);
                }
            }

            k.Rect(Silicone, 1.5, kx0, ky + 40, white * kw, 12);
            k.Rect(Mixed, 0.6, kx0, ky + 36, white * kw, 18);
            k.Rect(Brass, 0.06, kx0, ky + 36, white * kw, 18);
            k.Rect(Mixed, 0.6, -20, (-w / 2) + 10, 60, 40);
            k.Rect(Brass, 0.08, -20, (-w / 2) + 10, 60, 40);
            var sr = U(25, 33);
            var (sx, sy) = ((-l / 2) + sr + 12, (-w / 2) + sr + 8);
            k.Ring(Steel, U(8, 10) * 0.6, sr * 0.45, sx, sy, sr * 0.6, sr * 0.6);
            k.Ellipse(Steel, 2 * 1.5, sx, sy, sr * 0.85, sr * 0.85);
            k.Ellipse(Steel, 8, sx, sy, sr * 0.22, sr * 0.22);
            k.Ring(Steel, 2 * 0.5 * 4, 1, sx, sy, sr, sr);
            var cells = Chance(0.5) ? 4 : 6;
            var bx = (l / 2) - 90;
            for (var i = 0; i < cells; i++)
            {
                AlkalineCell(SWithin(pen, 0, 0, a, bx + (i / 3 * 52), (-w / 2) + 16 + (i % 3 * 15), i % 2 == 0 ? 0 : Math.PI), 50.5, 14.5);
            }

            k.Line(Steel, 0.8 * 0.8 * 2, 0.8, false, Zigzag(bx - 30, bx - 26, (-w / 2) + 10, 1.5, 6));
            for (var i = 0; i < 3; i++)
            {
                k.Line(Brass, 0.8 * 0.3, 0.6, false, (sx, sy), (0, (-w / 2) + 30 + (i * 4)), (bx - 30, (-w / 2) + 20 + (i * 5)));
            }
        }

        /// <summary>
        /// Battery fairy lights: 20–50 LEDs on two to five metres of twin enamelled copper wire (two 0.3 mm cores) or of fine PVC twin
        /// cable (2.2 mm, copper inside), loosely bundled; each LED a resin bead (3–5 mm at about 1.2 g/cm³) or a 5 mm LED under a
        /// polycarbonate cover, with its small lead frame; a polypropylene battery box (1.5 mm walls, 25 mm deep) with three AA
        /// alkaline cells, its steel contacts, switch and timer board.
        /// </summary>
        private void FairyLights()
        {
            var pen = Place(130);
            var b = new Turned(pen, 0, 0, 0);
            var box = RoundedOutline(-45, -25, 90, 50, 5);
            b.Poly(Organic, 2 * 1.5 * 0.9, box);
            b.Line(Organic, 25 * 1.5 * 0.9 / 1.5, 1.5, true, Shrunk(box, 0, 0, 0.98, 0.95));
            for (var i = 0; i < 3; i++)
            {
                AlkalineCell(new Turned(pen, -10, -15 + (i * 15), i == 1 ? Math.PI : 0), 50.5, 14.5);
            }

            b.Rect(Mixed, 0.6, 22, -18, 16, 36);
            b.Rect(Brass, 0.06, 22, -18, 16, 36);
            b.Rect(Steel, 0.8, -38, -22, 3, 44);
            var leds = random.Next(20, 51);
            var copper = Chance(0.6);
            var loops = new List<(double X, double Y)>();
            var (ccx, ccy) = (U(90, 130), U(-30, 30));
            var big = U(45, 75);
            for (var i = 0; i < leds * 4; i++)
            {
                var ang = i * 0.32;
                var rr = big * (0.65 + (0.35 * Math.Sin(i * 0.11))) + U(-6, 6);
                loops.Add((ccx + (rr * Math.Cos(ang)) + (i * 0.05), ccy + (rr * 0.8 * Math.Sin(ang))));
            }

            (double X, double Y)[] path = [(45, 0), .. loops];
            if (copper)
            {
                b.Line(Brass, 0.8 * 0.3 * 2, 1.0, false, path);
            }
            else
            {
                b.Line(Organic, 0.8 * 2.2 * 1.4, 2.2, false, path);
                b.Line(Brass, 2 * 0.8 * 0.4 * 0.5, 1.0, false, path);
            }

            for (var i = 1; i < path.Length; i += 4)
            {
                var (x, y) = path[i];
                b.Ellipse(Organic, copper ? 3 * 1.2 : 7 * 1.2, x, y, copper ? 1.8 : 4, copper ? 1.8 : 4);
                b.Rect(Steel, 0.3, x - 1, y - 0.5, 2, 1);
            }
        }

        /// <summary>
        /// An LED camping lantern: a body 190–250 mm tall and 100–125 mm across, an ABS base and top (2.5 mm walls at about 1.05 g/cm³)
        /// round a polycarbonate diffuser (2 mm), its LED board and aluminium heat plate; three D alkaline cells (34.2 × 61.5 mm, each a
        /// 0.3 mm steel can round about 140 g of zinc and manganese dioxide) side by side in its base, or six AA, with steel springs; a
        /// 3 mm steel wire bail. Lying on its side, or standing with the beam down its axis and its cells end-on.
        /// </summary>
        private void CampingLantern()
        {
            var pen = Place(140);
            var h = U(190, 250);
            var d = U(100, 125);
            var dCells = Chance(0.7);
            var (cl, cd) = dCells ? (61.5, 34.2) : (50.5, 14.5);
            if (Chance(0.3))
            {
                var s = new Turned(pen, 0, 0, 0);
                s.Ellipse(Organic, 2 * 2 * 2.5 * 1.05, 0, 0, d / 2, d / 2);
                s.Ring(Organic, h * 2.5 * 1.05 / 1.5, 1.5, 0, 0, (d / 2) - 0.75, (d / 2) - 0.75);
                s.Ring(Organic, h * 0.45 * 2 * 1.2 / 1.5, 1.5, 0, 0, (d * 0.42) - 0.75, (d * 0.42) - 0.75);
                s.Ellipse(Aluminium, 1.5, 0, 0, d * 0.3, d * 0.3);
                var count = dCells ? 3 : 6;
                for (var i = 0; i < count; i++)
                {
                    var ang = 2 * Math.PI * i / count;
                    var rr = dCells ? 20.0 : 18.0;
                    var (cx, cy) = (rr * Math.Cos(ang), rr * Math.Sin(ang));
                    s.Ellipse(Steel, 2 * 0.3, cx, cy, cd / 2, cd / 2);
                    s.Ring(Steel, cl * 0.3 / 0.8, 0.8, cx, cy, (cd / 2) - 0.4, (cd / 2) - 0.4);
                    s.Ellipse(Mixed, cl * 0.9, cx, cy, (cd / 2) - 0.8, (cd / 2) - 0.8);
                    s.Ellipse(Brass, cl * 0.8, cx, cy, 0.8, 0.8);
                }

                s.Line(Steel, 0.8 * 3, 3, false, (-d / 2, 0), (-d * 0.3, -3), (d * 0.3, -3), (d / 2, 0));
                return;
            }

            var a = U(0, 2 * Math.PI);
            var k = new Turned(pen, 0, 0, a);
            var x0 = -h / 2;
            k.Tube(Organic, x0, -d / 2, h * 0.35, d, 2.5 * 1.05);
            k.Tube(Organic, x0 + (h * 0.35), -d * 0.42, h * 0.45, d * 0.84, 2 * 1.2);
            k.Tube(Organic, (h / 2) - (h * 0.2), -d / 2, h * 0.2, d, 2.5 * 1.05);
            k.Rect(Organic, 0.8 * d * 2.5 * 1.05 / 2.5, x0, -d / 2, 2.5, d);
            k.Rect(Organic, 0.8 * d * 2.5 * 1.05 / 2.5, (h / 2) - 2.5, -d / 2, 2.5, d);
            k.Rect(Aluminium, 1.5 * 2, x0 + (h * 0.36), -d * 0.3, h * 0.42, d * 0.6);
            k.Rect(Mixed, 0.6, x0 + (h * 0.36), -d * 0.2, h * 0.42, d * 0.4);
            double[] ys = dCells ? [-17.5, 17.5, 0] : [-22, -7.3, 7.3, 22, -14.6, 14.6];
            foreach (var y in ys)
            {
                AlkalineCell(SWithin(pen, 0, 0, a, x0 + 6 + (cl / 2), y, 0), cl, cd);
            }

            k.Line(Steel, 0.8 * 0.8 * 2, 0.8, false, Zigzag(x0 + 1, x0 + 5, -6, 1.2, 12));
            k.Line(Steel, 0.8 * 3, 3, false, UArc(h / 2, 0, 30, d / 2, -Math.PI / 2, Math.PI / 2, 10));
        }

        /// <summary>
        /// A yoga mat: rolled (1730 × 610 mm of foamed PVC or TPE 4–6 mm thick at 0.25–0.45 g/cm³, rolled on a 30–50 mm core, so the
        /// beam crosses the roll's wall twice along most chords and the whole roll at its edges), with a webbing carry strap and its
        /// plastic buckles on some; or a travel mat of 1.5 mm natural rubber or TPE (about 1.1 or 0.6) folded to about 300 mm square
        /// in eight layers.
        /// </summary>
        private void YogaMat()
        {
            var pen = Place(170);
            var k = new Turned(pen, 0, 0, U(0, 2 * Math.PI));
            if (Chance(0.65))
            {
                var thick = U(4, 6);
                var rho = U(0.25, 0.45);
                var len = U(600, 620);
                var r0 = U(15, 25);
                var r = Math.Sqrt((r0 * r0) + (1730 * thick / Math.PI));
                ProfileFill(k, Organic, -len / 2, len, r, y => 2 * (Math.Sqrt(Math.Max(0, (r * r) - (y * y))) - Math.Sqrt(Math.Max(0, (r0 * r0) - (y * y)))) * rho);
                if (Chance(0.6))
                {
                    foreach (var x in new[] { -len / 3, len / 3 })
                    {
                        k.Rect(Organic, 2 * 1.5 * 0.9, x - 12.5, -r - 2, 25, (2 * r) + 4);
                        k.Rect(Organic, 0.8 * 40 * 1.5 * 0.9 / 2, x - 12.5, -r - 2, 25, 2);
                        k.Rect(Organic, 0.8 * 40 * 1.5 * 0.9 / 2, x - 12.5, r, 25, 2);
                        k.Rect(Organic, 2 * 3 * 1.05, x - 15, -r - 10, 30, 8);
                    }
                }

                return;
            }

            var mat = RoundedOutline(-150, -152, 300, 305, 4);
            k.Poly(Organic, 8 * 1.5 * (Chance(0.5) ? 1.1 : 0.6), mat);
            k.Line(Organic, 0.8 * 8 * 1.5 * 0.9, 3, false, (-150, -152), (-150, 153));
            k.Line(Organic, 0.8 * 8 * 1.5 * 0.9, 3, false, (150, -152), (150, 153));
        }

        /// <summary>
        /// A football: a size 5, 4 or 1 ball (218–222, 202–208 or 150–160 mm across) inflated, its skin of PU or PVC over foam and
        /// polyester and cotton lining layers (2.5–3.5 mm at about 0.95 g/cm³) over a 1 mm latex or butyl bladder, with its butyl valve;
        /// or, on some, let down and folded flat (both walls of skin and bladder, twice over at the fold).
        /// </summary>
        private void Football()
        {
            var pen = Place(120);
            var k = new Turned(pen, 0, 0, 0);
            var r = random.Next(3) switch { 0 => U(109, 111), 1 => U(101, 104), _ => U(75, 80) };
            var wall = U(2.5, 3.5);
            if (Chance(0.2))
            {
                var flat = RoundedOutline(-r * 1.45, -r * 0.7, r * 2.9, r * 1.4, r * 0.6);
                k.Poly(Organic, 2 * 2 * (wall + 1) * 0.95, flat);
                k.Line(Organic, 4 * (wall + 1) * 0.95, 3, true, Shrunk(flat, 0, 0, 0.99, 0.97));
                k.Ellipse(Organic, 12 * 1.1, U(-r, r), U(-r * 0.4, r * 0.4), 4, 4);
                return;
            }

            HollowBall(k, Organic, 0, 0, r, wall * 0.95);
            HollowBall(k, Organic, 0, 0, r - wall, 1.0);
            k.Ellipse(Organic, 12 * 1.1, U(-r * 0.6, r * 0.6), U(-r * 0.6, r * 0.6), 4, 4);
        }

        /// <summary>
        /// A microwavable wheat bag (a heat pack for the neck or back): 0.7–1.2 kg of wheat grain (about 0.77 g/cm³ as packed) in a
        /// cotton bag (two 0.3 mm layers at about 0.8, a fleece cover of 3 mm at about 0.15 on some), 420–520 × 130–170 mm in three or
        /// four sewn channels, or 260–320 × 200–240 mm in three to five; each channel pillowed, deepest along its middle.
        /// </summary>
        private void WheatBag()
        {
            var pen = Place(160);
            var a = U(0, 2 * Math.PI);
            var isLong = Chance(0.6);
            var (l, w) = isLong ? (U(420, 520), U(130, 170)) : (U(260, 320), U(200, 240));
            var channels = isLong ? random.Next(3, 5) : random.Next(3, 6);
            var grams = U(700, 1200);
            const double rho = 0.77;
            var k = new Turned(pen, 0, 0, a);
            var fleece = Chance(0.4);
            RoundedRect(k, Organic, (2 * 0.3 * 0.8) + (fleece ? 2 * 3 * 0.15 : 0), -l / 2, -w / 2, l, w, 15);
            var cw = w / channels;
            var half = (cw / 2) - 3;
            var mean = grams / rho * 1000 / channels / ((l - 20) * (cw - 6));
            for (var i = 0; i < channels; i++)
            {
                var yc = (-w / 2) + ((i + 0.5) * cw);
                ProfileFill(SWithin(pen, 0, 0, a, 0, yc, 0), Organic, (-l / 2) + 10, l - 20, half, y => 1.5 * mean * rho * (1 - Math.Pow(y / half, 2)));
                if (i > 0)
                {
                    k.Line(Organic, 4 * 0.3 * 0.8, 2, false, ((-l / 2) + 5, yc - (cw / 2)), ((l / 2) - 5, yc - (cw / 2)));
                }
            }
        }
    }
}
