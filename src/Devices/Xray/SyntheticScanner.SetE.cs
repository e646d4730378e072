namespace Screening.Devices.Xray;

// Variant set E (held out after D's run): threat shapes and clutter kinds that none of A, B, C and D
// draws. Written after D's figures were seen, to replace D as the held-out set, from what the real
// things measure and are made of; neither the analyser nor any x-ray figures were read while writing
// them. Thicknesses follow the rest of the scene: roughly the millimetres of that material the beam
// crosses where the part lies flat.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        // Zirconia (ZrO2, about 6 g/cm³, zirconium Z = 40) stops more of the beam per millimetre than steel.
        private static readonly Material Zirconia = new(1.2, 0.48);

        // Silver (Z = 47, 10.5 g/cm³): between steel and lead.
        private static readonly Material Silver = new(1.5, 0.6);

        /// <summary>Draws one of set E's threat shapes; null for a shape that is not set E's.</summary>
        private PixelBox? DrawSetEThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.Cleaver => Cleaver(scale),
            ThreatShape.CeramicKnife => CeramicKnife(scale),
            ThreatShape.SnubRevolver => SnubRevolver(scale),
            ThreatShape.SawnOffShotgun => SawnOffShotgun(scale),
            ThreatShape.PhoneParts => PhoneParts(scale),
            ThreatShape.SliderPhone => SliderPhone(scale),
            ThreatShape.StripperClip => StripperClip(scale),
            ThreatShape.LoadedMagazine => LoadedMagazine(scale),
            ThreatShape.SimStack => SimStack(scale),
            ThreatShape.SimInBag => SimInBag(scale),
            ThreatShape.Syringe20Ml => Syringe20Ml(scale),
            ThreatShape.InsulinPen => InsulinPen(scale),
            ThreatShape.CoinCells => CoinCells(scale),
            ThreatShape.DrillBattery => DrillBattery(scale),
            ThreatShape.PryBar => PryBar(scale),
            ThreatShape.DrillBits => DrillBits(scale),
            ThreatShape.ChampagneBottle => ChampagneBottle(scale),
            ThreatShape.SpiritPouches => SpiritPouches(scale),
            ThreatShape.DrugCapsules => DrugCapsules(scale),
            ThreatShape.PillBottle => PillBottle(scale),
            _ => null,
        };

        /// <summary>Draws one of set E's clutter kinds; false for a kind that is not set E's.</summary>
        private bool DrawSetEClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.Gloves:
                    Gloves();
                    return true;
                case ClutterKind.Bangle:
                    Bangle();
                    return true;
                case ClutterKind.Necklace:
                    Necklace();
                    return true;
                case ClutterKind.ClawClip:
                    ClawClip();
                    return true;
                case ClutterKind.Dummy:
                    Dummy();
                    return true;
                case ClutterKind.Nappy:
                    Nappy();
                    return true;
                case ClutterKind.ToyCar:
                    ToyCar();
                    return true;
                case ClutterKind.FlipFlops:
                    FlipFlops();
                    return true;
                default:
                    return false;
            }
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>A meat cleaver: a 150–200 × 70–90 mm blade, 3–4 mm at the spine thinning to the edge, a hanging hole; full tang in a 110–125 mm handle.</summary>
        private PixelBox Cleaver(double scale)
        {
            var l = U(150, 200);
            var h = U(70, 90);
            var lh = U(110, 125);
            var t = U(3, 4);
            var pen = Place(((l + lh) / 2) + 10, scale);
            var ox = -(l - lh) / 2;
            var y0 = -h / 2;
            // The blade in three bands from spine to edge (grind), the hanging hole left out of the spine band.
            var hole = U(10, 14);
            var hx = ox + l - 25;
            pen.Rect(Steel, t, ox, y0, hx - (hole / 2) - ox, h * 0.35);
            pen.Rect(Steel, t, hx + (hole / 2), y0, ox + l - hx - (hole / 2), h * 0.35);
            pen.Rect(Steel, t, hx - (hole / 2), y0, hole, (h * 0.35) - hole - 4);
            pen.Rect(Steel, t, hx - (hole / 2), y0 + (h * 0.35) - 4, hole, 4);
            pen.Rect(Steel, t * 0.75, ox, y0 + (h * 0.35), l, h * 0.4);
            pen.Rect(Steel, t * 0.4, ox, y0 + (h * 0.75), l, h * 0.25);
            // Handle: wooden scales over the full tang, three rivets.
            RoundedRect(pen, Organic, U(18, 22), ox - lh, y0 + 4, lh, 24, 7);
            pen.Rect(Steel, t, ox - lh + 4, y0 + 8, lh - 4, 16);
            for (var i = 0; i < 3; i++)
            {
                pen.Ellipse(Steel, 18, ox - 15 - (i * (lh - 30) / 2), y0 + 16, 2.5, 2.5);
            }

            return pen.Box;
        }

        /// <summary>A ceramic knife: a zirconia blade 100–150 × 20–30 mm, 2 mm at the spine, its short tang glued into a plastic handle; no steel at all.</summary>
        private PixelBox CeramicKnife(double scale)
        {
            var l = U(100, 150);
            var h = U(20, 30);
            var lh = U(100, 115);
            var pen = Place(((l + lh) / 2) + 5, scale);
            var ox = -(l - lh) / 2;
            var blade = new List<(double, double)>();
            for (var i = 0; i <= 10; i++)
            {
                var f = i / 10.0;
                blade.Add((ox + (f * l), -h / 2));
            }

            for (var i = 10; i >= 0; i--)
            {
                var f = i / 10.0;
                blade.Add((ox + (f * l), (-h / 2) + (h * (1 - Math.Pow(f, 3)))));
            }

            // Spine half thicker than the ground edge half.
            pen.Poly(Zirconia, 1.0, [.. blade]);
            pen.Poly(Zirconia, 0.9, (ox, -h / 2), (ox + (0.85 * l), -h / 2), (ox + (0.85 * l), -h / 2 + 3), (ox, 0));
            pen.Rect(Zirconia, 2, ox - 30, -h / 4, 30, h / 2);
            RoundedRect(pen, Organic, U(18, 22), ox - lh, -11, lh, 22, 8);
            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>A snub-nosed revolver (J-frame class): 48–54 mm barrel, 160–170 mm long, five-shot 37 mm cylinder, steel or aluminium frame, rubber grip.</summary>
        private PixelBox SnubRevolver(double scale)
        {
            var barrel = U(48, 54);
            var pen = Place(95, scale);
            var alloyFrame = Chance(0.4);
            var frame = alloyFrame ? Aluminium : Steel;
            var frameT = alloyFrame ? 16 : 5;
            var x0 = -60.0;
            var y0 = -45.0;
            // Frame from the grip strap up round the cylinder window to the barrel; shrouded hammer.
            pen.Poly(frame, frameT, (x0, y0), (x0 + 60, y0), (x0 + 60, y0 + 34), (x0 + 8, y0 + 40), (x0 - 4, y0 + 16));
            // Barrel with its ejector-rod shroud under it.
            pen.Rect(Steel, 7, x0 + 60, y0 + 2, barrel, 13);
            pen.Rect(Steel, 3, x0 + 60, y0 + 15, barrel * 0.85, 7);
            // Five-shot cylinder: 37 mm across, 40 mm long; loaded more often than not.
            RoundedRect(pen, Steel, 9, x0 + 18, y0 - 2, 40, 37, 5);
            if (Chance(0.7))
            {
                for (var i = 0; i < 3; i++)
                {
                    pen.Rect(Brass, 2, x0 + 19, y0 + 2 + (11 * i), 30, 8);
                    pen.Rect(Lead, 3.5, x0 + 49, y0 + 3 + (11 * i), 8, 6);
                }
            }

            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(a => (x0 + 35 + (16 * Math.Cos(a)), y0 + 38 + (12 * Math.Sin(a)))).ToArray();
            pen.Line(frame, frameT * 0.6, 4, closed: false, guard);
            pen.Poly(Steel, 3, (x0 + 30, y0 + 36), (x0 + 35, y0 + 36), (x0 + 31, y0 + 48), (x0 + 28, y0 + 48));
            // Boot grip: rubber over a steel grip frame, 55–60 mm.
            var g = U(55, 60);
            pen.Poly(Organic, 28, (x0 - 4, y0 + 16), (x0 + 14, y0 + 38), (x0 - 8, y0 + 38 + g), (x0 - 32, y0 + 30 + g));
            pen.Poly(frame, frameT * 0.6, (x0 - 2, y0 + 20), (x0 + 6, y0 + 34), (x0 - 16, y0 + 30 + g), (x0 - 22, y0 + 26 + g));
            return pen.Box;
        }

        /// <summary>A sawn-off 12-bore: two barrels (21 mm across, 0.9–1.2 mm wall over the 18.5 mm bore) cut to 180–250 mm, a steel action, the stock cut to a pistol grip; 330–420 mm overall.</summary>
        private PixelBox SawnOffShotgun(double scale)
        {
            var barrel = U(180, 250);
            var grip = U(70, 90);
            var action = U(80, 85);
            var pen = Place(((barrel + action + grip) / 2) + 10, scale);
            var x0 = -(barrel + action + grip) / 2;
            var xa = x0 + grip;
            var xb = xa + action;
            var wall = U(0.9, 1.2);
            // Side by side lying flat: two tubes next to each other; over-under lying flat: one over the other.
            var sideBySide = Chance(0.5);
            pen.Tube(Steel, xb, -21, barrel, 21, wall);
            if (sideBySide)
            {
                pen.Tube(Steel, xb, 0, barrel, 21, wall);
                pen.Rect(Steel, 2, xb, -2, barrel, 4);
            }
            else
            {
                // The lower barrel lies under the upper one: the beam crosses both.
                pen.Tube(Steel, xb, -21, barrel, 21, wall);
            }

            // Forend wood under the barrels' breech end, the action body, the top lever and the trigger guard.
            var depth = sideBySide ? 42 : 21;
            RoundedRect(pen, Organic, 25, xb, -21 + depth - 6, 120, 16, 5);
            pen.Rect(Steel, 14, xa, -22, action, depth + 4);
            pen.Rect(Steel, 4, xa + 10, -26, 30, 6);
            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(a => (xa + 45 + (22 * Math.Cos(a)), -22 + depth + 6 + (14 * Math.Sin(a)))).ToArray();
            pen.Line(Steel, 2.5, 5, closed: false, guard);
            // Loaded: a brass head and plastic hull in each chamber.
            if (Chance(0.6))
            {
                pen.Rect(Brass, 3, xb, -19, 16, 17);
                if (sideBySide)
                {
                    pen.Rect(Brass, 3, xb, 2, 16, 17);
                }
            }

            // Pistol grip sawn from the stock, with the stock bolt through it.
            pen.Poly(Organic, 38, (xa, -22), (xa, -22 + depth + 4), (xa - (grip * 0.7), -22 + depth + 45), (x0, -22 + depth + 30), (x0 + 10, -22));
            pen.Rect(Steel, 6, xa - (grip * 0.8), -15, grip * 0.8, 8);
            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>A phone taken apart to pass as loose parts: its board (65–85 × 20–30 mm), its pouch battery (60–75 × 45–60 mm), the screen and the camera module, lying near each other.</summary>
        private PixelBox PhoneParts(double scale)
        {
            var pen = Place(85, scale);
            // Board: 1 mm FR4 with steel shield cans and chips, a flex cable off one end.
            var board = new Turned(pen, U(-30, 30), U(-45, -20), U(-0.4, 0.4));
            var bl = U(65, 85);
            var bw = U(20, 30);
            board.Rect(Mixed, 2.5, -bl / 2, -bw / 2, bl, bw);
            board.Rect(Steel, 0.5, -bl / 2 + 4, -bw / 2 + 3, bl * 0.5, bw - 6);
            for (var i = random.Next(6, 12); i > 0; i--)
            {
                board.Rect(Steel, 1.5, U(-bl / 2 + 2, bl / 2 - 8), U(-bw / 2 + 2, bw / 2 - 6), U(2, 6), U(2, 5));
            }

            board.Rect(Organic, 0.5, bl / 2, -4, U(20, 40), 8);
            // Battery: pouch cell in 0.1 mm aluminium laminate, its protection board on the top edge.
            var cell = new Turned(pen, U(-25, 25), U(20, 45), U(-0.5, 0.5));
            var cl = U(60, 75);
            var cw = U(45, 60);
            cell.Rect(Steel, 0.8, -cl / 2, -cw / 2, cl, cw);
            cell.Rect(Mixed, 4, -cl / 2, -cw / 2, cl, cw);
            cell.Rect(Mixed, 2, -cl / 2 - 6, -cw / 2 + 5, 6, cw - 10);
            cell.Rect(Steel, 1, -cl / 2 - 5, -cw / 2 + 8, 4, 6);
            if (Chance(0.6))
            {
                // Screen: glass and OLED panel, 1.5 mm, with a thin steel back plate.
                var screen = new Turned(pen, U(-20, 20), U(-10, 10), U(0, Math.PI));
                screen.Rect(Glass, 1.5, -72, -34, 144, 68);
                screen.Rect(Steel, 0.15, -70, -32, 140, 64);
            }

            // Camera module: a steel-cased block about 20 × 12 mm.
            var camera = new Turned(pen, U(30, 55), U(-50, 50), U(0, Math.PI));
            camera.Rect(Steel, 3, -10, -6, 20, 12);
            camera.Ellipse(Glass, 4, -3, 0, 4, 4);
            return pen.Box;
        }

        /// <summary>A slider phone: two 100–110 × 47–50 mm halves (15–17 mm together) slid 25–40 mm apart on steel rails, a BL-5C-size Li-ion battery (53 × 34 × 5.5 mm) in the back half.</summary>
        private PixelBox SliderPhone(double scale)
        {
            var l = U(100, 110);
            var w = U(47, 50);
            var slide = U(25, 40);
            var pen = Place(((l + slide) / 2) + 5, scale);
            var xb = -(l + slide) / 2;
            var xf = xb + slide;
            // Back half: keypad side, battery, board.
            RoundedRect(pen, Organic, 7, xb, -w / 2, l, w, 8);
            pen.Rect(Steel, 0.9, xb + (l * 0.45), -17, 53, 34);
            pen.Rect(Mixed, 4, xb + (l * 0.45), -17, 53, 34);
            pen.Rect(Mixed, 2, xb + 5, -w * 0.4, l * 0.35, w * 0.8);
            for (var r = 0; r < 4; r++)
            {
                for (var c = 0; c < 3; c++)
                {
                    pen.Rect(Steel, 0.4, xb + 6 + (r * 9), -w * 0.3 + (c * w * 0.22), 5, 6);
                }
            }

            // Front half: screen, its own board and shields, the earpiece.
            RoundedRect(pen, Organic, 6, xf, -w / 2, l, w, 8);
            pen.Rect(Glass, 1.2, xf + (l * 0.4), -w * 0.4, l * 0.5, w * 0.8);
            pen.Rect(Mixed, 2, xf + 5, -w * 0.4, l * 0.3, w * 0.8);
            for (var i = random.Next(5, 10); i > 0; i--)
            {
                pen.Rect(Steel, 1.5, U(xf + 6, xf + (l * 0.3)), U(-w * 0.4, w * 0.35), U(2, 5), U(2, 5));
            }

            // The slide rails and their spring along both long edges.
            pen.Rect(Steel, 1.2, xf, -w / 2 + 2, l - slide + 10, 3);
            pen.Rect(Steel, 1.2, xf, (w / 2) - 5, l - slide + 10, 3);
            pen.Line(Steel, 0.8, 0.8, false, (xf + 10, -6), (xf + 16, 6), (xf + 22, -6), (xf + 28, 6));
            return pen.Box;
        }

        // ---- ammunition -----------------------------------------------------------------------

        /// <summary>Rifle rounds on a stripper clip: five 7.62 × 51 (71 mm, 11.9 mm rim) or ten 5.56 × 45 (57 mm, 9.6 mm), rims held in a 0.5 mm spring-steel clip.</summary>
        private PixelBox StripperClip(double scale)
        {
            var large = Chance(0.5);
            var (count, caseLength, caseDia, bulletLength, bulletDia) = large
                ? (5, 51.0, 11.9, 20.0, 7.8)
                : (10, 45.0, 9.6, 12.0, 5.7);
            var pitch = caseDia + 0.3;
            var pen = Place(((count * pitch) / 2) + 40, scale);
            var total = caseLength + bulletLength;
            var x = -total / 2;
            var y0 = -(count * pitch) / 2;
            for (var i = 0; i < count; i++)
            {
                var y = y0 + (i * pitch);
                pen.Cylinder(Brass, x, y, caseLength, caseDia, 0.3);
                pen.Rect(Brass, 1.5, x, y, 2.5, caseDia);
                // Bottleneck, then a copper-jacketed lead bullet.
                var by = y + ((caseDia - bulletDia) / 2);
                pen.Poly(Brass, 1.2, (x + caseLength - 6, y + 0.5), (x + caseLength, by), (x + caseLength, by + bulletDia), (x + caseLength - 6, y + caseDia - 0.5));
                pen.Poly(Lead, bulletDia * 0.45, (x + caseLength, by), (x + caseLength + (bulletLength * 0.55), by), (x + total, by + (bulletDia / 2)), (x + caseLength + (bulletLength * 0.55), by + bulletDia), (x + caseLength, by + bulletDia));
            }

            // The clip: a channel over the rims, its lips and a spring along the back.
            pen.Rect(Steel, 1.2, x - 2, y0 - 1.5, 6, (count * pitch) + 3);
            pen.Rect(Steel, 2, x - 2, y0 - 1.5, 6, 1.5);
            pen.Rect(Steel, 2, x - 2, y0 + (count * pitch), 6, 1.5);
            return pen.Box;
        }

        /// <summary>A loaded 9 mm double-stack pistol magazine: a 125–130 × 32 mm steel body (0.8 mm sheet), polymer base plate, follower and spring, 8–17 rounds staggered down it.</summary>
        private PixelBox LoadedMagazine(double scale)
        {
            var l = U(125, 130);
            var w = U(31, 33);
            var pen = Place((l / 2) + 10, scale);
            var x0 = -l / 2;
            // Lying on its side: two faces of sheet across the beam, the front and back walls along it.
            RoundedRect(pen, Steel, 1.6, x0, -w / 2, l, w, 3);
            pen.Rect(Steel, 6, x0, -w / 2, l, 1.2);
            pen.Rect(Steel, 6, x0, (w / 2) - 1.2, l, 1.2);
            pen.Rect(Organic, 12, x0 - 6, -w / 2 - 2, 8, w + 4);
            // Rounds lie across the body (case 19 mm, bullet 10 mm), two columns staggered 4.8 mm apart.
            var rounds = random.Next(8, 18);
            var top = x0 + l - 6;
            for (var i = 0; i < rounds; i++)
            {
                var x = top - 10 - (i * 4.8);
                var y = (-w / 2) + 1.5 + (i % 2 == 0 ? 0 : 0.6);
                pen.Rect(Brass, 3, x, y, 9.65, 19);
                pen.Rect(Lead, 4, x + 0.5, y + 19, 8.6, 9);
            }

            // Follower and the spring's coils below the last round.
            var xs = top - 10 - (rounds * 4.8);
            pen.Rect(Organic, 10, xs - 4, -w / 2 + 2, 6, w - 4);
            var coils = new List<(double, double)>();
            for (var x = xs - 4; x > x0 + 3; x -= 5)
            {
                coils.Add((x, -w / 2 + 3));
                coils.Add((x - 2.5, (w / 2) - 3));
            }

            if (coils.Count > 1)
            {
                pen.Line(Steel, 1, 1, false, [.. coils]);
            }

            return pen.Box;
        }

        // ---- SIM cards ------------------------------------------------------------------------

        /// <summary>A SIM card of a given outline, 0.67–0.76 mm PVC, its chip module (gold-plated contacts over the die in epoxy).</summary>
        private static void SimOutline(Turned sim, double l, double w)
        {
            sim.Poly(Organic, 0.75, (-l / 2, -w / 2), (l / 2 - 2, -w / 2), (l / 2, -w / 2 + 2), (l / 2, w / 2), (-l / 2, w / 2));
            var ml = Math.Min(l - 1, 11.5);
            var mw = Math.Min(w - 1, 8);
            sim.Rect(Brass, 0.1, -ml / 2, -mw / 2, ml, mw);
            sim.Rect(Mixed, 1.2, -2.5, -2.5, 5, 5);
        }

        /// <summary>3–8 SIM cards of mixed sizes (nano 12.3 × 8.8, micro 15 × 12, mini 25 × 15 mm) lying loose and overlapping.</summary>
        private PixelBox SimStack(double scale)
        {
            var pen = Place(40, scale);
            for (var i = random.Next(3, 9); i > 0; i--)
            {
                var sim = new Turned(pen, U(-18, 18), U(-18, 18), U(0, 2 * Math.PI));
                var (l, w) = random.Next(3) switch
                {
                    0 => (12.3, 8.8),
                    1 => (15.0, 12.0),
                    _ => (25.0, 15.0),
                };
                SimOutline(sim, l, w);
            }

            return pen.Box;
        }

        /// <summary>One or two SIM cards sealed in a small grip-seal bag (50–70 × 60–90 mm, two 50 µm sheets of polythene, a 1.5 mm zip ridge).</summary>
        private PixelBox SimInBag(double scale)
        {
            var l = U(60, 90);
            var w = U(50, 70);
            var pen = Place((l / 2) + 10, scale);
            pen.Rect(Organic, 0.1, -l / 2, -w / 2, l, w);
            pen.Rect(Organic, 1.5, -l / 2 + 6, -w / 2, 3, w);
            pen.Rect(Organic, 0.6, l / 2 - 3, -w / 2, 3, w);
            for (var i = random.Next(1, 3); i > 0; i--)
            {
                var sim = new Turned(pen, U(-l / 4, l / 4) + 5, U(-w / 5, w / 5), U(0, 2 * Math.PI));
                if (Chance(0.5))
                {
                    pen.Item(() => SimOutline(sim, 12.3, 8.8));
                }
                else
                {
                    pen.Item(() => SimOutline(sim, 15, 12));
                }
            }

            return pen.Box;
        }

        // ---- syringes -------------------------------------------------------------------------

        /// <summary>A 20 ml syringe: a 20–22 mm polypropylene barrel 85–95 mm long (1.2 mm wall), plunger with a rubber stopper, luer lock, sometimes a 21 G needle 38 mm.</summary>
        private PixelBox Syringe20Ml(double scale)
        {
            var barrel = U(85, 95);
            var d = U(20, 22);
            var pull = U(10, 60);
            var needle = Chance(0.5) ? 38.0 : 0;
            var pen = Place(((barrel + pull + needle + 30) / 2) + 5, scale);
            var x0 = -(barrel + pull + needle + 30) / 2 + pull + 10;
            pen.Tube(Organic, x0, -d / 2, barrel, d, 1.2);
            // Finger flange, the plunger's cross-shaped rod out behind, its thumb plate, the stopper inside.
            pen.Rect(Organic, 3, x0 - 2, -d, 3, 2 * d);
            pen.Rect(Organic, 8, x0 - pull - 8, -2, pull + 12, 4);
            pen.Rect(Organic, 2, x0 - pull - 8, -d / 2 + 2, pull + 12, d - 4);
            pen.Rect(Organic, 4, x0 - pull - 10, -d / 2, 2.5, d);
            pen.Rect(Organic, d * 0.8, x0 + 4, -d / 2 + 1.2, 8, d - 2.4);
            // Nozzle and luer-lock collar.
            pen.Rect(Organic, 8, x0 + barrel, -5, 10, 10);
            pen.Rect(Organic, 3, x0 + barrel, -6.5, 10, 2);
            pen.Rect(Organic, 3, x0 + barrel, 4.5, 10, 2);
            if (needle > 0)
            {
                pen.Rect(Organic, 6, x0 + barrel + 10, -3, 8, 6);
                pen.Line(Steel, 0.8, 0.8, false, (x0 + barrel + 18, 0), (x0 + barrel + 10 + needle, 0));
            }

            return pen.Box;
        }

        /// <summary>A disposable insulin pen: 160–170 × 16–18 mm plastic body round a 3 ml glass cartridge (9.7 mm, 64 mm long), a steel lead screw and spring in the dose end; capped, a 4–8 mm pen needle sometimes fitted.</summary>
        private PixelBox InsulinPen(double scale)
        {
            var l = U(160, 170);
            var d = U(16, 18);
            var pen = Place((l / 2) + 5, scale);
            var x0 = -l / 2;
            pen.Tube(Organic, x0, -d / 2, l, d, 1.5);
            // Cartridge: glass tube with the liquid in it and a rubber stopper, an aluminium crimp cap at the front.
            var xc = x0 + l - 80;
            pen.Tube(Glass, xc, -4.85, 64, 9.7, 0.55);
            pen.Cylinder(Organic, xc + 10, -4.3, 54, 8.6);
            pen.Rect(Organic, 7, xc + 4, -4.3, 6, 8.6);
            pen.Rect(Aluminium, 1.2, xc + 64, -4, 5, 8);
            // Dose mechanism: the lead screw, the drive spring, the dial.
            pen.Rect(Steel, 3, x0 + 20, -1.5, xc - x0 - 12, 3);
            pen.Line(Steel, 0.5, 0.5, false, [.. Enumerable.Range(0, 16).Select(i => (x0 + 22 + (i * 2.5), i % 2 == 0 ? -5.0 : 5.0))]);
            pen.Rect(Organic, 12, x0, -d / 2, 18, d);
            // Cap with its pocket clip (steel on some), and a pen needle under it.
            pen.Rect(Organic, 2, x0 + l - 55, -d / 2 - 0.5, 55, d + 1);
            if (Chance(0.5))
            {
                pen.Rect(Steel, 0.6, x0 + l - 45, -d / 2 - 2, 35, 2.5);
            }

            if (Chance(0.5))
            {
                pen.Rect(Organic, 4, x0 + l - 14, -5, 10, 10);
                pen.Line(Steel, 0.3, 0.3, false, (x0 + l - 4, 0), (x0 + l + 2, 0));
            }

            return pen.Box;
        }

        // ---- lithium batteries ----------------------------------------------------------------

        /// <summary>CR2032 lithium coin cells (20 × 3.2 mm, stainless can and lid round MnO2 and lithium), 2–6 on their blister card or loose; some CR2025/2016.</summary>
        private PixelBox CoinCells(double scale)
        {
            var count = random.Next(2, 7);
            var pen = Place(55, scale);
            var carded = Chance(0.6);
            if (carded)
            {
                // Card backing and the PET blister over the cells.
                pen.Rect(Organic, 0.8, -30, -50, 60, 100);
                pen.Rect(Organic, 0.3, -25, -45, 50, 90);
            }

            for (var i = 0; i < count; i++)
            {
                var (cx, cy) = carded ? (0.0, -36 + (i * 14.5)) : (U(-25, 25), U(-40, 40));
                var h = random.Next(3) switch
                {
                    0 => 1.6,
                    1 => 2.5,
                    _ => 3.2,
                };
                pen.Item(() =>
                {
                    pen.Ellipse(Steel, 0.5, cx, cy, 10, 10);
                    pen.Ellipse(Mixed, h * 2, cx, cy, 9, 9);
                    pen.Ring(Steel, 1.5, 0.5, cx, cy, 9.7, 9.7);
                });
            }

            return pen.Box;
        }

        /// <summary>An 18 V drill battery: five or ten 18650 cells (one or two layers), nickel strips, a board and brass terminals in a 110–120 × 75–80 mm plastic housing with its latch and spring.</summary>
        private PixelBox DrillBattery(double scale)
        {
            var l = U(110, 120);
            var w = U(75, 80);
            var layers = Chance(0.5) ? 2 : 1;
            var pen = Place((l / 2) + 10, scale);
            RoundedRect(pen, Organic, 8 * layers, -l / 2, -w / 2, l, w, 8);
            pen.Line(Organic, 40, 2.5, closed: true, (-l / 2 + 1, -w / 2 + 1), (l / 2 - 1, -w / 2 + 1), (l / 2 - 1, w / 2 - 1), (-l / 2 + 1, w / 2 - 1));
            // Five cells side by side, axes across the pack; a second layer lies exactly under the first.
            for (var i = 0; i < 5; i++)
            {
                var x = -46.0 + (i * 18.6);
                pen.Tube(Steel, x, -32.5, 18.4, 65, 0.25 * layers);
                pen.Rect(Steel, 0.16 * layers * 18.4 * 0.6, x + 1, -31.5, 16.4, 63);
                pen.Rect(Mixed, 0.5 * layers * 18.4 * 0.6, x + 1, -31.5, 16.4, 63);
            }

            // Nickel strips over the cell ends, the board and terminals at the rail end, latch spring.
            pen.Rect(Steel, 0.3, -46, -35, 93, 7);
            pen.Rect(Steel, 0.3, -46, 28, 93, 7);
            pen.Rect(Mixed, 2, (l / 2) - 10, -w * 0.35, 8, w * 0.7);
            for (var i = 0; i < 4; i++)
            {
                pen.Rect(Brass, 1.5, (l / 2) - 8, -18 + (i * 11), 6, 3);
            }

            pen.Line(Steel, 0.8, 0.8, false, (-l / 2 + 4, -6), (-l / 2 + 8, -3), (-l / 2 + 4, 0), (-l / 2 + 8, 3), (-l / 2 + 4, 6));
            return pen.Box;
        }

        // ---- tools ----------------------------------------------------------------------------

        /// <summary>A flat pry bar: 290–320 × 35–45 mm spring steel, 5–6 mm thick, a bent nail-puller at each end split by its slot.</summary>
        private PixelBox PryBar(double scale)
        {
            var l = U(290, 320);
            var w = U(35, 45);
            var t = U(5, 6);
            var pen = Place((l / 2) + 10, scale);
            var x0 = -l / 2;
            pen.Poly(Steel, t, (x0 + 20, -w / 2), (x0 + l - 20, -w * 0.4), (x0 + l - 20, w * 0.4), (x0 + 20, w / 2));
            // The bent ends: seen from above, the bend puts more steel in the beam; each has its nail slot.
            for (var s = -1; s <= 1; s += 2)
            {
                var xe = s < 0 ? x0 : x0 + l - 20;
                pen.Rect(Steel, t * 1.8, xe, -w * 0.45, 20, (w * 0.45) - 2);
                pen.Rect(Steel, t * 1.8, xe, 2, 20, (w * 0.45) - 2);
            }

            return pen.Box;
        }

        /// <summary>A set of HSS twist drills, 1–10 mm (jobber length about 30 + 10 × diameter mm), in a plastic case or loose.</summary>
        private PixelBox DrillBits(double scale)
        {
            var count = random.Next(6, 14);
            var pen = Place(90, scale);
            var cased = Chance(0.6);
            var width = 0.0;
            var sizes = Enumerable.Range(0, count).Select(i => 1.0 + (i * 9.0 / (count - 1))).ToArray();
            foreach (var d in sizes)
            {
                width += d + 3;
            }

            if (cased)
            {
                RoundedRect(pen, Organic, 6, -75, -(width / 2) - 6, 150, width + 12, 6);
            }

            var y = -width / 2;
            foreach (var d in sizes)
            {
                var l = 30 + (10 * d);
                var bit = cased ? new Turned(pen, 0, y + (d / 2), 0) : new Turned(pen, U(-10, 10), y + (d / 2), U(-0.15, 0.15));
                // Shank full round; the fluted part holds about half the steel.
                bit.Cylinder(Steel, -l / 2, -d / 2, l * 0.4, d, 0.9);
                bit.Cylinder(Steel, (-l / 2) + (l * 0.4), -d / 2, l * 0.6 - (d * 0.3), d, 0.55);
                bit.Poly(Steel, d * 0.4, ((l / 2) - (d * 0.3), -d / 2), (l / 2, 0), ((l / 2) - (d * 0.3), d / 2));
                y += d + 3;
            }

            return pen.Box;
        }

        // ---- alcohol --------------------------------------------------------------------------

        /// <summary>A sparkling-wine bottle: 750 ml (300 × 88 mm, 6 mm glass, a 40 mm punt) or a 200 ml piccolo (190 × 58 mm); cork, foil and a 0.8 mm wire cage.</summary>
        private PixelBox ChampagneBottle(double scale)
        {
            var full = Chance(0.7);
            var l = full ? U(295, 305) : U(185, 195);
            var d = full ? U(86, 90) : U(56, 60);
            var wall = full ? 6 : 4;
            var body = l * 0.62;
            var pen = Place((l / 2) + 10, scale);
            var x0 = -l / 2;
            pen.Tube(Glass, x0, -d / 2, body, d, wall);
            pen.Cylinder(Organic, x0 + wall, -d / 2 + wall, body - wall, d - (2 * wall));
            // Punt: a dome of glass pushed up into the base.
            var punt = full ? 40 : 20;
            pen.Ellipse(Glass, 2 * wall, x0 + (punt / 2), 0, punt / 2, d * 0.3);
            // Shoulder and neck, liquid up into the neck.
            var neck = l - body;
            pen.Poly(Glass, 2 * wall, (x0 + body, -d / 2), (x0 + body + (neck * 0.4), -d * 0.17), (x0 + body + (neck * 0.4), d * 0.17), (x0 + body, d / 2));
            pen.Poly(Organic, d * 0.5, (x0 + body, -d / 2 + wall), (x0 + body + (neck * 0.35), -d * 0.13), (x0 + body + (neck * 0.35), d * 0.13), (x0 + body, d / 2 - wall));
            pen.Tube(Glass, x0 + body + (neck * 0.4), -d * 0.17, neck * 0.6, d * 0.34, wall);
            // Cork (31 mm mushroom), the foil over it, the wire cage and its twist.
            var xc = x0 + l - 25;
            pen.Rect(Organic, d * 0.25, xc, -d * 0.15, 25, d * 0.3);
            pen.Rect(Aluminium, 0.2, xc - 40, -d * 0.2, 65, d * 0.4);
            pen.Line(Steel, 0.8, 0.8, true, (xc - 4, -d * 0.18), (xc + 24, -d * 0.1), (xc + 24, d * 0.1), (xc - 4, d * 0.18));
            pen.Line(Steel, 0.8, 0.8, false, (xc - 4, 0), (xc + 24, 0));
            pen.Ellipse(Steel, 1, xc + 24, 0, 4, 4);
            return pen.Box;
        }

        /// <summary>Spirits in 3–6 flat spouted pouches (50–200 ml: 60–100 × 100–160 mm, up to 10–18 mm of liquid in the middle), a 20 mm polyethylene spout and cap.</summary>
        private PixelBox SpiritPouches(double scale)
        {
            var pen = Place(90, scale);
            for (var i = random.Next(3, 7); i > 0; i--)
            {
                var pouch = new Turned(pen, U(-40, 40), U(-40, 40), U(0, 2 * Math.PI));
                var l = U(100, 160);
                var w = U(60, 100);
                var depth = U(10, 18) * (l / 160);
                // Sealed margins, then the liquid bulging towards the middle.
                pouch.Rect(Organic, 0.3, -l / 2, -w / 2, l, w);
                pouch.Ellipse(Organic, depth * 0.5, 0, 0, (l / 2) - 6, (w / 2) - 6);
                pouch.Ellipse(Organic, depth * 0.5, 0, 0, (l / 2) - 14, (w / 2) - 14);
                pouch.Rect(Organic, 16, l / 2, -10, 18, 20);
            }

            return pen.Box;
        }

        // ---- controlled drugs -----------------------------------------------------------------

        /// <summary>Powder packed into 1–4 toy-egg capsules (40 × 32 mm polypropylene, 1 mm wall), each wrapped in cling film; powder at about 0.6 g/cm³.</summary>
        private PixelBox DrugCapsules(double scale)
        {
            var pen = Place(55, scale);
            for (var i = random.Next(1, 5); i > 0; i--)
            {
                var capsule = new Turned(pen, U(-25, 25), U(-25, 25), U(0, 2 * Math.PI));
                capsule.Ellipse(Organic, 2, 0, 0, 20, 16);
                capsule.Ring(Organic, 6, 1.2, 0, 0, 19.5, 15.5);
                // Seam where the halves close.
                capsule.Rect(Organic, 6, -1, -16, 2, 32);
                capsule.Ellipse(Organic, 11, 0, 0, 18, 14);
                capsule.Ellipse(Organic, 6, 0, 0, 12, 9);
                capsule.Ellipse(Organic, 0.2, 0, 0, 22, 18);
            }

            return pen.Box;
        }

        /// <summary>An amber pill bottle (35–45 × 60–85 mm, 1 mm polypropylene, child-proof cap) on its side with 20–80 tablets of 8–10 mm in it.</summary>
        private PixelBox PillBottle(double scale)
        {
            var l = U(60, 85);
            var d = U(35, 45);
            var pen = Place((l / 2) + 20, scale);
            var x0 = -(l + 14) / 2;
            pen.Tube(Organic, x0, -d / 2, l, d, 1);
            pen.Rect(Organic, 2, x0, -d / 2, 2, d);
            // Cap: outer and inner shells of the child-proof cap.
            pen.Rect(Organic, 8, x0 + l, (-d / 2) - 1.5, 14, d + 3);
            pen.Rect(Organic, 4, x0 + l - 4, -d / 2, 4, d);
            // Tablets settle to one side; mostly filler (cellulose, some calcium phosphate).
            var fill = U(0.35, 0.9);
            var tablets = random.Next(20, 81);
            for (var i = 0; i < tablets; i++)
            {
                var r = U(4, 5);
                var tx = U(x0 + 3 + r, x0 + l - 3 - r);
                var ty = U((d / 2) - 1 - (fill * (d - 2)) + r, (d / 2) - 1 - r);
                pen.Ellipse(Organic, 3.5, tx, ty, r, r * U(0.4, 1));
                pen.Ellipse(Mixed, 0.3, tx, ty, r * 0.9, r * 0.4);
            }

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>A pair of gloves (leather or knitted, 230–260 × 100–115 mm, two layers of 1–2.5 mm), sometimes a press stud at the cuff.</summary>
        private void Gloves()
        {
            var pen = Place(140);
            var t = U(2, 5);
            for (var g = 0; g < 2; g++)
            {
                var glove = new Turned(pen, U(-50, 50), U(-40, 40), U(0, 2 * Math.PI));
                var l = U(230, 260);
                var w = U(100, 115);
                var palm = l * 0.55;
                var x0 = -l / 2;
                glove.Rect(Organic, t, x0, -w * 0.4, palm, w * 0.8);
                for (var f = 0; f < 4; f++)
                {
                    var fl = (l - palm) * (f is 1 or 2 ? 1 : 0.8);
                    glove.Rect(Organic, t, x0 + palm, (-w * 0.4) + (f * w * 0.2) + 1, fl, (w * 0.2) - 2);
                }

                glove.Poly(Organic, t, (x0 + (palm * 0.4), w * 0.4), (x0 + (palm * 0.85), w * 0.4), (x0 + palm + 15, w * 0.75), (x0 + palm, w * 0.85));
                if (Chance(0.3))
                {
                    glove.Ellipse(Brass, 0.5, x0 + 10, 0, 5, 5);
                }
            }
        }

        /// <summary>A bangle (60–70 mm inside, a 4–8 mm band of 1.5–2.5 mm steel or silver), sometimes a stack of two to four.</summary>
        private void Bangle()
        {
            var pen = Place(45);
            var metal = Chance(0.5) ? Steel : Silver;
            for (var i = Chance(0.7) ? 1 : random.Next(2, 5); i > 0; i--)
            {
                var r = U(31, 36);
                var band = U(4, 8);
                var (cx, cy) = (U(-6, 6), U(-6, 6));
                // Lying flat, the beam runs down the band's width; the wall's own thickness is the ring's width.
                pen.Ring(metal, band, U(1.5, 2.5), cx, cy, r, r * U(0.85, 1));
            }
        }

        /// <summary>A fine necklace: a 400–500 mm chain of 1–1.5 mm gold or silver links, coiled, a 15–25 mm pendant on some.</summary>
        private void Necklace()
        {
            var pen = Place(60);
            // Gold (Z = 79, 19 g/cm³) stops the beam about as lead does.
            var metal = Chance(0.5) ? Silver : Lead;
            var path = Wander(random.Next(25, 35), U(12, 16), 55);
            var width = U(1, 1.5);
            pen.Line(metal, width * 0.5, width, closed: false, path);
            // Clasp: a 10 mm lobster clasp and a ring.
            var (ex, ey) = path[^1];
            pen.Rect(metal, 2, ex - 5, ey - 2, 10, 4);
            if (Chance(0.6))
            {
                var (px, py) = path[path.Length / 2];
                var s = U(15, 25);
                if (Chance(0.5))
                {
                    pen.Ellipse(metal, 1, px, py, s / 2, s / 2.6);
                }
                else
                {
                    pen.Rect(metal, 1, px - 1.5, py - (s / 2), 3, s);
                    pen.Rect(metal, 1, px - (s / 3), py - (s / 4), (s * 2 / 3) - 1, 3);
                }
            }
        }

        /// <summary>A hair claw clip: two 80–110 × 20–25 mm toothed combs of 3 mm acetate, a steel torsion spring (8 mm across, 1 mm wire) and pin at the hinge.</summary>
        private void ClawClip()
        {
            var pen = Place(60);
            var l = U(80, 110);
            var w = U(20, 25);
            for (var s = -1; s <= 1; s += 2)
            {
                var y = s < 0 ? -w - 1 : 1;
                pen.Rect(Organic, 6, -l / 2, s < 0 ? -6 : 1, l, 5);
                for (var x = (-l / 2) + 2; x < (l / 2) - 4; x += 7)
                {
                    pen.Rect(Organic, 3, x, s < 0 ? y : y + 5, 4, w - 5);
                }
            }

            pen.Rect(Steel, 1.2, -8, -4, 16, 8);
            pen.Rect(Steel, 2, -l / 2 + 5, -0.75, l - 10, 1.5);
        }

        /// <summary>A baby's dummy: a 45–55 × 35–40 mm polypropylene shield (2 mm), a 30 mm silicone teat, the ring handle; in its case on some.</summary>
        private void Dummy()
        {
            var pen = Place(45);
            var sw = U(45, 55);
            var sh = U(35, 40);
            pen.Ellipse(Organic, 2, 0, 0, sh / 2, sw / 2);
            pen.Ellipse(Organic, 1, -2, -sw / 4, 3, 4);
            // Teat: silicone rubber, partly silicon, so a little "mixed" in it.
            pen.Ellipse(Organic, 10, 16, 0, 14, 7);
            pen.Ellipse(Mixed, 1.5, 16, 0, 12, 6);
            pen.Ring(Organic, 4, 3, -16, 0, 12, 14);
            if (Chance(0.4))
            {
                pen.Ellipse(Organic, 2.5, 2, 0, 38, 30);
            }
        }

        /// <summary>A folded disposable nappy (200–240 × 130–150 mm), its fluff and absorbent-gel core 8–12 mm, elastic cuffs and tape tabs.</summary>
        private void Nappy()
        {
            var pen = Place(110);
            var l = U(200, 240);
            var w = U(130, 150);
            RoundedRect(pen, Organic, 1.5, -l / 2, -w / 2, l, w, 15);
            RoundedRect(pen, Organic, U(8, 12) * 0.25, -l * 0.42, -w * 0.3, l * 0.84, w * 0.6, 20);
            pen.Rect(Organic, 2, -l / 2 + 8, -w / 2 + 5, l - 16, 3);
            pen.Rect(Organic, 2, -l / 2 + 8, (w / 2) - 8, l - 16, 3);
            pen.Rect(Organic, 1.5, -l / 2 - 10, -w / 2 + 8, 12, 25);
            pen.Rect(Organic, 1.5, -l / 2 - 10, (w / 2) - 33, 12, 25);
        }

        /// <summary>A die-cast toy car (1:64, 70–80 × 30–35 × 25–30 mm): a zinc-alloy shell of 1.5–2 mm, plastic windows, two 1.2 mm steel axles with plastic wheels, a metal or plastic base.</summary>
        private void ToyCar()
        {
            var pen = Place(45);
            var l = U(70, 80);
            var w = U(30, 35);
            var h = U(25, 30);
            var wall = U(1.5, 2);
            // Roof and base across the beam; the side walls along it show their height.
            RoundedRect(pen, Steel, wall * 2, -l / 2, -w / 2, l, w, 6);
            pen.Line(Steel, h * 0.5, wall, closed: true, (-l / 2 + 1, -w / 2 + 1), (l / 2 - 1, -w / 2 + 1), (l / 2 - 1, w / 2 - 1), (-l / 2 + 1, w / 2 - 1));
            pen.Rect(Organic, 1.5, -l * 0.25, -w * 0.4, l * 0.4, w * 0.8);
            if (Chance(0.5))
            {
                pen.Rect(Steel, 1, -l / 2 + 3, -w / 2 + 3, l - 6, w - 6);
            }

            foreach (var ax in new[] { -l * 0.3, l * 0.3 })
            {
                pen.Rect(Steel, 1.2, ax - 0.6, (-w / 2) - 4, 1.2, w + 8);
                pen.Rect(Organic, 10, ax - 5.5, (-w / 2) - 4, 11, 5);
                pen.Rect(Organic, 10, ax - 5.5, (w / 2) - 1, 11, 5);
            }
        }

        /// <summary>A pair of flip-flops: 250–290 × 90–110 mm soles of EVA foam (12–20 mm, about a fifth the density of water) or rubber, a Y strap and its plugs; no metal.</summary>
        private void FlipFlops()
        {
            var pen = Place(140);
            var foam = Chance(0.6);
            for (var s = 0; s < 2; s++)
            {
                var sole = new Turned(pen, U(-30, 30), (s * 100) - 50 + U(-10, 10), U(-0.3, 0.3));
                var l = U(250, 290);
                var w = U(90, 110);
                var t = foam ? U(12, 20) * 0.2 : U(10, 14);
                var top = new List<(double, double)>();
                var bottom = new List<(double, double)>();
                for (var i = 0; i <= 16; i++)
                {
                    var f = i / 16.0;
                    var half = (w / 2) * Math.Sqrt(Math.Max(0, Math.Sin(Math.PI * f))) * (0.75 + (0.25 * f));
                    top.Add((-l / 2 + (f * l), -half));
                    bottom.Add((-l / 2 + (f * l), half));
                }

                bottom.Reverse();
                sole.Poly(Organic, t, [.. top, .. bottom]);
                // The Y strap from the toe plug to the two side plugs.
                var toe = (l * 0.3, 0.0);
                sole.Line(Organic, 6, 12, false, (-l * 0.05, -w * 0.42), toe, (-l * 0.05, w * 0.42));
                sole.Ellipse(Organic, 8, toe.Item1, 0, 4, 4);
            }
        }
    }
}
