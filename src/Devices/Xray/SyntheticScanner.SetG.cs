namespace Screening.Devices.Xray;

// Variant set G (held out after F's run): threat shapes and clutter kinds that none of A to F and R
// draws. Written from what the real things measure and are made of; neither the analyser nor any
// x-ray figures were read while writing them. Thicknesses follow the rest of the scene: roughly the
// millimetres of that material the beam crosses where the part lies flat (a round bar or wire of
// diameter d counts as about 0.8 d, a hollow part as its two walls).
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        /// <summary>Draws one of set G's threat shapes; null for a shape that is not set G's.</summary>
        private PixelBox? DrawSetGThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.Bayonet => Bayonet(scale),
            ThreatShape.CutThroatRazor => CutThroatRazor(scale),
            ThreatShape.SteakKnife => SteakKnife(scale),
            ThreatShape.HolsteredPistol => HolsteredPistol(scale),
            ThreatShape.CutDownLeverAction => CutDownLeverAction(scale),
            ThreatShape.PipeGun => PipeGun(scale),
            ThreatShape.BatteryCasePhone => BatteryCasePhone(scale),
            ThreatShape.KeyFobPhone => KeyFobPhone(scale),
            ThreatShape.PhoneInShoe => PhoneInShoe(scale),
            ThreatShape.LinkedRounds => LinkedRounds(scale),
            ThreatShape.SimInCigarettes => SimInCigarettes(scale),
            ThreatShape.DentalSyringe => DentalSyringe(scale),
            ThreatShape.JumpStarter => JumpStarter(scale),
            ThreatShape.BoltCutters => BoltCutters(scale),
            ThreatShape.WineCarton => WineCarton(scale),
            ThreatShape.FilmSachets => FilmSachets(scale),
            _ => null,
        };

        /// <summary>Draws one of set G's clutter kinds; false for a kind that is not set G's.</summary>
        private bool DrawSetGClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.Umbrella:
                    Umbrella();
                    return true;
                case ClutterKind.Calculator:
                    Calculator();
                    return true;
                case ClutterKind.Stapler:
                    Stapler();
                    return true;
                case ClutterKind.PlayingCards:
                    PlayingCards();
                    return true;
                case ClutterKind.MintTin:
                    MintTin();
                    return true;
                case ClutterKind.SpiralNotebook:
                    SpiralNotebook();
                    return true;
                case ClutterKind.PencilTin:
                    PencilTin();
                    return true;
                case ClutterKind.CoatHanger:
                    CoatHanger();
                    return true;
                default:
                    return false;
            }
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// A bayonet (M9 class): a 170–185 × 32–36 mm clip-point blade, 5–6 mm at the spine and flat
        /// ground to the edge, saw teeth along the spine; a steel guard with its 22 mm muzzle ring, a
        /// nylon handle round the tang, a steel pommel with the lug slot and latch. Half are in their
        /// scabbard: 3 mm nylon walls, a steel wire-cutter plate at the tip, a sharpening stone.
        /// </summary>
        private PixelBox Bayonet(double scale)
        {
            var l = U(170, 185);
            var h = U(32, 36);
            var t = U(5, 6);
            var lh = U(120, 130);
            var pen = Place(((l + lh) / 2) + 20, scale);
            var ox = -(l - lh) / 2;
            var top = -h / 2;
            // Blade: the edge half thin, the spine half full thickness up to where the clip begins.
            pen.Poly(Steel, t * 0.35, (ox, top), (ox + (0.68 * l), top), (ox + l, top + (0.38 * h)), (ox + (0.88 * l), (h / 2) - 4), (ox + (0.7 * l), h / 2), (ox, h / 2));
            pen.Poly(Steel, t * 0.65, (ox, top), (ox + (0.68 * l), top), (ox + (0.8 * l), top + (0.22 * h)), (ox, top + (0.45 * h)));
            for (var x = ox + (0.15 * l); x < ox + (0.55 * l); x += 5)
            {
                pen.Poly(Steel, t * 0.8, (x, top + 0.5), (x + 4, top + 0.5), (x + 2, top - 3));
            }

            // Guard: a 6 mm bar across the ricasso, the muzzle ring above the spine.
            pen.Rect(Steel, 6, ox - 10, top - 6, 10, h + 14);
            pen.Ring(Steel, 6, 4, ox - 5, top - 18, 13, 13);
            // Handle: nylon round the tang; the pommel is a steel block with its latch.
            pen.Cylinder(Organic, ox - lh + 30, -15, lh - 40, 30, 0.9);
            pen.Rect(Steel, t * 0.8, ox - lh + 25, -6, lh - 25, 12);
            pen.Rect(Steel, 12, ox - lh, -16, 30, 32);
            pen.Rect(Steel, 4, ox - lh + 5, 12, 28, 6);
            if (Chance(0.5))
            {
                // Scabbard over the blade: two nylon walls, the wire-cutter plate and its stud, the stone.
                pen.Poly(Organic, 6, (ox + 2, top - 6), (ox + l + 10, top - 4), (ox + l + 10, (h / 2) + 6), (ox + 2, (h / 2) + 6));
                pen.Rect(Steel, 3, ox + l - 55, top - 2, 55, h * 0.6);
                pen.Ellipse(Steel, 10, ox + l - 40, top + 6, 4, 4);
                pen.Rect(Mixed, 6, ox + 40, (h / 2) + 6, 60, 12);
                pen.Rect(Organic, 3, ox + 10, top - 30, 60, h + 60);
            }

            return pen.Box;
        }

        /// <summary>
        /// A cut-throat razor: a 75–82 × 19–25 mm hollow-ground blade (5–6.5 mm at the spine, under
        /// 0.6 mm over the hollow) on a 4 mm tang, pivoting between two 135–150 × 20 mm horn or plastic
        /// scales (3 mm each) on a brass pin with washers; folded shut or opened part or all the way.
        /// </summary>
        private PixelBox CutThroatRazor(double scale)
        {
            var lb = U(75, 82);
            var hb = U(19, 25);
            var spine = U(5, 6.5);
            var ls = U(135, 150);
            var sw = hb + 2;
            var open = Chance(0.6);
            var pen = Place((ls / 2) + (open ? 100 : 30), scale);
            var px = (-ls / 2) + 8;
            // Scales, the wedge between them at the far end, the pivot and end pins.
            RoundedRect(pen, Organic, 6, px - 8, -sw / 2, ls, sw, 8);
            pen.Rect(Organic, 6, px + ls - 30, (-sw / 2) + 2, 18, sw - 4);
            pen.Ellipse(Brass, 8, px, 0, 2, 2);
            pen.Ellipse(Brass, 1, px, 0, 4, 4);
            pen.Ellipse(Brass, 8, px + ls - 20, 0, 2, 2);
            // The blade turns about the pivot: lying between the scales when shut (its tail out past the
            // pivot), out past the pivot when open (its tail between the scales).
            var blade = new Turned(pen, px, 0, open ? Math.PI + U(-1.5, 0.3) : 0);
            blade.Rect(Steel, 4, -28, -hb / 2, 36, 10);
            for (var x = -26.0; x < -8; x += 3)
            {
                blade.Rect(Steel, 1.5, x, (-hb / 2) - 1.5, 1.5, 1.5);
            }

            var x0 = 8.0;
            blade.Rect(Steel, spine, x0, -hb / 2, lb, 3.5);
            blade.Rect(Steel, 0.5, x0, (-hb / 2) + 3.5, lb, hb - 5);
            blade.Rect(Steel, 1.2, x0, (hb / 2) - 1.5, lb, 1.5);
            blade.Poly(Steel, 0.8, (x0 + lb, -hb / 2), (x0 + lb + 4, (-hb / 2) + 5), (x0 + lb + 4, (hb / 2) - 4), (x0 + lb, hb / 2));
            blade.Rect(Steel, 3, x0 - 4, -hb / 2, 6, hb - 1);
            return pen.Box;
        }

        /// <summary>
        /// One or two serrated steak knives: a 110–130 × 15–19 mm blade of 1.1–1.5 mm stainless with
        /// a serrated edge, a rat-tail tang hidden in a 105–115 mm moulded polypropylene handle.
        /// </summary>
        private PixelBox SteakKnife(double scale)
        {
            var count = Chance(0.3) ? 2 : 1;
            var pen = Place(135 + (count * 15), scale);
            for (var i = 0; i < count; i++)
            {
                var knife = count == 1
                    ? new Turned(pen, 0, 0, 0)
                    : new Turned(pen, U(-10, 10), (i - 0.5) * U(24, 34), U(-0.15, 0.15) + (i == 1 && Chance(0.5) ? Math.PI : 0));
                var l = U(110, 130);
                var h = U(15, 19);
                var t = U(1.1, 1.5);
                var lh = U(105, 115);
                var ox = -(l - lh) / 2;
                // Spine straight, then dropping to the point; the edge serrated in 3 mm scallops up to it.
                var outline = new List<(double X, double Y)> { (ox, -h / 2), (ox + (0.8 * l), -h / 2), (ox + l, (-h / 2) + (0.3 * h)) };
                for (var x = ox + (0.85 * l); x > ox + 2; x -= 3)
                {
                    var f = (x - ox) / l;
                    var y = f < 0.6 ? h / 2 : (h / 2) - (h * 0.7 * Math.Pow((f - 0.6) / 0.4, 1.5));
                    outline.Add((x, y));
                    outline.Add((x - 1.5, y - 1.2));
                }

                outline.Add((ox, h / 2));
                knife.Poly(Steel, t, [.. outline]);
                knife.Rect(Steel, t * 1.2, ox - (0.55 * lh), -2.5, 0.55 * lh, 5);
                RoundedRect(knife, Organic, 14, ox - lh, -10, lh, 20, 7);
                knife.Rect(Organic, 4, ox - 6, -11, 6, 22);
            }

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// An all-steel .45 pistol (1911 class, 216 × 140 mm: a 28 mm slide with 4 mm side walls round a
        /// 17.5 mm barrel, a solid steel frame, walnut grip panels, a magazine of 7 rounds raked back at
        /// 18°) in a holster: two layers of 3.5 mm leather with a stitched welt and belt tunnel, or
        /// 2 mm Kydex with a steel belt clip and screws.
        /// </summary>
        private PixelBox HolsteredPistol(double scale)
        {
            var pen = Place(125, scale);
            var rake = Math.Tan(18 * Math.PI / 180);
            // Slide (beam through both side walls), barrel and its chamber hood inside, recoil spring under it.
            pen.Rect(Steel, 8, -108, -40, 216, 28);
            pen.Rect(Steel, 6, -50, -34.75, 158, 17.5);
            pen.Rect(Steel, 6, -50, -35, 28, 18);
            pen.Rect(Steel, 3, 30, -19, 78, 6);
            // Frame: rails and dust cover, the trigger guard and trigger, the hammer and grip safety.
            pen.Rect(Steel, 14, -100, -12, 175, 9);
            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(a => (-15 + (22 * Math.Cos(a)), -3 + (18 * Math.Sin(a)))).ToArray();
            pen.Line(Steel, 6, 4, closed: false, guard);
            pen.Rect(Aluminium, 6, -38, -5, 6, 14);
            pen.Poly(Steel, 10, (-108, -36), (-100, -36), (-96, -50), (-110, -48));
            pen.Poly(Steel, 8, (-100, -12), (-108, -12), (-116, -18), (-112, -6));
            // Grip: the frame's magwell walls, the walnut panels, the magazine and its rounds.
            var grip = new (double X, double Y)[] { (-100, -3), (-60, -3), (-60 - (86 * rake), 83), (-102 - (86 * rake), 83) };
            pen.Poly(Steel, 7, grip);
            pen.Poly(Organic, 14, (-98, 2), (-64, 2), (-64 - (75 * rake), 77), (-98 - (75 * rake), 77));
            var mag = new Turned(pen, -81 - (40 * rake), 40, (Math.PI / 2) + Math.Atan(rake));
            // The magazine's length runs down the grip (its +x), the rounds point forward (its −y).
            mag.Rect(Steel, 1.6, -42, -15, 84, 30);
            for (var i = random.Next(0, 8); i > 0; i--)
            {
                var x = -40 + ((i - 1) * 10.5);
                mag.Rect(Brass, 2.5, x, -8, 10, 22);
                mag.Rect(Lead, 6, x + 0.5, -14, 9, 6);
            }

            if (Chance(0.6))
            {
                // Leather: two layers over the slide and frame to behind the guard, a welt, the belt tunnel.
                pen.Poly(Organic, 7, (-70, -46), (114, -46), (114, -4), (12, 20), (-70, 20));
                pen.Rect(Organic, 3.5, -70, 16, 80, 10);
                pen.Rect(Organic, 7, -60, -52, 55, 80);
                pen.Line(Organic, 1, 1, closed: false, (-66, 22), (110, -2));
            }
            else
            {
                // Kydex: two 2 mm shells, the steel clip on its two screws and eyelets.
                pen.Poly(Organic, 4, (-72, -44), (112, -44), (112, -6), (14, 22), (-72, 22));
                pen.Rect(Steel, 1.5, -50, -52, 40, 28);
                pen.Ellipse(Steel, 5, -40, -38, 3, 3);
                pen.Ellipse(Steel, 5, -20, -38, 3, 3);
                pen.Ellipse(Brass, 3, 80, 10, 3.5, 3.5);
            }

            return pen.Box;
        }

        /// <summary>
        /// A lever-action carbine cut down to a pistol: a .357 or .44 barrel (18 mm) sawn to 160–220 mm
        /// over its magazine tube (15 mm, 0.7 mm wall) holding 4–8 rounds, a 150 × 42 mm receiver with
        /// 5 mm side walls round the bolt (steel, or brass on some replicas), a large lever loop, the
        /// walnut stock cut to a 90–110 mm grip; 400–480 mm overall.
        /// </summary>
        private PixelBox CutDownLeverAction(double scale)
        {
            var b = U(160, 220);
            var r = 150.0;
            var s = U(90, 110);
            var pen = Place(((s + r + b) / 2) + 10, scale);
            var x0 = -(s + r + b) / 2;
            var xr = x0 + s;
            var xb = xr + r;
            var frame = Chance(0.3) ? Brass : Steel;
            // Receiver: two side walls, the bolt along its top, the hammer, the loading gate, the tangs.
            pen.Rect(frame, 10, xr, -24, r, 42);
            pen.Rect(Steel, 12, xr + 10, -21, r - 30, 14);
            pen.Poly(Steel, 8, (xr, -24), (xr + 12, -24), (xr - 4, -40), (xr - 12, -36));
            pen.Rect(Steel, 1.5, xr + r - 50, -2, 28, 12);
            pen.Rect(frame, 6, xr - 50, -24, 50, 6);
            pen.Rect(frame, 6, xr - 40, 12, 40, 6);
            // Barrel, the magazine tube under it with its rounds, forend and barrel band.
            pen.Cylinder(Steel, xb, -23, b, 18, 0.8);
            pen.Tube(Steel, xb - 20, -4, b + 10, 15, 0.7);
            var x = xb - 15;
            for (var i = random.Next(4, 9); i > 0 && x + 40 < xb + b; i--, x += 41)
            {
                pen.Rect(Brass, 2, x, -1, 32, 9.6);
                pen.Rect(Lead, 6, x + 32, -0.5, 8, 8.6);
            }

            var forend = Math.Min(b - 10, U(120, 150));
            RoundedRect(pen, Organic, 22, xb, -8, forend, 22, 6);
            pen.Rect(Steel, 3, xb + forend, -26, 8, 40);
            // Lever: along the receiver's belly, then round the finger loop and back up under the wrist.
            var lever = new List<(double X, double Y)> { (xr + r - 20, 20), (xr + 40, 20) };
            for (var i = 0; i <= 12; i++)
            {
                var a = (-30 + (240.0 * i / 12)) * Math.PI / 180;
                lever.Add((xr + 5 + (32 * Math.Cos(a)), 48 + (26 * Math.Sin(a))));
            }

            lever.Add((xr - 15, 24));
            pen.Line(Steel, 6, 8, closed: false, [.. lever]);
            pen.Poly(Steel, 5, (xr + 30, 18), (xr + 36, 18), (xr + 32, 32), (xr + 28, 32));
            // The stock sawn to a grip: thick walnut round its through-bolt.
            pen.Poly(Organic, 40, (xr, -24), (xr, 18), (xr - (0.5 * s), 48), (x0, 40), (x0 + 8, -18));
            pen.Rect(Steel, 5, xr - (0.8 * s), -14, 0.8 * s, 8);
            return pen.Box;
        }

        /// <summary>
        /// An improvised 12-bore slam-fire gun from plumbing: a 3/4-inch steel pipe (26.7 mm, 3.9 mm
        /// wall, 250–300 mm) sliding in a 1-inch pipe (33.4 mm, 3.4 mm wall, 140–190 mm) closed by a
        /// malleable-iron end cap with a nail through it as the firing pin; taped or hose-clamped to a
        /// wooden grip; a shell in the chamber on most.
        /// </summary>
        private PixelBox PipeGun(double scale)
        {
            var inner = U(250, 300);
            var outer = U(140, 190);
            var total = inner + 35;
            var pen = Place((total / 2) + 20, scale);
            var x0 = -total / 2;
            pen.Rect(Steel, 18, x0, -21, 28, 42);
            pen.Line(Steel, 3, 4, closed: false, (x0 - 10, 0), (x0 + 30, 0));
            pen.Rect(Steel, 4, x0 - 12, -5, 3, 10);
            pen.Tube(Steel, x0 + 18, -16.7, outer, 33.4, 3.4);
            pen.Tube(Steel, x0 + 35, -13.35, inner, 26.7, 3.9);
            if (Chance(0.7))
            {
                // A 70 mm shell: brass head, plastic hull, a column of lead shot over the wad.
                pen.Rect(Brass, 3, x0 + 35, -10, 14, 20);
                pen.Rect(Organic, 3, x0 + 49, -9.5, 56, 19);
                pen.Rect(Lead, 6.5, x0 + 75, -9, 26, 18);
            }

            if (Chance(0.5))
            {
                // A wooden grip under the outer pipe, two hose clamps round both.
                pen.Poly(Organic, 30, (x0 + 40, 16), (x0 + 110, 16), (x0 + 95, 100), (x0 + 65, 104), (x0 + 60, 20));
                pen.Rect(Steel, 1.2, x0 + 50, -20, 9, 40);
                pen.Rect(Steel, 1.2, x0 + 100, -20, 9, 40);
            }
            else
            {
                // Cloth tape wound round the outer pipe for a grip.
                pen.Rect(Organic, 3, x0 + 30, -18, outer - 20, 36);
            }

            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>
        /// A handset's insides within its outline (x toward its top): glass front (and back, on a metal
        /// phone), a 2.5 mm side frame and mid-plate of aluminium or plastic, a Li-ion pouch cell (cobalt
        /// oxide and copper foils) over about 0.55 of its length, the board with shield cans, camera
        /// modules, the speaker magnet, the USB port and SIM tray.
        /// </summary>
        private void Handset(Turned phone, double l, double w, bool metal)
        {
            var r = Math.Min(10, w / 6);
            RoundedRect(phone, Glass, metal ? 1.4 : 0.7, -l / 2, -w / 2, l, w, r);
            RoundedRect(phone, metal ? Aluminium : Organic, metal ? 1.2 : 2.5, -l / 2, -w / 2, l, w, r);
            phone.Line(metal ? Aluminium : Organic, metal ? 7 : 8, 2.5, true, RoundedOutline((-l / 2) + 1.2, (-w / 2) + 1.2, l - 2.4, w - 2.4, r));
            var bl = l * U(0.5, 0.6);
            var bx = (-l / 2) + (l * 0.12);
            phone.Rect(Steel, 0.8, bx, (-w / 2) + 5, bl, w - 10);
            phone.Rect(Mixed, 3.5, bx, (-w / 2) + 5, bl, w - 10);
            var top = bx + bl + 3;
            phone.Rect(Mixed, 1.6, top, (-w / 2) + 4, (l / 2) - top - 3, w - 8);
            for (var i = random.Next(4, 9); i > 0; i--)
            {
                phone.Rect(Steel, 0.5, U(top, (l / 2) - 14), U((-w / 2) + 5, (w / 2) - 14), U(6, 12), U(5, 10));
            }

            for (var i = random.Next(1, 4); i > 0; i--)
            {
                phone.Ring(Steel, 2, 1.5, (l / 2) - 10 - (i * 2), (-w / 2) + 6 + (i * 9), 4, 4);
            }

            phone.Rect(Steel, 2.5, (-l / 2) + 3, (w / 2) - 20, 9, 14);
            phone.Rect(Steel, 2.5, (-l / 2) + 0.5, -4.5, 4, 9);
            phone.Rect(Steel, 0.6, U(-l / 4, l / 4), (-w / 2) + 0.3, 16, 3.5);
            phone.Ellipse(Steel, 2, (-l / 2) + 12, (-w / 2) + 12, 4, 4);
        }

        /// <summary>
        /// A smartphone (140–158 × 68–76 mm) in a battery case: a polycarbonate-and-TPU shell 2 mm each
        /// side with a 3000–5000 mAh pouch cell (4 mm) across its back, a 15 mm chin holding the charge
        /// board, its USB-C socket and the plug into the phone.
        /// </summary>
        private PixelBox BatteryCasePhone(double scale)
        {
            var l = U(140, 158);
            var w = U(68, 76);
            var chin = U(12, 18);
            var pen = Place(((l + chin) / 2) + 10, scale);
            var cx = -((l + chin) / 2) + chin + (l / 2);
            var body = new Turned(pen, cx, 0, 0);
            RoundedRect(body, Organic, 4, (-l / 2) - chin - 2, (-w / 2) - 3, l + chin + 5, w + 6, 10);
            body.Line(Organic, 14, 2, true, RoundedOutline((-l / 2) - chin - 1, (-w / 2) - 2, l + chin + 3, w + 4, 9));
            Handset(body, l, w, metal: Chance(0.7));
            // The case's own cell and board.
            var cl = l * U(0.6, 0.7);
            body.Rect(Steel, 0.7, (-l / 2) + 10, (-w / 2) + 6, cl, w - 12);
            body.Rect(Mixed, 3.5, (-l / 2) + 10, (-w / 2) + 6, cl, w - 12);
            body.Rect(Mixed, 1.6, (-l / 2) - chin, (-w / 2) + 4, chin - 1, w - 8);
            body.Rect(Steel, 3, (-l / 2) - chin - 2, -4.5, 8, 9);
            body.Rect(Steel, 2.5, (-l / 2) - 3, -3, 6, 6);
            for (var i = 0; i < 4; i++)
            {
                body.Rect(Steel, 1, (-l / 2) - chin + 3, (-w / 2) + 10 + (i * 5), 2, 2);
            }

            return pen.Box;
        }

        /// <summary>
        /// A car-key-fob phone (57–66 × 28–33 × 13–15 mm ABS shaped like a remote): a keypad board with
        /// a shield can, a 300–500 mAh pouch cell (35 × 22 × 5 mm), a 10 mm speaker, a micro-USB socket;
        /// on a split ring with one to three real keys of nickel silver or steel.
        /// </summary>
        private PixelBox KeyFobPhone(double scale)
        {
            var l = U(57, 66);
            var w = U(28, 33);
            var pen = Place(75, scale);
            var fob = new Turned(pen, 0, 0, 0);
            pen.Item(() =>
            {
                fob.Poly(Organic, 11, (-l / 2, -w * 0.4), (-l / 2 + 8, -w / 2), (l / 2 - 6, -w * 0.42), (l / 2, -w * 0.2), (l / 2, w * 0.2), (l / 2 - 6, w * 0.42), (-l / 2 + 8, w / 2), (-l / 2, w * 0.4));
                fob.Rect(Mixed, 1.5, (-l / 2) + 4, (-w / 2) + 3, l - 10, w - 6);
                fob.Rect(Steel, 0.5, (l / 2) - 22, -7, 14, 12);
                fob.Rect(Steel, 0.7, (-l / 2) + 6, -11, 35, 22);
                fob.Rect(Mixed, 3.5, (-l / 2) + 6, -11, 35, 22);
                fob.Ellipse(Steel, 2.5, (l / 2) - 10, (w / 2) - 8, 4.5, 4.5);
                fob.Rect(Steel, 2.5, (l / 2) - 2, -4, 3, 8);
                for (var r = 0; r < 2; r++)
                {
                    for (var c = 0; c < 3; c++)
                    {
                        fob.Rect(Organic, 1, -8 + (r * 8), -9 + (c * 7), 5, 4);
                    }
                }
            });

            // The ring through the fob's eyelet, then the keys hanging off it.
            var (rx, ry) = ((-l / 2) - 12, 0.0);
            pen.Ring(Steel, 1.3, 1.6, rx, ry, 12, 12);
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                var a = U(0.5, 5.8);
                var key = new Turned(pen, rx + (12 * Math.Cos(a)), ry + (12 * Math.Sin(a)), a);
                var m = Chance(0.6) ? Brass : Steel;
                // A cylinder key 55–60 mm: a 22 mm bow round the ring, a 33–38 mm cut blade.
                key.Poly(m, 2, (0, -11), (18, -11), (22, -5), (22, 5), (18, 11), (0, 11), (-3, 0));
                var end = U(55, 60);
                var blade = new List<(double X, double Y)> { (20, -4), (end - 3, -4), (end, 0) };
                for (var x = end - 6; x > 26; x -= 4.5)
                {
                    blade.Add((x, 4));
                    blade.Add((x - 2.2, U(1, 3)));
                }

                blade.Add((20, 4));
                key.Poly(m, 2, [.. blade]);
            }

            return pen.Box;
        }

        /// <summary>
        /// A phone pushed into the toe of a trainer under its insole: a 270–310 mm shoe (EVA midsole and
        /// rubber outsole, a mesh or leather upper, the heel counter), a compact or full-size phone
        /// (110–160 × 55–76 mm), a sock stuffed in after it on some.
        /// </summary>
        private PixelBox PhoneInShoe(double scale)
        {
            var ls = U(270, 310);
            var ws = U(95, 110);
            var pen = Place((ls / 2) + 10, scale);
            // The sole's outline from heel (−x) to toe (+x): two-thirds of its width at the heel, a little
            // less at the waist, widest across the ball, rounded at both ends.
            var top = new List<(double X, double Y)>();
            for (var i = 0; i <= 20; i++)
            {
                var u = i / 20.0;
                var g = 0.66 - (0.06 * Math.Exp(-Math.Pow((u - 0.42) / 0.1, 2))) + (0.34 * Math.Exp(-Math.Pow((u - 0.72) / 0.18, 2)));
                top.Add(((-ls / 2) + (u * ls), -ws / 2 * g * Math.Pow(Math.Sin(Math.PI * u), 0.35)));
            }

            List<(double X, double Y)> outline = [.. top, .. Enumerable.Reverse(top).Skip(1).SkipLast(1).Select(p => (p.X, -p.Y))];

            pen.Poly(Organic, U(10, 14), [.. outline]);
            pen.Poly(Organic, U(4, 7), [.. outline.Select(p => (p.X * 0.9, p.Y * 0.92))]);
            pen.Ellipse(Organic, 4, (-ls / 2) + 30, 0, 30, ws * 0.32);
            pen.Line(Organic, 3, 4, false, [.. Enumerable.Range(0, 6).Select(i => (-30.0 + (i * 12), i % 2 == 0 ? -15.0 : 15.0))]);
            var compact = Chance(0.5);
            var l = compact ? U(110, 130) : U(140, 160);
            var w = compact ? U(55, 62) : U(68, 76);
            // Under the insole from the toe back past the ball.
            var phone = new Turned(pen, (ls * 0.15) + U(-10, 10), U(-5, 5), U(-0.12, 0.12));
            pen.Item(() => Handset(phone, l, w, metal: !compact && Chance(0.6)));
            if (Chance(0.5))
            {
                pen.Ellipse(Organic, 6, (ls / 2) - l - 40, U(-10, 10), 35, ws * 0.35);
            }

            return pen.Box;
        }

        // ---- ammunition -----------------------------------------------------------------------

        /// <summary>
        /// A short length of linked belt: 4–10 rounds of 5.56 × 45 (45 mm case, 9.6 mm, 12 mm bullet) in
        /// M27 links or of 7.62 × 51 (51 mm case, 11.9 mm, 20 mm bullet) in M13 links; each link two
        /// 0.8 mm steel loops round a case and a tongue to the next; lying straight or curved.
        /// </summary>
        private PixelBox LinkedRounds(double scale)
        {
            var large = Chance(0.4);
            var (caseLength, caseDia, bulletLength, bulletDia) = large ? (51.0, 11.9, 20.0, 7.8) : (45.0, 9.6, 12.0, 5.7);
            var count = random.Next(4, 11);
            var pitch = caseDia + 3;
            var pen = Place(((count * pitch) / 2) + 45, scale);
            var bend = U(-0.06, 0.06);
            var total = caseLength + bulletLength;
            for (var i = 0; i < count; i++)
            {
                var k = i - ((count - 1) / 2.0);
                var round = new Turned(pen, k * k * bend * pitch * 2, k * pitch, k * bend);
                var x = -total / 2;
                round.Cylinder(Brass, x, -caseDia / 2, caseLength, caseDia, 0.3);
                round.Rect(Brass, 1.5, x, -caseDia / 2, 2.5, caseDia);
                round.Poly(Brass, 1.2, (x + caseLength - 6, (-caseDia / 2) + 0.5), (x + caseLength, -bulletDia / 2), (x + caseLength, bulletDia / 2), (x + caseLength - 6, (caseDia / 2) - 0.5));
                round.Poly(Lead, bulletDia * 0.45, (x + caseLength, -bulletDia / 2), (x + caseLength + (bulletLength * 0.55), -bulletDia / 2), (x + total, 0), (x + caseLength + (bulletLength * 0.55), bulletDia / 2), (x + caseLength, bulletDia / 2));
                // The link's two loops round this case, its tongue reaching to the next round.
                round.Rect(Steel, 1.6, x + (caseLength * 0.15), (-caseDia / 2) - 0.8, 6, caseDia + 1.6);
                round.Rect(Steel, 1.6, x + (caseLength * 0.6), (-caseDia / 2) - 0.8, 6, caseDia + 1.6);
                if (i < count - 1)
                {
                    round.Rect(Steel, 0.8, x + (caseLength * 0.3), caseDia / 2, caseLength * 0.28, pitch - caseDia);
                }
            }

            return pen.Box;
        }

        // ---- SIM cards ------------------------------------------------------------------------

        /// <summary>
        /// A SIM (nano, micro or mini) tucked into a 20-pack of king-size cigarettes (88 × 55 × 22 mm,
        /// 0.35 mm board, a paper-backed 7 µm aluminium foil liner, cellophane): 7 columns of 7.8 mm
        /// cigarettes three deep, a few smoked; the SIM among them or under the cellophane.
        /// </summary>
        private PixelBox SimInCigarettes(double scale)
        {
            var pen = Place(55, scale);
            const double l = 88;
            const double w = 55;
            pen.Rect(Organic, 0.8, -l / 2, -w / 2, l, w);
            pen.Line(Organic, 9, 1, true, (-l / 2, -w / 2), (l / 2, -w / 2), (l / 2, w / 2), (-l / 2, w / 2));
            pen.Line(Aluminium, 0.3, 1, true, (-l / 2 + 1, -w / 2 + 1), (l / 2 - 1, -w / 2 + 1), (l / 2 - 1, w / 2 - 1), (-l / 2 + 1, w / 2 - 1));
            pen.Rect(Organic, 0.7, (l / 2) - 26, -w / 2, 26, w);
            // Each column holds three cigarettes, fewer where some were smoked; tobacco about a quarter of water's density.
            var smoked = random.Next(0, 9);
            for (var c = 0; c < 7; c++)
            {
                var deep = 3 - Math.Clamp(smoked - (c * 3), 0, 3);
                if (deep == 0)
                {
                    continue;
                }

                var y = (-w / 2) + 0.3 + (c * 7.8);
                pen.Cylinder(Organic, (-l / 2) + 1 + 21, y, 63, 7.8, 0.25 * deep);
                pen.Cylinder(Organic, (-l / 2) + 1, y, 21, 7.8, 0.12 * deep);
            }

            var sim = new Turned(pen, U(-l / 3, l / 3), U(-w / 3, w / 3), U(0, 2 * Math.PI));
            var (sl, sw) = random.Next(3) switch
            {
                0 => (12.3, 8.8),
                1 => (15.0, 12.0),
                _ => (25.0, 15.0),
            };
            pen.Item(() => SimOutline(sim, sl, sw));
            return pen.Box;
        }

        // ---- syringes -------------------------------------------------------------------------

        /// <summary>
        /// A dental aspirating syringe, all stainless steel (145–160 mm): a thumb ring of 4 mm wire, a
        /// 5 mm plunger rod, finger wings, a slotted 11 mm barrel (0.8 mm wall) holding a 1.8 ml glass
        /// cartridge (65 × 8.6 mm, aluminium crimp cap, rubber bung), a 27–30 G needle on a plastic hub,
        /// capped on most.
        /// </summary>
        private PixelBox DentalSyringe(double scale)
        {
            var pen = Place(95, scale);
            var x0 = -U(75, 80);
            pen.Ring(Steel, 3, 4, x0 + 11, 0, 11, 11);
            pen.Cylinder(Steel, x0 + 22, -2.5, 45, 5);
            pen.Poly(Steel, 2.5, (x0 + 60, -18), (x0 + 68, -18), (x0 + 68, 18), (x0 + 60, 18));
            var xb = x0 + 66;
            var window = Chance(0.5);
            pen.Rect(Steel, window ? 0.8 : 1.6, xb, -5.5, 68, 11);
            pen.Rect(Steel, 2, xb, -5.5, 68, 1.3);
            pen.Rect(Steel, 2, xb, 4.2, 68, 1.3);
            pen.Rect(Steel, 4, xb + 64, -5.5, 6, 11);
            // Cartridge inside: glass, liquid, bung at the back, crimp cap at the front.
            pen.Tube(Glass, xb + 2, -4.3, 62, 8.6, 0.9);
            pen.Cylinder(Organic, xb + 10, -3.4, 52, 6.8);
            pen.Rect(Organic, 6, xb + 3, -3.4, 7, 6.8);
            pen.Rect(Aluminium, 1.5, xb + 60, -4.2, 5, 8.4);
            pen.Rect(Organic, 7, xb + 70, -3.5, 9, 7);
            var needle = U(21, 35);
            pen.Line(Steel, 0.35, 0.4, false, (xb + 79, 0), (xb + 79 + needle, 0));
            if (Chance(0.7))
            {
                pen.Rect(Organic, 5, xb + 75, -3.5, needle + 8, 7);
            }

            return pen.Box;
        }

        // ---- lithium batteries ----------------------------------------------------------------

        /// <summary>
        /// A car jump starter: a 150–180 × 75–90 × 30–35 mm ABS case round three stacked Li-polymer pouch
        /// cells (100–120 × 60–70 × 8 mm), a board with USB sockets and the EC5 outlet (brass contacts), a
        /// torch LED; on most, its clamp lead: a relay box, two 8 AWG copper cables, two spring clamps.
        /// </summary>
        private PixelBox JumpStarter(double scale)
        {
            var l = U(150, 180);
            var w = U(75, 90);
            var leads = Chance(0.6);
            var pen = Place(leads ? 140 : (l / 2) + 10, scale);
            var box = new Turned(pen, leads ? U(-30, 30) : 0, leads ? -40 : 0, leads ? U(-0.3, 0.3) : 0);
            pen.Item(() =>
            {
                RoundedRect(box, Organic, 5, -l / 2, -w / 2, l, w, 10);
                box.Line(Organic, 15, 2.5, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, 9));
                var cl = U(100, 120);
                var cw = U(60, 70);
                box.Rect(Steel, 1.6, (-l / 2) + 6, -cw / 2, cl, cw);
                box.Rect(Mixed, 12, (-l / 2) + 6, -cw / 2, cl, cw);
                var xb = (-l / 2) + cl + 10;
                box.Rect(Mixed, 1.6, xb, (-w / 2) + 5, (l / 2) - xb - 4, w - 10);
                for (var i = random.Next(3, 7); i > 0; i--)
                {
                    box.Rect(Steel, 1.2, U(xb + 2, (l / 2) - 12), U((-w / 2) + 6, (w / 2) - 14), U(5, 9), U(5, 9));
                }

                box.Rect(Steel, 2.5, (l / 2) - 8, -20, 8, 14);
                box.Rect(Steel, 2.5, (l / 2) - 8, 6, 8, 14);
                box.Rect(Organic, 10, (l / 2) - 12, -8, 12, 14);
                box.Rect(Brass, 4, (l / 2) - 10, -6, 9, 3);
                box.Rect(Brass, 4, (l / 2) - 10, 1, 9, 3);
            });
            if (leads)
            {
                // Relay box, two cables out to the clamps lying beside the pack.
                var rx = U(-60, 60);
                var relay = new Turned(pen, rx, 50, 0);
                RoundedRect(relay, Organic, 14, -35, -20, 70, 40, 6);
                relay.Rect(Steel, 3, -10, -8, 16, 14);
                relay.Rect(Mixed, 1.6, -30, -16, 18, 30);
                foreach (var side in new[] { -1.0, 1.0 })
                {
                    var (cx, cy) = (rx + (side * U(70, 95)), U(60, 100));
                    var path = new (double X, double Y)[] { (rx + (side * 35), 50), (rx + (side * 55), U(20, 90)), (cx, cy) };
                    pen.Line(Organic, 7, 7, false, path);
                    pen.Line(Brass, 2.6, 3.3, false, path);
                    var clamp = new Turned(pen, cx, cy, U(0, 2 * Math.PI));
                    RoundedRect(clamp, Organic, 14, -70, -9, 75, 18, 6);
                    clamp.Rect(Steel, 4, 0, -10, 55, 8);
                    clamp.Rect(Steel, 4, 0, 2, 55, 8);
                    clamp.Rect(Brass, 1, 30, -3, 25, 6);
                    clamp.Ring(Steel, 5, 2, 0, 0, 7, 7);
                }
            }

            return pen.Box;
        }

        // ---- tools ----------------------------------------------------------------------------

        /// <summary>
        /// Bolt cutters, 200–360 mm: two forged steel jaws 10–12 mm thick crossing at their pivot, two
        /// 3 mm link plates and their bolts; solid forged handles on the small ones, 19–22 mm steel tube
        /// (1.5 mm wall) on the large, with 110–130 mm plastic grips.
        /// </summary>
        private PixelBox BoltCutters(double scale)
        {
            var l = U(200, 360);
            var pen = Place((l / 2) + 10, scale);
            var head = Math.Clamp(l * 0.2, 45, 70);
            var xh = (l / 2) - head;
            var jaw = U(10, 12);
            var spread = U(0.02, 0.12);
            // Jaws: each half of a blunt head (about 0.7 of its length across), the cutting edges meeting
            // along the middle.
            foreach (var s in new[] { -1.0, 1.0 })
            {
                pen.Poly(Steel, jaw, (xh, s * 8), (xh + (head * 0.3), s * head * 0.36), (xh + (head * 0.8), s * head * 0.3), (l / 2, s * head * 0.12), (l / 2, 0), (xh, 0));
            }

            pen.Ellipse(Steel, 12, xh + (head * 0.35), 0, 5, 5);
            pen.Rect(Steel, 6, xh - 30, -18, 36, 36);
            pen.Ellipse(Steel, 14, xh - 22, -10, 4.5, 4.5);
            pen.Ellipse(Steel, 14, xh - 22, 10, 4.5, 4.5);
            var small = l < 280;
            var hl = l - head - 25;
            foreach (var s in new[] { -1.0, 1.0 })
            {
                var handle = new Turned(pen, xh - 25, s * 10, Math.PI + (s * -spread));
                if (small)
                {
                    handle.Rect(Steel, 8, 0, -6, hl, 12);
                }
                else
                {
                    handle.Tube(Steel, 0, -10, hl, 20, 1.5);
                }

                var grip = U(110, 130);
                handle.Cylinder(Organic, hl - grip, -13, grip, 26, 0.8);
            }

            return pen.Box;
        }

        // ---- alcohol --------------------------------------------------------------------------

        /// <summary>
        /// Wine in a carton: 1 litre (195 × 90 × 57 mm) or 500 ml (150 × 73 × 46 mm) of paperboard
        /// (0.45 mm) lined with 6.5 µm aluminium foil and polyethylene, a screw cap and spout on the top
        /// panel, the sealed fins folded down; full or part drunk, lying on its face or its side.
        /// </summary>
        private PixelBox WineCarton(double scale)
        {
            var big = Chance(0.6);
            var (l, a, b) = big ? (195.0, 90.0, 57.0) : (150.0, 73.0, 46.0);
            var onFace = Chance(0.6);
            var (w, depth) = onFace ? (a, b) : (b, a);
            var pen = Place((l / 2) + 15, scale);
            var fill = U(0.4, 1);
            pen.Rect(Organic, 0.9, -l / 2, -w / 2, l, w);
            pen.Rect(Organic, fill * depth * 0.97, (-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2);
            // Walls along the beam: board and foil crossed edge-on for the carton's full depth.
            var corners = new (double X, double Y)[] { (-l / 2, -w / 2), (l / 2, -w / 2), (l / 2, w / 2), (-l / 2, w / 2) };
            pen.Line(Organic, depth * 0.4, 1.2, true, corners);
            pen.Line(Aluminium, depth * 0.01, 1.2, true, corners);
            // The sealed fins at both ends and the folded ears.
            pen.Rect(Organic, 3, (l / 2) - 7, -w / 2, 7, w);
            pen.Rect(Organic, 3, -l / 2, -w / 2, 7, w);
            pen.Poly(Organic, 1.8, (-l / 2, -w / 2), (-l / 2 + (depth / 2), -w / 2), (-l / 2, 0));
            // Cap and spout near one end: from above on its face, in profile on its side.
            if (onFace)
            {
                pen.Ellipse(Organic, 12, (l / 2) - 25, 0, 14, 14);
                pen.Ring(Organic, 6, 2, (l / 2) - 25, 0, 16, 16);
            }
            else
            {
                pen.Rect(Organic, 25, (l / 2) - 38, (-w / 2) - 13, 28, 13);
            }

            return pen.Box;
        }

        // ---- controlled drugs -----------------------------------------------------------------

        /// <summary>
        /// Buprenorphine films in their sachets: 8–30 child-resistant sachets (50–60 × 40–48 mm, paper,
        /// PET, 9 µm aluminium foil and polyethylene, about 0.12 mm a side) each holding a 22 × 13 mm film;
        /// stacked under a rubber band, wrapped in cling film, or in a loose overlapping pile.
        /// </summary>
        private PixelBox FilmSachets(double scale)
        {
            var count = random.Next(8, 31);
            var pose = random.Next(3);
            var pen = Place(pose == 2 ? 55 : 40, scale);
            var sl = U(50, 60);
            var sw = U(40, 48);
            for (var i = 0; i < count; i++)
            {
                var sachet = pose == 2
                    ? new Turned(pen, U(-25, 25), U(-20, 20), U(0, 2 * Math.PI))
                    : new Turned(pen, U(-2, 2), U(-2, 2), U(-0.06, 0.06));
                sachet.Rect(Organic, 0.25, -sl / 2, -sw / 2, sl, sw);
                sachet.Rect(Aluminium, 0.018, -sl / 2, -sw / 2, sl, sw);
                sachet.Rect(Organic, 0.12, -11, -6.5, 22, 13);
                sachet.Rect(Organic, 0.25, -sl / 2, -sw / 2, sl, 5);
            }

            if (pose == 0)
            {
                pen.Line(Organic, 3, 3, true, (-8, (-sw / 2) - 3), (2, (-sw / 2) - 3), (2, (sw / 2) + 3), (-8, (sw / 2) + 3));
            }
            else if (pose == 1)
            {
                var wraps = random.Next(4, 10);
                RoundedRect(pen, Organic, 0.02 * wraps * 2, (-sl / 2) - 4, (-sw / 2) - 4, sl + 8, sw + 8, 6);
            }

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>
        /// A folded compact umbrella (230–290 mm): polyester canopy furled round eight 3-section steel
        /// ribs, a telescoped shaft of three steel tubes (10, 8, 6 mm), plastic runner and top, a
        /// 30 × 80 mm plastic handle; in its sleeve on some.
        /// </summary>
        private void Umbrella()
        {
            var l = U(230, 290);
            var pen = Place((l / 2) + 10);
            var x0 = -l / 2;
            pen.Poly(Organic, U(4, 8), (x0 + 70, -20), (x0 + l, -12), (x0 + l + 6, 0), (x0 + l, 12), (x0 + 70, 20));
            for (var i = 0; i < 8; i++)
            {
                var y = -14 + (i * 4) + U(-1, 1);
                var start = x0 + 75 + U(0, 20);
                pen.Line(Steel, 0.7, 1.5, false, (start, y), (start + ((l - 90) * 0.5), y * 0.9), (x0 + l - 8, y * 0.6));
                pen.Ellipse(Organic, 4, x0 + l - 6, y * 0.6, 2, 2);
            }

            pen.Tube(Steel, x0 + 70, -5, l - 80, 10, 0.35);
            pen.Tube(Steel, x0 + 80, -4, l - 90, 8, 0.3);
            pen.Tube(Steel, x0 + 90, -3, l - 100, 6, 0.3);
            pen.Rect(Organic, 15, x0 + 72, -9, 25, 18);
            pen.Rect(Organic, 10, x0 + l - 15, -7, 15, 14);
            pen.Cylinder(Organic, x0, -15, 80, 30, 0.7);
            pen.Rect(Steel, 1, x0 + 60, -7, 12, 3);
            if (Chance(0.5))
            {
                pen.Rect(Organic, 0.6, x0 + 65, -22, l - 60, 44);
            }
        }

        /// <summary>
        /// A pocket or desk calculator (135–160 × 75–85 mm): a 2.2 mm ABS shell each side and plastic
        /// keys, a 1.6 mm board with its chip under a resin blob, a two-glass LCD, a solar cell on glass,
        /// an LR54 alkaline button cell on most, four screws.
        /// </summary>
        private void Calculator()
        {
            var l = U(135, 160);
            var w = U(75, 85);
            var pen = Place((l / 2) + 5);
            RoundedRect(pen, Organic, 6, -l / 2, -w / 2, l, w, 6);
            for (var r = 0; r < 5; r++)
            {
                for (var c = 0; c < 4; c++)
                {
                    pen.Rect(Organic, 4, (-l / 2) + 8 + (r * ((l * 0.55) / 5)), (-w / 2) + 8 + (c * ((w - 16) / 4)), (l * 0.55 / 5) - 4, ((w - 16) / 4) - 4);
                }
            }

            pen.Rect(Mixed, 1.6, (-l / 2) + 6, (-w / 2) + 5, l * 0.62, w - 10);
            pen.Ellipse(Organic, 3, -l * 0.05, 0, 7, 7);
            pen.Rect(Glass, 1.4, (l / 2) - (l * 0.3), (-w / 2) + 8, l * 0.22, w - 16);
            pen.Rect(Glass, 1.1, (l / 2) - 10, -20, 7, 40);
            if (Chance(0.7))
            {
                pen.Ellipse(Steel, 1.8, (l / 2) - (l * 0.35), (w / 2) - 12, 5.8, 5.8);
            }

            foreach (var (x, y) in new[] { (-l / 2 + 5, -w / 2 + 5), (l / 2 - 5, -w / 2 + 5), (-l / 2 + 5, w / 2 - 5), (l / 2 - 5, w / 2 - 5) })
            {
                pen.Ellipse(Steel, 4, x, y, 1.2, 1.2);
            }
        }

        /// <summary>
        /// A desk stapler (140–180 × 30–40 mm): a 1 mm steel base channel on a rubber pad, a 0.6 mm steel
        /// magazine channel with a strip of 26/6 staples and its pusher spring, a steel or plastic top
        /// cover, the 3 mm pivot pin and the anvil plate.
        /// </summary>
        private void Stapler()
        {
            var l = U(140, 180);
            var w = U(30, 40);
            var pen = Place((l / 2) + 5);
            pen.Rect(Steel, 1, -l / 2, -w / 2, l, w);
            pen.Rect(Steel, 8, -l / 2, -w / 2, l, 1);
            pen.Rect(Steel, 8, -l / 2, (w / 2) - 1, l, 1);
            pen.Rect(Organic, 3, -l / 2, -w / 2, l, w);
            pen.Rect(Steel, 1.2, (-l / 2) + 10, -6.5, l - 20, 13);
            pen.Rect(Steel, 6, (-l / 2) + 10, -6.5, l - 20, 0.8);
            pen.Rect(Steel, 6, (-l / 2) + 10, 5.7, l - 20, 0.8);
            var strip = U(30, l - 60);
            pen.Rect(Steel, 0.7, (l / 2) - 15 - strip, -6, strip, 12);
            pen.Line(Steel, 0.8, 0.8, false, [.. Enumerable.Range(0, 12).Select(i => ((-l / 2) + 15 + (i * 4.0), i % 2 == 0 ? -4.0 : 4.0))]);
            if (Chance(0.5))
            {
                RoundedRect(pen, Steel, 1.2, (-l / 2) + 4, (-w / 2) + 2, l - 4, w - 4, 6);
            }
            else
            {
                RoundedRect(pen, Organic, 6, (-l / 2) + 4, (-w / 2) + 2, l - 4, w - 4, 8);
            }

            pen.Rect(Steel, 2.4, (-l / 2) + 6, -w / 2, 3, w);
            pen.Rect(Steel, 1.5, (l / 2) - 18, -6, 12, 12);
        }

        /// <summary>One or two decks of playing cards (88 × 63 mm, 54 cards of 0.3 mm) in their card tuck boxes or a clear plastic case.</summary>
        private void PlayingCards()
        {
            var pen = Place(70);
            for (var i = random.Next(1, 3); i > 0; i--)
            {
                var deck = new Turned(pen, U(-25, 25), U(-20, 20), U(0, 2 * Math.PI));
                deck.Rect(Organic, 16.2, -44, -31.5, 88, 63);
                if (Chance(0.7))
                {
                    deck.Rect(Organic, 0.7, -44.5, -32, 89, 64);
                    deck.Line(Organic, 7, 1, true, (-44.5, -32), (44.5, -32), (44.5, 32), (-44.5, 32));
                    deck.Rect(Organic, 0.35, 44.5, -25, 14, 50);
                }
                else
                {
                    RoundedRect(deck, Organic, 3, -46, -33.5, 92, 67, 3);
                    deck.Line(Organic, 12, 1.5, true, RoundedOutline(-46, -33.5, 92, 67, 3));
                }
            }
        }

        /// <summary>
        /// A tin of mints: a 95 × 60 × 20 mm hinged tin of 0.22 mm tinplate with rolled edges, or a
        /// 70–80 mm round sweet tin; mints or boiled sweets inside, some eaten.
        /// </summary>
        private void MintTin()
        {
            var pen = Place(55);
            if (Chance(0.65))
            {
                pen.Rect(Steel, 0.44, -47.5, -30, 95, 60);
                pen.Line(Steel, 4, 0.8, true, RoundedOutline(-47.5, -30, 95, 60, 9));
                pen.Line(Steel, 1.5, 1.5, true, RoundedOutline(-46, -28.5, 92, 57, 8));
                pen.Rect(Steel, 1.2, -40, 27, 80, 3);
                for (var i = random.Next(5, 40); i > 0; i--)
                {
                    pen.Ellipse(Organic, 5, U(-40, 40), U(-23, 23), 5, 4);
                }
            }
            else
            {
                var r = U(35, 40);
                pen.Ellipse(Steel, 0.44, 0, 0, r, r);
                pen.Ring(Steel, 4, 0.8, 0, 0, r, r);
                pen.Ring(Steel, 1.5, 1.5, 0, 0, r - 1.5, r - 1.5);
                for (var i = random.Next(4, 16); i > 0; i--)
                {
                    var a = U(0, 2 * Math.PI);
                    var d = U(0, r - 10);
                    pen.Ellipse(Organic, 9, d * Math.Cos(a), d * Math.Sin(a), 8, 7);
                }
            }
        }

        /// <summary>
        /// A spiral-bound notebook (A6, A5 or A4; 60–120 sheets of 0.1 mm paper, card or polypropylene
        /// covers) with a double-loop binding of 1 mm steel wire every 8.5 mm along its long edge, or a
        /// plastic coil; an elastic closure on some.
        /// </summary>
        private void SpiralNotebook()
        {
            var (l, w) = random.Next(3) switch
            {
                0 => (148.0, 105.0),
                1 => (210.0, 148.0),
                _ => (297.0, 210.0),
            };
            var pen = Place((l / 2) + 10);
            var sheets = random.Next(60, 121);
            pen.Rect(Organic, 1 + (0.08 * sheets), -l / 2, -w / 2, l, w);
            var d = 6 + (sheets * 0.07);
            var wire = Chance(0.75);
            for (var x = (-l / 2) + 6; x < (l / 2) - 6; x += 8.5)
            {
                var y = (-w / 2) - 2;
                if (wire)
                {
                    pen.Line(Steel, 0.8, 1, false, (x, y - (d / 2)), (x, y + (d / 2)));
                    pen.Line(Steel, 0.8, 1, false, (x + 2, y - (d / 2)), (x + 2, y + (d / 2)));
                    pen.Rect(Steel, 3, x - 0.5, y - (d / 2) - 0.5, 3, 1.5);
                    pen.Rect(Steel, 3, x - 0.5, y + (d / 2) - 1, 3, 1.5);
                }
                else
                {
                    pen.Line(Organic, 1.5, 1.5, false, (x, y - (d / 2)), (x + 4, y + (d / 2)));
                }
            }

            if (Chance(0.3))
            {
                pen.Rect(Organic, 1.5, (l / 2) - 25, -w / 2, 6, w);
            }
        }

        /// <summary>
        /// Colouring pencils in a tinplate case (190 × 90 × 10 mm for 12, 190 × 140 × 12 mm for 24;
        /// 0.25 mm steel): 175 × 7 mm cedar pencils round 3.3 mm cores of pigment, wax and talc, a
        /// 25 mm magnesium sharpener with its steel blade, an eraser.
        /// </summary>
        private void PencilTin()
        {
            var full = Chance(0.5);
            var (w, depth) = full ? (140.0, 12.0) : (90.0, 10.0);
            const double l = 190;
            var pen = Place((l / 2) + 5);
            pen.Rect(Steel, 0.5, -l / 2, -w / 2, l, w);
            pen.Line(Steel, depth * 0.2, 0.8, true, RoundedOutline(-l / 2, -w / 2, l, w, 5));
            // One layer across the tin's width: 18 of the 24 or all 12 (the other six of 24 lie under them).
            var perRow = full ? 18 : 12;
            var pitch = (w - 6) / perRow;
            for (var i = 0; i < perRow; i++)
            {
                var y = (-w / 2) + 3 + (i * pitch);
                pen.Cylinder(Organic, (-l / 2) + 5, y, 165, 7, 0.5);
                pen.Rect(Mixed, 2.2, (-l / 2) + 5, y + 1.85, 170, 3.3);
                pen.Poly(Organic, 3, ((-l / 2) + 170, y), ((-l / 2) + 182, y + 3.5), ((-l / 2) + 170, y + 7));
            }

            if (Chance(0.6))
            {
                var xs = (l / 2) - 40;
                pen.Rect(Aluminium, 8, xs, (w / 2) - 18, 25, 13);
                pen.Rect(Steel, 0.8, xs + 3, (w / 2) - 16, 18, 8);
                pen.Ellipse(Steel, 6, xs + 12, (w / 2) - 12, 1.2, 1.2);
            }

            if (Chance(0.5))
            {
                pen.Rect(Organic, 10, (l / 2) - 75, (w / 2) - 18, 30, 14);
            }
        }

        /// <summary>
        /// A clothes hanger: a galvanised steel wire hanger (2.2–2.6 mm, 380–420 mm wide, twisted neck and
        /// hook), or a moulded plastic hanger on a 4 mm chromed steel hook.
        /// </summary>
        private void CoatHanger()
        {
            var width = U(380, 420);
            var pen = Place((width / 2) + 5);
            var half = width / 2;
            // The hook: from the top of the neck round over a 14 mm radius and down the far side.
            var hook = Enumerable.Range(0, 12).Select(i => Math.PI * 1.3 * i / 11)
                .Select(a => (14 * Math.Sin(a), -59 + (14 * Math.Cos(a)))).ToArray();
            if (Chance(0.6))
            {
                var d = U(2.2, 2.6);
                pen.Line(Steel, 0.8 * d, d, true, (-half, 70), (half, 70), (3, -20), (-3, -20));
                pen.Line(Steel, 1.6 * d, d * 2, false, (0, -20), (0, -45));
                pen.Line(Steel, 0.8 * d, d, false, [(0, -45), .. hook]);
            }
            else
            {
                pen.Line(Organic, 8, 12, false, (-half, 40), (-half * 0.5, 5), (0, -15), (half * 0.5, 5), (half, 40));
                pen.Line(Organic, 6, 8, false, (-half + 10, 70), (half - 10, 70));
                pen.Line(Organic, 6, 6, false, (-half, 40), (-half + 10, 70));
                pen.Line(Organic, 6, 6, false, (half, 40), (half - 10, 70));
                pen.Line(Steel, 3.2, 4, false, [(0, -15), (0, -45), .. hook]);
            }
        }
    }
}
