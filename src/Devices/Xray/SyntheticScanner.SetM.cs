namespace Screening.Devices.Xray;

// Variant set M (held out after L): threat shapes and clutter kinds that none of A to L and R draws.
// About two thirds are the everyday forms an officer on the gate sees, in builds, sizes and materials
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
        // Silicone rubber (PDMS, about 1.15 g/cm³, 38 % silicon by weight): between the plastics and aluminium.
        private static readonly Material Silicone = new(0.033, 0.022);

        /// <summary>Draws one of set M's threat shapes; null for a shape that is not set M's.</summary>
        private PixelBox? DrawSetMThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.OysterKnife => OysterKnife(scale),
            ThreatShape.NeckKnife => NeckKnife(scale),
            ThreatShape.SwissArmyKnife => SwissArmyKnife(scale),
            ThreatShape.Mezzaluna => Mezzaluna(scale),
            ThreatShape.KnifeInCake => KnifeInCake(scale),
            ThreatShape.PolymerFrameRevolver => PolymerFrameRevolver(scale),
            ThreatShape.MagnumAutoPistol => MagnumAutoPistol(scale),
            ThreatShape.FoldingCarbine => FoldingCarbine(scale),
            ThreatShape.PistolInLaptop => PistolInLaptop(scale),
            ThreatShape.TorchGun => TorchGun(scale),
            ThreatShape.SteelFramePhone => SteelFramePhone(scale),
            ThreatShape.SatellitePhone => SatellitePhone(scale),
            ThreatShape.SelfieStickPhone => SelfieStickPhone(scale),
            ThreatShape.PhoneInDeodorant => PhoneInDeodorant(scale),
            ThreatShape.PhoneInHeadphones => PhoneInHeadphones(scale),
            ThreatShape.CartridgeBelt => CartridgeBelt(scale),
            ThreatShape.SimsInBlisterPack => SimsInBlisterPack(scale),
            ThreatShape.VeterinarySyringe => VeterinarySyringe(scale),
            ThreatShape.EBikeBattery => EBikeBattery(scale),
            ThreatShape.RotaryTool => RotaryTool(scale),
            ThreatShape.BinocularFlask => BinocularFlask(scale),
            ThreatShape.CannabisGrinder => CannabisGrinder(scale),
            ThreatShape.DrugsInCandle => DrugsInCandle(scale),
            _ => null,
        };

        /// <summary>Draws one of set M's clutter kinds; false for a kind that is not set M's.</summary>
        private bool DrawSetMClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.Crayons:
                    Crayons();
                    return true;
                case ClutterKind.FoilSandwich:
                    FoilSandwich();
                    return true;
                case ClutterKind.Fruit:
                    Fruit();
                    return true;
                case ClutterKind.NailPolish:
                    NailPolish();
                    return true;
                case ClutterKind.ToyXylophone:
                    ToyXylophone();
                    return true;
                case ClutterKind.SwimKit:
                    SwimKit();
                    return true;
                case ClutterKind.Denture:
                    Denture();
                    return true;
                case ClutterKind.CoffeeJar:
                    CoffeeJar();
                    return true;
                default:
                    return false;
            }
        }

        // ---- shared parts ---------------------------------------------------------------------

        /// <summary>
        /// A sphere or spheroid (<paramref name="rx"/> × <paramref name="ry"/> across, <paramref name="depth"/> along the beam) of one
        /// material at <paramref name="density"/>: five stacked discs, each adding what the beam crosses between its rim and the next one
        /// in, so the path is about <paramref name="depth"/> at the middle and falls off toward the rim as a ball's does.
        /// </summary>
        private static void Spheroid(Turned part, Material m, double cx, double cy, double rx, double ry, double depth, double density)
        {
            const int n = 5;
            static double Chord(double q) => Math.Sqrt(Math.Max(0, 1 - (q * q)));
            for (var k = n; k >= 1; k--)
            {
                var inner = k < n ? Chord((k + 0.5) / n) : 0;
                part.Ellipse(m, depth * density * (Chord((k - 0.5) / n) - inner), cx, cy, rx * k / n, ry * k / n);
            }
        }

        /// <summary>
        /// A fill lying across the beam along x from <paramref name="x"/>, centred on y = 0 and <paramref name="r"/> either side of it,
        /// whose thickness to the beam is <paramref name="value"/> of the distance from the axis: ten bands out from the axis, drawn as
        /// a base over the whole, rectangles nested about the axis where the path shrinks outward and strips reaching out to the
        /// edge where it grows, so no two parts meet edge to edge and no row of pixels is counted twice.
        /// </summary>
        private static void ProfileFill(Turned part, Material m, double x, double length, double r, Func<double, double> value)
        {
            const int bands = 10;
            var v = Enumerable.Range(0, bands).Select(j => Math.Max(0, value(r * (j + 0.5) / bands))).ToArray();
            var shrinks = Enumerable.Range(0, bands - 1).Sum(j => Math.Max(0, v[j] - v[j + 1]));
            var base0 = v[0] - shrinks;
            if (base0 > 0)
            {
                part.Rect(m, base0, x, -r, length, 2 * r);
            }

            for (var j = 0; j < bands - 1; j++)
            {
                var edge = r * (j + 1) / bands;
                var step = v[j] - v[j + 1];
                if (step > 0)
                {
                    part.Rect(m, step, x, -edge, length, 2 * edge);
                }
                else if (step < 0)
                {
                    part.Rect(m, -step, x, edge, length, r - edge);
                    part.Rect(m, -step, x, -r, length, r - edge);
                }
            }
        }

        /// <summary>
        /// A cylinder of fill (<paramref name="outer"/> mm across, at <paramref name="fillDensity"/>) lying across the beam along x from
        /// <paramref name="x"/>, with a coaxial core <paramref name="core"/> mm across at <paramref name="coreDensity"/>: at a distance y
        /// from the axis the beam crosses the fill between the core and the wall and the core where it lies. A core lighter than the
        /// fill round it (a bored-out candle holding a loose bag of tablets) shows lighter, as it should.
        /// </summary>
        private static void CoaxialFill(Turned part, Material m, double x, double length, double outer, double core, double fillDensity, double coreDensity)
        {
            var (r, rc) = (outer / 2, core / 2);
            ProfileFill(part, m, x, length, r, y =>
            {
                var total = 2 * Math.Sqrt(Math.Max(0, (r * r) - (y * y)));
                var inCore = 2 * Math.Sqrt(Math.Max(0, (rc * rc) - (y * y)));
                return ((total - inCore) * fillDensity) + (inCore * coreDensity);
            });
        }

        /// <summary>
        /// A liquid or a powder settled in a cylinder lying across the beam (axis along x from <paramref name="x"/>, centred on y = 0,
        /// <paramref name="d"/> mm inside), filled to <paramref name="level"/> of its depth: at a distance y from the axis the beam crosses
        /// it from the wall's lowest point up to the surface.
        /// </summary>
        private static void SettledFill(Turned part, Material m, double x, double length, double d, double level, double density)
        {
            var r = d / 2;
            ProfileFill(part, m, x, length, r, y =>
            {
                var half = Math.Sqrt(Math.Max(0, (r * r) - (y * y)));
                return Math.Clamp(Math.Min(level * d, r + half) - (r - half), 0, 2 * half) * density;
            });
        }

        /// <summary>
        /// A cartridge lying on its side, centred on its part's origin with its bullet toward +x: the rim and solid head of the case
        /// (drawn brass, or lacquered steel), its 0.3–0.4 mm walls, the powder in it, and the bullet seated in its mouth: lead, in a
        /// copper-alloy jacket about 0.5 mm thick on jacketed rounds.
        /// </summary>
        private static void CartridgeSide(Turned c, double caseLength, double d, double rim, double bulletOut, double bd, bool jacketed, Material caseMetal)
        {
            var x = -(caseLength + bulletOut) / 2;
            c.Rect(caseMetal, 0.8 * rim, x, -rim / 2, 1.3, rim);
            c.Rect(caseMetal, 0.65 * d, x + 1.3, -d / 2, 2.7, d);
            c.Tube(caseMetal, x + 4, -d / 2, caseLength - 4, d, 0.35);
            var seat = Math.Min(bulletOut * 0.7, caseLength * 0.3);
            c.Rect(Organic, 0.8 * d * 0.9, x + 4, -d * 0.38, caseLength - 4 - seat, d * 0.76);
            var xb = x + caseLength - seat;
            var bl = seat + bulletOut;
            (double X, double Y)[] bullet =
            [
                (xb, -bd / 2), (xb + (bl * 0.5), -bd / 2), (xb + (bl * 0.85), -bd * 0.3), (xb + bl, -bd * 0.1),
                (xb + bl, bd * 0.1), (xb + (bl * 0.85), bd * 0.3), (xb + (bl * 0.5), bd / 2), (xb, bd / 2),
            ];
            c.Poly(Lead, bd * 0.7, bullet);
            if (jacketed)
            {
                c.Poly(Brass, 1.0, bullet);
            }
        }

        /// <summary>
        /// A shotgun cartridge lying on its side, its head at <paramref name="x"/> and its crimp toward +x along the part's x: a brass
        /// (or brass-plated steel) head cup <paramref name="head"/> mm high over a rolled rim, the primer, a compressed base wad, the
        /// powder, a polyethylene hull (0.55 mm walls), the plastic cup wad, <paramref name="shotGrams"/> of lead shot packed at
        /// about 62 % and the folded star crimp.
        /// </summary>
        private static void ShotShell(Turned s, double x, double y, double length, double d, double head, double shotGrams)
        {
            s.Rect(Brass, 0.8 * (d + 2), x, y - (d / 2) - 1, 1.2, d + 2);
            s.Tube(Brass, x + 1.2, y - (d / 2), head, d, 0.3);
            s.Rect(Brass, 4.5, x, y - 3, 5, 6);
            s.Cylinder(Organic, x + 1.2, y - (d / 2) + 0.6, 9, d - 1.2, 0.9);
            s.Tube(Organic, x + head, y - (d / 2), length - head, d, 0.55 * 0.95);
            s.Cylinder(Organic, x + 10, y - (d / 2) + 0.6, 5, d - 1.2, 0.9);
            s.Cylinder(Organic, x + 15, y - (d / 2) + 0.6, 14, d - 1.2, 0.35);
            var bore = (d - 1.6) / 2;
            var shot = Math.Min(length - 35, shotGrams / 11.34 * 1000 / 0.62 / (Math.PI * bore * bore));
            s.Cylinder(Lead, x + 29, y - bore, shot, 2 * bore, 0.62);
            s.Rect(Organic, 0.55 * 0.95 * 8, x + length - 5, y - (d / 2) + 1, 5, d - 2);
        }

        /// <summary>
        /// A SIM (or its chip module alone) of <paramref name="l"/> × <paramref name="w"/> mm centred on its part's origin: 0.76 mm of PVC
        /// with one corner cut, the contact plate of gold-plated copper (about 35 µm), the silicon die (0.2 mm) under its drop of
        /// silica-filled epoxy.
        /// </summary>
        private static void SimChip(Turned s, double l, double w)
        {
            var cut = Math.Min(l, w) * 0.2;
            s.Poly(Organic, 0.76 * 1.38, (-l / 2, -w / 2), ((l / 2) - cut, -w / 2), (l / 2, (-w / 2) + cut), (l / 2, w / 2), (-l / 2, w / 2));
            var (pl, pw) = (Math.Min(l - 1, 9.5), Math.Min(w - 1, 7.5));
            s.Rect(Brass, 0.08, -pl / 2, -pw / 2, pl, pw);
            s.Rect(Mixed, 0.2, -1.6, -1.6, 3.2, 3.2);
            s.Ellipse(Mixed, 0.3, 0, 0, 2.8, 2.8);
        }

        /// <summary>
        /// A Li-ion pouch or prismatic cell of <paramref name="depth"/> mm lying flat: its laminate or can, the cathode oxide (cobalt,
        /// nickel, manganese) and copper foils that stop most of the beam, the graphite, electrolyte and aluminium foil.
        /// </summary>
        private static void PouchPack(Turned part, double x, double y, double l, double w, double depth)
        {
            part.Rect(Steel, 0.1 * depth, x, y, l, w);
            part.Rect(Mixed, 0.35 * depth, x, y, l, w);
            part.Rect(Organic, 0.6 * depth, x, y, l, w);
            part.Line(Mixed, 0.3, 1, true, (x, y), (x + l, y), (x + l, y + w), (x, y + w));
        }

        /// <summary>
        /// A thumb-sized or mini candy-bar phone (BM10 / Zanco class, <paramref name="l"/> × <paramref name="w"/> × <paramref name="depth"/>
        /// mm) centred on its part's origin: a 1 mm ABS shell and its walls, a small board with a tinned-steel shield can, a 300–500 mAh
        /// pouch cell, the keypad's steel snap domes, the display glass, the speaker's magnet, the micro-USB socket and the SIM socket.
        /// </summary>
        private void ThumbHandset(Turned p, double l, double w, double depth)
        {
            RoundedRect(p, Organic, 2 * 1 * 1.05, -l / 2, -w / 2, l, w, Math.Min(6, w / 3));
            p.Line(Organic, depth * 1.05 * 0.8, 1, true, RoundedOutline((-l / 2) + 0.5, (-w / 2) + 0.5, l - 1, w - 1, Math.Min(5.5, w / 3)));
            p.Rect(Glass, 0.7, (l / 2) - 4 - (l * 0.32), (-w / 2) + 2.5, l * 0.32, w - 5);
            var cl = l * U(0.45, 0.55);
            PouchPack(p, (-l / 2) + 3, (-w / 2) + 2.5, cl, w - 5, Math.Min(5, depth * 0.42));
            p.Rect(Mixed, 0.8, (-l / 2) + 3, (-w / 2) + 2, l - 6, w - 4);
            p.Rect(Steel, 2 * 0.2, (-l / 2) + 5 + cl, (-w / 2) + 3, l * 0.2, w - 6);
            for (var i = random.Next(4, 9); i > 0; i--)
            {
                p.Rect(Steel, 0.8, U((-l / 2) + 4, (l / 2) - 6), U((-w / 2) + 3, (w / 2) - 5), U(1, 3), U(1, 3));
            }

            var rows = l > 60 ? 4 : 3;
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < 3; c++)
                {
                    p.Ellipse(Steel, 0.1, (-l / 2) + 8 + (r * 6), (-w / 2) + (w * (c + 1) / 4), 2, 2);
                }
            }

            p.Ellipse(Steel, 1.5, (l / 2) - 3.5, 0, 3, 3);
            p.Rect(Steel, 2, (-l / 2) + 0.3, -4, 2.5, 8);
            p.Rect(Steel, 0.4, -4, (-w / 2) + 3, 12, Math.Min(11, w - 6));
        }

        /// <summary>
        /// A smartphone of <paramref name="l"/> × <paramref name="w"/> × <paramref name="depth"/> mm centred on its part's origin: glass
        /// front and back (0.6–0.7 mm each), a side frame of <paramref name="frame"/> seen edge-on round the rim, the display's steel
        /// backing plate, an aluminium midplate, a pouch cell of about half its area, the board and its shields, the camera modules
        /// with their voice-coil magnets, the speaker, the vibration motor and the USB-C socket.
        /// </summary>
        private void SmartHandset(Turned p, double l, double w, double depth, Material frame, double frameWall)
        {
            const double r = 8;
            RoundedRect(p, Glass, 1.3, -l / 2, -w / 2, l, w, r);
            p.Line(frame, depth * 0.8, frameWall, true, RoundedOutline((-l / 2) + (frameWall / 2), (-w / 2) + (frameWall / 2), l - frameWall, w - frameWall, r - (frameWall / 2)));
            p.Rect(Steel, 0.15, (-l / 2) + 4, (-w / 2) + 3, l - 8, w - 6);
            p.Rect(Aluminium, 0.6, (-l / 2) + 5, (-w / 2) + 4, l - 10, w - 8);
            var cl = l * U(0.5, 0.58);
            PouchPack(p, (-l / 2) + 14, (-w / 2) + 6, cl, w - 12, depth * 0.52);
            var bx = (-l / 2) + 16 + cl;
            p.Rect(Mixed, 1.6, bx, (-w / 2) + 4, (l / 2) - 3 - bx, w - 8);
            p.Rect(Brass, 0.1, bx, (-w / 2) + 4, (l / 2) - 3 - bx, w - 8);
            for (var i = random.Next(3, 7); i > 0; i--)
            {
                p.Rect(Steel, 0.4, U(bx, (l / 2) - 14), U((-w / 2) + 5, (w / 2) - 14), U(6, 11), U(5, 9));
            }

            for (var i = random.Next(1, 4) - 1; i >= 0; i--)
            {
                p.Ring(Steel, 1.6, 1.2, (l / 2) - 11, (-w / 2) + 11 + (i * 12), 4.5, 4.5);
                p.Ellipse(Glass, 3, (l / 2) - 11, (-w / 2) + 11 + (i * 12), 3.5, 3.5);
                p.Rect(Steel, 1.2, (l / 2) - 16, (-w / 2) + 6 + (i * 12), 10, 2);
            }

            p.Rect(Steel, 2.2, (-l / 2) + 0.5, -4.5, 4, 9);
            p.Rect(Steel, 2, (-l / 2) + 4, (w / 2) - 16, 9, 11);
            p.Rect(Steel, 3, (-l / 2) + 4, (-w / 2) + 6, 8, 9);
        }

        /// <summary>
        /// A small self-loading pistol lying on its side in <paramref name="pen"/>'s frame at (<paramref name="ox"/>, <paramref name="oy"/>)
        /// turned by <paramref name="angle"/>, muzzle toward +x: <paramref name="l"/> mm long, a slide of two 3.5 mm steel walls with its
        /// solid top and breech face, a steel barrel (14–15 mm over the bore) and its recoil spring, a frame of glass-filled nylon (two
        /// 3 mm walls, 1.4 g/cm³, steel rails moulded in) or aluminium, the trigger guard and trigger, the grip round a magazine of
        /// steel with <paramref name="rounds"/> rounds of .380 or 9 mm in it (single stack in a slim one).
        /// </summary>
        private static void SubcompactPistol(Pen pen, double ox, double oy, double angle, double l, double h, bool alloyFrame, bool nine, int rounds)
        {
            var gun = new Turned(pen, ox, oy, angle);
            var x0 = -l / 2;
            var x1 = l / 2;
            var y0 = -h / 2;
            const double sh = 25;
            gun.Rect(Steel, 2 * 3.5, x0, y0, l, sh);
            gun.Rect(Steel, 10, x0, y0, l, 2.5);
            gun.Rect(Steel, 14, x0, y0 + 2.5, 14, sh - 6);
            gun.Tube(Steel, x0 + 14, y0 + 4, l - 15, 14.5, nine ? 2.6 : 2.9);
            gun.Line(Steel, 1.6, 1.2, false, Zigzag(x0 + 40, x1 - 6, y0 + sh - 1, 4, 5));
            var frame = alloyFrame ? Aluminium : Organic;
            var fw = alloyFrame ? 2 * 3.0 : 2 * 3 * 1.4;
            gun.Rect(frame, fw, x0 + 4, y0 + sh, l - 10, 10);
            gun.Rect(Steel, 2 * 1.2, x0 + 6, y0 + sh - 1, 22, 3);
            gun.Rect(Steel, 2 * 1.2, x1 - 30, y0 + sh - 1, 20, 3);
            var gy = y0 + sh + 8;
            var gb = h / 2;
            var rho = 17 * Math.PI / 180;
            var drop = (gb - gy) * Math.Tan(rho);
            var gx = x0 + 6;
            var gf = gx + 30;
            (double X, double Y)[] grip = [(gx, gy - 4), (gf, gy - 4), (gf - drop, gb), (gx - 2 - drop, gb)];
            gun.Poly(frame, fw, grip);
            gun.Line(frame, alloyFrame ? 12 : 16, 2.5, true, grip);
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10)
                .Select(t => (gf + 16 + (16 * Math.Cos(t)), gy - 2 + (13 * Math.Sin(t)))).ToArray();
            gun.Line(frame, alloyFrame ? 7 : 10, 4, false, guard);
            gun.Poly(Steel, 5, (gf + 8, gy - 4), (gf + 13, gy - 4), (gf + 10, gy + 9), (gf + 6, gy + 9));
            gun.Rect(Steel, 3, gx + 4, gy - 8, 26, 3);
            var ml = (gb - gy + 2) / Math.Cos(rho);
            var (mx, my) = Moved(ox, oy, angle, ((gx + gf) / 2) - (drop / 2), (gy + gb) / 2);
            var a = angle + (Math.PI / 2) + rho;
            var mag = new Turned(pen, mx, my, a);
            var fore = nine ? 31.0 : 28.0;
            mag.Rect(Steel, 2 * 0.6, -ml / 2, -fore / 2, ml, fore);
            mag.Line(Steel, 18, 0.8, false, (-ml / 2, -fore / 2), (ml / 2, -fore / 2));
            mag.Line(Steel, 18, 0.8, false, (-ml / 2, fore / 2), (ml / 2, fore / 2));
            mag.Rect(Organic, 10 * 1.2, (ml / 2) - 3, (-fore / 2) - 1, 4, fore + 2);
            var (cl, d, rim, bo, bd) = nine ? (19.15, 9.9, 9.96, 10.5, 9.0) : (17.3, 9.5, 9.5, 7.5, 9.0);
            var pitch = d + 0.3;
            for (var i = 0; i < rounds; i++)
            {
                var along = (-ml / 2) + 6 + (i * pitch);
                if (along > (ml / 2) - 9)
                {
                    break;
                }

                var (rx, ry) = Moved(mx, my, a, along, 0);
                CartridgeSide(new Turned(pen, rx, ry, a - (Math.PI / 2)), cl, d, rim, bo, bd, jacketed: true, Brass);
            }
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// Layers an outline of a round-sectioned handle <paramref name="depth"/> mm through the beam toward its axis (y =
        /// <paramref name="cy"/>): four shrinking copies, so the path is the full depth along the middle and thins toward the edges.
        /// </summary>
        private static void RoundSection(Turned part, Material m, (double X, double Y)[] outline, double cx, double cy, double depth, double density)
        {
            ReadOnlySpan<(double Fy, double Share)> layers = [(1.0, 0.42), (0.8, 0.3), (0.55, 0.18), (0.3, 0.1)];
            foreach (var (fy, share) in layers)
            {
                part.Poly(m, depth * density * share, Shrunk(outline, cx, cy, 1 - ((1 - fy) * 0.08), fy));
            }
        }

        /// <summary>
        /// An oyster knife (the fishmonger's and the home cook's shucker): a stiff 2.5–3 mm stainless blade 60–76 mm long and 18–22 mm
        /// wide with no real edge, its point rounded and a low ridge down its middle, on a 50–60 mm stick tang; a bulbous handle 95–115
        /// mm long and 28–34 mm thick of polypropylene (about 0.9 g/cm³), beech (about 0.7) or rubber over polypropylene (about 1.1),
        /// with a round guard moulded on, or a 1.5 mm steel guard disc 38–45 mm across seen edge-on; a polypropylene sleeve on the blade
        /// on some, and on some the cut-resistant glove it is sold with (knitted HPPE yarn wrapped with fine stainless wire).
        /// </summary>
        private PixelBox OysterKnife(double scale)
        {
            var bl = U(60, 76);
            var bw = U(18, 22);
            var t = U(2.5, 3);
            var hl = U(95, 115);
            var hd = U(28, 34);
            var steelGuard = Chance(0.35);
            var gd = steelGuard ? U(38, 45) : U(34, 40);
            var density = random.Next(3) switch
            {
                0 => 0.9,
                1 => 0.7,
                _ => 1.1,
            };
            var glove = Chance(0.25);
            var x0 = -(bl + hl) / 2;
            var xg = x0 + hl;
            var half = (Math.Max(gd, hd) / 2) + 1;
            var pen = Lay(Math.Min(x0 - 2, glove ? -118 : 0), -half, Math.Max(xg + bl + 4, glove ? 118 : 0), half + (glove ? 118 : 0), scale);
            var k = new Turned(pen, 0, 0, 0);
            var xb = xg + 1.5;
            (double X, double Y)[] blade =
            [
                (xb, -bw / 2), (xb + (0.55 * bl), -bw * 0.48), (xb + (0.85 * bl), -bw * 0.32), (xb + (0.97 * bl), -bw * 0.12), (xb + bl, 0),
                (xb + (0.97 * bl), bw * 0.12), (xb + (0.85 * bl), bw * 0.32), (xb + (0.55 * bl), bw * 0.48), (xb, bw / 2),
            ];
            pen.Item(() =>
            {
                k.Poly(Steel, t * 0.8, blade);
                k.Poly(Steel, t * 0.2, (xb, -bw * 0.18), (xb + (0.85 * bl), -bw * 0.05), (xb + (0.85 * bl), bw * 0.05), (xb, bw * 0.18));
                k.Rect(Steel, t, xg - U(50, 60), -4, U(50, 60) + 2, 8);
                (double X, double Y)[] grip =
                [
                    (xg, -hd * 0.34), (xg - (0.25 * hl), -hd * 0.44), (xg - (0.6 * hl), -hd / 2), (xg - (0.88 * hl), -hd * 0.42), (x0, -hd * 0.22),
                    (x0, hd * 0.22), (xg - (0.88 * hl), hd * 0.42), (xg - (0.6 * hl), hd / 2), (xg - (0.25 * hl), hd * 0.44), (xg, hd * 0.34),
                ];
                RoundSection(k, Organic, grip, xg - (hl / 2), 0, hd, density);
                if (steelGuard)
                {
                    k.Rect(Steel, 0.55 * gd, xg - 0.75, -gd / 2, 1.5, gd);
                    k.Rect(Steel, 0.3 * gd, xg - 0.75, -gd * 0.3, 1.5, gd * 0.6);
                }
                else
                {
                    k.Rect(Organic, gd * 0.6 * density, xg - 7, -gd / 2, 7, gd);
                    k.Rect(Organic, gd * 0.25 * density, xg - 7, -gd * 0.3, 7, gd * 0.6);
                }

                if (Chance(0.3))
                {
                    RoundedRect(k, Organic, 2 * 1.0 * 0.9, xb - 1, (-bw / 2) - 2, bl + 4, bw + 4, 5);
                    k.Line(Organic, 5 * 0.9, 1, true, RoundedOutline(xb - 0.5, (-bw / 2) - 1.5, bl + 3, bw + 3, 4.5));
                }
            });

            if (glove)
            {
                // The glove lying flat beside the knife: palm and back (two layers of about 1.2 mm knit) and five fingers.
                var g = new Turned(pen, 0, half + 58, U(-0.1, 0.1));
                const double layer = 2 * 1.2 * 0.97;
                RoundedRect(g, Organic, layer, -110, -48, 105, 96, 20);
                g.Rect(Organic, layer * 1.5, -118, -42, 16, 84);
                for (var f = 0; f < 4; f++)
                {
                    var fl = f is 1 or 2 ? U(72, 80) : U(58, 66);
                    RoundedRect(g, Organic, layer, -8, -46 + (f * 24), fl, 21, 10);
                }

                var thumb = new Turned(pen, -40, half + 58 - 40, -0.5);
                RoundedRect(thumb, Organic, layer, 0, -11, 62, 22, 10);
                g.Rect(Steel, 0.04, -110, -48, 180, 96);
            }

            return pen.Box;
        }

        /// <summary>
        /// A neck knife, a small fixed blade worn on a chain or cord round the neck: 140–175 mm overall, a drop-point or wharncliffe blade
        /// 55–75 mm long and 20–26 mm deep of 3–3.5 mm steel ground thinner toward its edge, the tang as its handle (skeletonised: a
        /// rim of steel round two or three holes, a lanyard hole) bare or wrapped in 4 mm paracord (nylon, about 1.15 g/cm³); in a
        /// Kydex sheath (a folded 2 mm sheet at about 1.35 g/cm³, its flange held by six to eight brass or steel eyelets) on a ball chain
        /// of 2.4 mm hollow steel balls or a paracord loop; sheathed, or drawn out and lying beside its sheath.
        /// </summary>
        private PixelBox NeckKnife(double scale)
        {
            var bl = U(55, 75);
            var bw = U(20, 26);
            var t = U(3, 3.5);
            var hl = U(80, 95);
            var hw = U(20, 24);
            var wrapped = Chance(0.4);
            var drawn = Chance(0.3);
            var chain = Chance(0.6);
            var loopRx = U(60, 95);
            var loopRy = U(25, 45);
            var sheathY = drawn ? bw + 12 : 0.0;
            var x0 = -(bl + hl) / 2;
            var xb = x0 + hl;
            var pen = Lay(x0 - 6, Math.Min(Math.Min(-bw / 2, -hw / 2) - 5, sheathY - loopRy - 3), xb + bl + 8 + (2 * loopRx), sheathY + Math.Max((bw / 2) + 12, loopRy + 3), scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] bladeOutline = Chance(0.65)
                ? [(xb, -bw / 2), (xb + (0.7 * bl), (-bw / 2) + 1), (xb + bl, -bw * 0.18), (xb + (0.88 * bl), bw * 0.15), (xb + (0.6 * bl), bw * 0.44), (xb, bw / 2)]
                : [(xb, -bw / 2), (xb + (0.45 * bl), -bw / 2), (xb + bl, bw * 0.45), (xb + (0.6 * bl), bw / 2), (xb, bw / 2)];
            pen.Item(() =>
            {
                k.Poly(Steel, t * 0.55, bladeOutline);
                k.Poly(Steel, t * 0.45, Shrunk(bladeOutline, xb, -bw / 2, 1, 0.5));
                (double X, double Y)[] handle =
                [
                    (xb, -hw / 2), (xb - (0.5 * hl), (-hw / 2) - 1), (x0 + 8, -hw * 0.45), (x0, -hw * 0.2), (x0, hw * 0.2), (x0 + 8, hw * 0.45),
                    (xb - (0.5 * hl), (hw / 2) + 1), (xb, hw / 2),
                ];
                k.Line(Steel, t, 4.5, true, handle);
                k.Rect(Steel, t, xb - 14, -hw / 2, 14, hw);
                var holes = random.Next(2, 4);
                for (var i = 1; i < holes; i++)
                {
                    k.Rect(Steel, t, xb - 14 - (i * (hl - 26) / holes), -hw / 2, 5, hw);
                }

                k.Rect(Steel, t, x0 + 2, -hw * 0.25, 10, hw * 0.5);
                if (wrapped)
                {
                    for (var x = xb - 16; x > x0 + 12; x -= 4.2)
                    {
                        k.Line(Organic, 2 * 4 * 1.15 * 0.8, 4, false, (x, (-hw / 2) - 2), (x - 3, (hw / 2) + 2));
                    }
                }
            });

            var sx = drawn ? xb - 6 : xb - 8;
            var sheath = new Turned(pen, 0, sheathY, 0);
            (double X, double Y)[] shell = [(sx, (-bw / 2) - 3), (xb + bl + 5, (-bw / 2) - 3), (xb + bl + 5, bw * 0.2), (xb + (0.7 * bl), (bw / 2) + 10), (sx, (bw / 2) + 10)];
            pen.Item(() =>
            {
                sheath.Poly(Organic, 2 * 2 * 1.35, shell);
                sheath.Line(Organic, 8 * 1.35, 1.5, false, (sx, (-bw / 2) - 3), (xb + bl + 5, (-bw / 2) - 3));
                var eyelet = Chance(0.5) ? Brass : Steel;
                var n = random.Next(6, 9);
                for (var i = 0; i < n; i++)
                {
                    var f = (i + 0.5) / n;
                    var ex = sx + 4 + (f * (bl + 2));
                    var ey = f < 0.7 ? (bw / 2) + 6 : (bw / 2) + 6 - ((f - 0.7) * 40);
                    sheath.Ring(eyelet, 3, 0.8, ex, ey, 2.2, 2.2);
                }
            });

            var tieX = xb + bl + 5;
            var loop = Enumerable.Range(0, 40).Select(i => 2 * Math.PI * i / 40)
                .Select(a => (tieX + loopRx - (loopRx * Math.Cos(a)), sheathY + (loopRy * Math.Sin(a)))).ToArray();
            if (chain)
            {
                sheath.Line(Steel, 0.6, 2.4, true, loop);
                sheath.Rect(Steel, 1.2, tieX - 1, sheathY - 3, 7, 6);
            }
            else
            {
                sheath.Line(Organic, 4 * 1.15 * 0.8, 4, true, loop);
                sheath.Rect(Organic, 12 * 1.1, tieX - 1, sheathY - 6, 14, 12);
            }

            return pen.Box;
        }

        /// <summary>
        /// A Swiss Army-style slip-joint pocket knife: a 91 mm model (two to four layers of tools), an 84 mm one (two or three) or the
        /// 58 mm keyring one (a single layer), 26, 24 or 18 mm across; two scales of cellulose acetate butyrate (2.5 mm, about 1.2
        /// g/cm³) over aluminium liners (1 mm, one more than the layers), in each layer a steel back spring (1.4 mm) and a tool folding
        /// in from each end (the main and small blades, can and bottle openers with their screwdriver tips, an awl, a saw): stainless
        /// of 1.5–2.2 mm; brass pivot pins through the stack, the tweezers and toothpick in their slots, a corkscrew folded along the
        /// back on some, the split ring at its shackle; closed, or the main blade open.
        /// </summary>
        private PixelBox SwissArmyKnife(double scale)
        {
            var (l, w, layers) = random.Next(3) switch
            {
                0 => (91.0, 26.0, random.Next(2, 5)),
                1 => (84.0, 24.0, random.Next(2, 4)),
                _ => (58.0, 18.0, 1),
            };
            var open = Chance(0.35);
            var bl = l * 0.74;
            var bw = w * 0.58;
            var ring = Chance(0.5);
            var pen = Lay((-l / 2) - (ring ? 26 : 2), (-w / 2) - 3, (l / 2) + (open ? bl : 2), (w / 2) + 3, scale);
            var k = new Turned(pen, 0, 0, 0);
            var r = w * 0.45;
            RoundedRect(k, Organic, 2 * 2.5 * 1.2, -l / 2, -w / 2, l, w, r);
            k.Line(Organic, ((layers * 3.4) + 6) * 1.2 * 0.6, 1.2, true, RoundedOutline((-l / 2) + 0.6, (-w / 2) + 0.6, l - 1.2, w - 1.2, r - 0.6));
            RoundedRect(k, Aluminium, (layers + 1) * 1.0, (-l / 2) + 0.8, (-w / 2) + 0.8, l - 1.6, w - 1.6, r - 0.8);
            k.Rect(Steel, 1.4 * layers, (-l / 2) + 4, (-w / 2) + 1.2, l - 8, 5);
            for (var layer = 0; layer < layers; layer++)
            {
                var front = l * U(0.62, 0.8);
                var back = l - front - U(6, 14);
                var ty = (-w / 2) + 6.5;
                var th = w - 9;
                if (!(open && layer == 0))
                {
                    var ft = layer == 0 ? 2.2 : U(1.5, 2);
                    k.Poly(Steel, ft, ((l / 2) - 5, ty), ((l / 2) - 5 - front, ty + 1), ((l / 2) - 5 - front, ty + (th * 0.55)), ((l / 2) - 5 - (front * 0.6), ty + th), ((l / 2) - 5, ty + th));
                }

                if (back > 10)
                {
                    k.Poly(Steel, U(1.5, 2), ((-l / 2) + 5, ty), ((-l / 2) + 5 + back, ty + 1), ((-l / 2) + 5 + back, ty + (th * 0.6)), ((-l / 2) + 5, ty + th));
                }
            }

            var stack = (2 * 2.5) + ((layers + 1) * 1.0) + (layers * 2.2);
            foreach (var px in new[] { (-l / 2) + 5, (l / 2) - 5 })
            {
                k.Ellipse(Brass, stack * 0.8, px, (-w / 2) + 5.5, 1.1, 1.1);
            }

            if (l > 60)
            {
                k.Ellipse(Brass, stack * 0.8, 0, (-w / 2) + 3.5, 1, 1);
                k.Rect(Steel, 2 * 0.5, (-l / 2) + 10, (w / 2) - 4.5, 45, 2.6);
                k.Rect(Organic, 2 * 1.05, (-l / 2) + 10, (-w / 2) + 3, 45, 2.2);
                if (layers >= 2 && Chance(0.5))
                {
                    k.Line(Steel, 1.7, 1.9, false, Zigzag(-l / 4, (l / 2) - 14, (-w / 2) - 0.5, 3.8, 2.2));
                    k.Rect(Steel, 2, (l / 2) - 16, (-w / 2) - 1, 8, 3);
                }
            }

            k.Line(Steel, 1.3, 1.2, false, ((-l / 2) + 3, -3), ((-l / 2) - 5, -3), ((-l / 2) - 5, 3), ((-l / 2) + 3, 3));
            if (ring)
            {
                k.Ring(Steel, 1.5 * 2 * 0.8, 1.4, (-l / 2) - 14, 0, 9, 9);
            }

            if (open)
            {
                var px = (l / 2) - 5;
                var py = (-w / 2) + 5.5;
                var blade = new Turned(pen, px, py, U(-0.04, 0.04));
                (double X, double Y)[] outline =
                [
                    (-5, -1.5), (bl * 0.8, -1.5), (bl, bw * 0.25), (bl * 0.85, bw * 0.7), (bl * 0.45, bw), (-5, bw - 0.5),
                ];
                blade.Poly(Steel, 2.2 * 0.6, outline);
                blade.Poly(Steel, 2.2 * 0.4, Shrunk(outline, 0, -1.5, 1, 0.5));
            }

            return pen.Box;
        }

        /// <summary>
        /// A mezzaluna: a crescent blade of 1.5–2 mm stainless steel rocked across herbs with both hands, lying flat: a 200–300 mm
        /// one 55–75 mm deep at its middle with a handle at each end (beech at about 0.7 g/cm³ or polypropylene, 95–115 mm long and
        /// 26–32 mm thick, on the blade's end tabs, a steel ferrule at their foot), as a single or a double blade (two crescents 15 mm
        /// apart, one over the other to the beam), or a 150–180 mm herb chopper with one handle along its spine on two posts; a
        /// polypropylene guard clipped over the edge on some.
        /// </summary>
        private PixelBox Mezzaluna(double scale)
        {
            var herb = Chance(0.3);
            var c = herb ? U(150, 180) : U(200, 300);
            var h = herb ? U(45, 55) : U(55, 75);
            var t = U(1.5, 2);
            var spineSag = U(0, 0.3) * h;
            var hl = U(95, 115);
            var hd = U(26, 32);
            var wood = Chance(0.55);
            var density = wood ? 0.7 : 0.9;
            var blades = !herb && Chance(0.3) ? 2 : 1;
            var top = herb ? -30 - hd : -hl - 14;
            var pen = Lay((-c / 2) - (hd / 2) - 3, top - 2, (c / 2) + (hd / 2) + 3, h + 5, scale);
            var k = new Turned(pen, 0, 0, 0);
            const int n = 16;
            double SpineY(double x) => spineSag * (1 - Math.Pow(2 * x / c, 2));
            (double X, double Y)[] edge = [.. Enumerable.Range(0, n + 1).Select(i => (-c / 2) + (c * i / n)).Select(x => (x, h * (1 - Math.Pow(2 * x / c, 2))))];
            (double X, double Y)[] spine = [.. Enumerable.Range(0, n + 1).Select(i => (c / 2) - (c * i / n)).Select(x => (x, SpineY(x)))];
            (double X, double Y)[] outline = [.. edge, .. spine];
            (double X, double Y)[] back = [.. spine, .. edge.Select(p => (p.X, (p.Y + SpineY(p.X)) / 2))];
            for (var b = 0; b < blades; b++)
            {
                var blade = new Turned(pen, b * 0.8, b * 0.8, 0);
                blade.Poly(Steel, t * 0.6, outline);
                blade.Poly(Steel, t * 0.4, back);
            }

            if (herb)
            {
                var hy = -18 - (hd / 2);
                foreach (var px in new[] { -hl / 2 + 14, hl / 2 - 14 })
                {
                    k.Rect(Steel, 6 * 0.8 * blades, px - 3, hy, 6, -hy + 2);
                }

                k.Cylinder(Organic, -hl / 2, hy - (hd / 2), hl, hd, density);
            }
            else
            {
                foreach (var sx in new[] { -1.0, 1.0 })
                {
                    var ex = sx * ((c / 2) - 10);
                    k.Rect(Steel, t * blades, ex - 6, -40, 12, 42);
                    var handle = new Turned(pen, ex, -8, -Math.PI / 2);
                    handle.Cylinder(Organic, 0, -hd / 2, hl, hd, density);
                    handle.Tube(Steel, 0, (-hd / 2) - 1, 12, hd + 2, 0.5);
                    if (blades == 2)
                    {
                        k.Rect(Steel, 8 * 0.8, ex - 4, -6, 8, 6);
                    }
                }
            }

            if (Chance(0.3))
            {
                (double X, double Y)[] guard = [.. edge.Skip(1).Take(n - 1).Select(p => (p.X, p.Y + 2))];
                k.Line(Organic, (2 * 1.5 * 0.9) + 3, 6, false, guard);
            }

            return pen.Box;
        }

        /// <summary>
        /// A knife baked into a cake handed in for a birthday: a round fruit cake (180–230 mm across, 60–90 mm deep, about 0.85–1.0
        /// g/cm³, dried fruit through it), iced on some with marzipan and royal icing (6 mm, about 1.5 g/cm³) on a 12 mm card drum, or
        /// a sponge (about 0.3–0.4 g/cm³) with jam and buttercream between its layers; in a foil tray (60 µm aluminium) or a card
        /// cake box; inside, wrapped in baking paper, a kitchen knife's blade with its tang and the handle taken off (120–160 × 22–30 ×
        /// 1.8–2.2 mm), a whole paring knife in its moulded polypropylene handle, or a folded lock knife (steel liners and blade
        /// between wooden scales, brass bolsters).
        /// </summary>
        private PixelBox KnifeInCake(double scale)
        {
            var d = U(180, 230);
            var h = U(60, 90);
            var fruit = Chance(0.6);
            var rho = fruit ? U(0.85, 1.0) : U(0.3, 0.4);
            var iced = fruit && Chance(0.6);
            var boxed = Chance(0.5);
            var r = d / 2;
            var outer = r + (iced ? 20 : 0) + (boxed ? 12 : 3);
            var pen = Lay(outer + 2, outer + 2, scale);
            var c = new Turned(pen, 0, 0, 0);
            if (boxed)
            {
                var b = outer - 1;
                c.Rect(Organic, 2 * 0.5 * 0.7, -b, -b, 2 * b, 2 * b);
                c.Line(Organic, (h + 20) * 0.7 * 0.5 / 0.8, 0.8, true, (-b, -b), (b, -b), (b, b), (-b, b));
            }
            else
            {
                c.Ellipse(Aluminium, 0.06, 0, 0, r + 2, r + 2);
                c.Ring(Aluminium, 0.06 * h * 0.6, 1, 0, 0, r + 2, r + 2);
            }

            if (iced)
            {
                c.Ellipse(Organic, 12 * 0.45, 0, 0, r + 20, r + 20);
                c.Ellipse(Aluminium, 0.02, 0, 0, r + 20, r + 20);
                c.Ellipse(Organic, 2 * 6 * 1.5, 0, 0, r + 6, r + 6);
                c.Ring(Organic, h * 1.5, 6, 0, 0, r + 3, r + 3);
            }

            c.Ellipse(Organic, h * rho * 0.9, 0, 0, r - 3, r - 3);
            c.Ellipse(Organic, h * rho * 0.1, 0, 0, r, r);
            if (fruit)
            {
                for (var i = random.Next(30, 70); i > 0; i--)
                {
                    var (a, rr) = (U(0, 2 * Math.PI), (r - 8) * Math.Sqrt(random.NextDouble()));
                    c.Ellipse(Organic, h * 0.15 * 0.4, rr * Math.Cos(a), rr * Math.Sin(a), U(3, 7), U(2, 5));
                }
            }
            else
            {
                c.Ellipse(Organic, (4 * 1.3) + (5 * 0.9) - (9 * rho), 0, 0, r - 5, r - 5);
            }

            var kind = random.Next(3);
            var len = kind switch
            {
                0 => U(190, 225),
                1 => U(170, 195),
                _ => U(105, 120),
            };
            if (len > d - 16)
            {
                kind = 2;
                len = U(105, 120);
            }

            var reach = Math.Max(0, r - (len / 2) - 8);
            var (ka, kr) = (U(0, 2 * Math.PI), reach * Math.Sqrt(random.NextDouble()));
            var k = new Turned(pen, kr * Math.Cos(ka), kr * Math.Sin(ka), U(0, 2 * Math.PI));
            pen.Item(() =>
            {
                k.Rect(Organic, 2 * 0.05 * 0.9 * 2, (-len / 2) - 4, -20, len + 8, 40);
                switch (kind)
                {
                    case 0:
                    {
                        var tang = U(65, 75);
                        var bl = len - tang;
                        var bw = U(22, 30);
                        var t = U(1.8, 2.2);
                        var x0 = (-len / 2) + tang;
                        (double X, double Y)[] blade = [(x0, -bw / 2), (x0 + (0.75 * bl), -bw / 2), (x0 + bl, -bw * 0.35), (x0 + (0.7 * bl), bw * 0.4), (x0, bw / 2)];
                        k.Poly(Steel, t * 0.55, blade);
                        k.Poly(Steel, t * 0.45, Shrunk(blade, x0, -bw / 2, 1, 0.45));
                        k.Rect(Steel, t, -len / 2, -7, tang + 1, 14);
                        break;
                    }

                    case 1:
                    {
                        var hl = U(95, 105);
                        var bl = len - hl;
                        var bw = U(18, 22);
                        var x0 = (-len / 2) + hl;
                        (double X, double Y)[] blade = [(x0, -bw / 2), (x0 + (0.8 * bl), -bw / 2), (x0 + bl, -bw * 0.4), (x0 + (0.6 * bl), bw * 0.45), (x0, bw / 2)];
                        k.Poly(Steel, 1.5 * 0.6, blade);
                        k.Poly(Steel, 1.5 * 0.4, Shrunk(blade, x0, -bw / 2, 1, 0.45));
                        k.Rect(Steel, 1.5, x0 - 50, -5, 51, 10);
                        (double X, double Y)[] grip = [(-len / 2, -9), (x0 - 2, -11), (x0, -12), (x0, 12), (x0 - 2, 11), (-len / 2, 9)];
                        RoundSection(k, Organic, grip, (-len / 2) + (hl / 2), 0, 18, 0.9);
                        break;
                    }

                    default:
                    {
                        var w = U(24, 28);
                        RoundedRect(k, Organic, 2 * 4 * 0.7, -len / 2, -w / 2, len, w, 6);
                        RoundedRect(k, Steel, 2 * 1.0, (-len / 2) + 1, (-w / 2) + 1, len - 2, w - 2, 5);
                        k.Poly(Steel, 2.5, ((-len / 2) + 8, (-w / 2) + 4), ((len / 2) - 10, (-w / 2) + 3), ((len / 2) - 14, (w / 2) - 5), ((-len / 2) + 20, (w / 2) - 4));
                        k.Rect(Steel, 1.5 * 3, (-len / 2) + 10, (-w / 2) + 1, len - 25, 3);
                        k.Rect(Brass, 2 * 2.5, (-len / 2) - 1, (-w / 2) + 0.5, 12, w - 1);
                        k.Rect(Brass, 2 * 2.5, (len / 2) - 11, (-w / 2) + 0.5, 12, w - 1);
                        k.Ellipse(Steel, 10, (len / 2) - 6, 0, 2, 2);
                        break;
                    }
                }
            });

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// A lightweight snub revolver with a polymer fire-control housing (the Ruger LCR class): a monolithic aluminium frame (the
        /// top strap, the barrel shroud with its ejector-rod lug, the frame round the cylinder window) over a steel barrel liner
        /// (13 mm over a 9 mm bore), a 47.6 mm barrel (76 mm on some), a fluted stainless five-shot cylinder 32.6 mm across and 39 mm
        /// long on its crane, and a housing of glass-filled nylon (two 3 mm walls, about 1.4 g/cm³) that is the trigger guard, the
        /// grip frame and the hammer's shroud, with the steel hammer, trigger and springs inside; a rubber monogrip (about 1.1 g/cm³)
        /// round its peg. A .357 version has a stainless frame; a .22 one an eight-shot cylinder. Empty or loaded (0–5 rounds of
        /// .38 Special or .357 Magnum, 0–8 of .22).
        /// </summary>
        private PixelBox PolymerFrameRevolver(double scale)
        {
            var kind = random.Next(20) switch
            {
                < 11 => 38,
                < 15 => 357,
                _ => 22,
            };
            var frame = kind == 357 ? Steel : Aluminium;
            var barrel = Chance(0.2) ? 76.0 : 47.6;
            var cl = kind == 357 ? 41.5 : 39.0;
            var (chambers, rc) = kind == 22 ? (8, 11.5) : (5, 10.5);
            const double cd = 32.6;
            const double ya = -24;
            var xm = (barrel + cl + 60) / 2;
            var xc1 = xm - barrel - 2;
            var xc0 = xc1 - cl;
            var cc = ya + rc;
            var cylTop = cc - (cd / 2);
            var cylBottom = cc + (cd / 2);
            var pen = Lay(xc0 - 62, cylTop - 10, xm + 2, ya + 94, scale);
            var gun = new Turned(pen, 0, 0, 0);
            gun.Rect(frame, frame == Steel ? 10 : 16, xc1, ya - 9, xm - xc1, 18);
            gun.Rect(frame, frame == Steel ? 8 : 12, xc1, ya + 9, Math.Min(40, barrel - 4), 11);
            gun.Tube(Steel, xc1 - 1, ya - 6.5, xm - xc1 + 1, 13, 2);
            gun.Rect(frame, 6, xm - 8, ya - 13, 6, 4);
            gun.Cylinder(Steel, xc1 - 2, ya + 11, Math.Min(38, barrel - 6), 5, 0.8);
            gun.Rect(frame, frame == Steel ? 9 : 14, xc0 - 6, cylTop - 7, xc1 - xc0 + 12, 7);
            gun.Rect(frame, frame == Steel ? 9 : 14, xc0 - 6, cylBottom, xc1 - xc0 + 10, 6);
            gun.Rect(frame, frame == Steel ? 14 : 24, xc0 - 9, cylTop - 7, 9, cylBottom - cylTop + 13);
            gun.Cylinder(Steel, xc0, cylTop, cl, cd, 0.45);
            gun.Cylinder(Steel, xc0 - 3, cc - 2.5, cl + 20, 5, 0.8);
            var loaded = random.Next(0, chambers + 1);
            var phase = U(0, 2 * Math.PI / chambers);
            for (var i = 0; i < loaded; i++)
            {
                var y = cc - (rc * Math.Cos(phase + (i * 2 * Math.PI / chambers)));
                if (kind == 22)
                {
                    CartridgeSide(new Turned(pen, xc0 - 1 + ((15.6 + 9.8) / 2), y, 0), 15.6, 5.7, 6.9, 9.8, 5.7, jacketed: false, Brass);
                }
                else
                {
                    var caseLength = kind == 357 ? 33.0 : 29.3;
                    CartridgeSide(new Turned(pen, xc0 - 1.3 + ((caseLength + 7) / 2), y, 0), caseLength, 9.6, 11.2, 7, 9.1, jacketed: Chance(0.5), Brass);
                }
            }

            const double wall = 2 * 3 * 1.4;
            (double X, double Y)[] housing =
            [
                (xc0 - 9, cylTop - 5), (xc0 - 22, cylTop - 4), (xc0 - 31, cylTop + 6), (xc0 - 33, cylBottom - 4), (xc0 - 14, cylBottom + 4),
                (xc0 + 4, cylBottom + 6), (xc0 + 4, cylBottom), (xc0 - 9, cylBottom),
            ];
            gun.Poly(Organic, wall, housing);
            gun.Line(Organic, 20 * 1.4, 2, true, housing);
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10)
                .Select(t => (xc0 + 14 + (18 * Math.Cos(t)), cylBottom + 4 + (15 * Math.Sin(t)))).ToArray();
            gun.Line(Organic, 9 * 1.4, 4.5, false, guard);
            gun.Poly(Steel, 5, (xc0 + 8, cylBottom + 2), (xc0 + 14, cylBottom + 2), (xc0 + 10, cylBottom + 15), (xc0 + 5, cylBottom + 14));
            gun.Poly(Steel, 6, (xc0 - 12, cylTop + 2), (xc0 - 26, cylTop + 4), (xc0 - 28, cylTop + 16), (xc0 - 14, cylTop + 18));
            if (Chance(0.3))
            {
                gun.Poly(Steel, 7, (xc0 - 20, cylTop - 2), (xc0 - 30, cylTop - 9), (xc0 - 35, cylTop - 6), (xc0 - 27, cylTop + 4));
            }

            gun.Rect(Steel, 4, xc0 - 4, cylBottom - 2, 4, 10);
            (double X, double Y)[] grip =
            [
                (xc0 - 12, cylBottom + 1), (xc0 - 20, ya + 62), (xc0 - 26, ya + 86), (xc0 - 40, ya + 91), (xc0 - 56, ya + 88),
                (xc0 - 58, ya + 70), (xc0 - 46, cylBottom + 8), (xc0 - 36, cylTop + 14),
            ];
            RoundSection(gun, Organic, grip, xc0 - 36, ya + 55, 32, 1.1 * 0.75);
            gun.Poly(Organic, 10 * 1.4, Shrunk(grip, xc0 - 36, ya + 50, 0.5, 0.75));
            gun.Line(Steel, 1.2, 1.2, false, Zigzag(xc0 - 40, xc0 - 30, ya + 48, 3, 14));
            return pen.Box;
        }

        /// <summary>
        /// A large gas-operated magnum pistol (the Desert Eagle class) in .50 AE, .44 Magnum or .357 Magnum: 269 mm long with its
        /// 152 mm barrel (371 mm with the 254 mm one), 149 mm high; a fixed steel barrel with a triangular profile, the Picatinny rail
        /// along its top, its gas port and the gas cylinder under the bore; a steel slide (two 5 mm walls and a heavy top) round the
        /// rotating bolt and its carrier; a steel or aluminium-alloy frame with a squared trigger guard and an exposed hammer; a long
        /// grip of rubber or plastic panels over a steel grip frame holding a single-stack magazine of seven .50 AE, eight .44 or nine
        /// .357 rounds, loaded or not.
        /// </summary>
        private PixelBox MagnumAutoPistol(double scale)
        {
            var calibre = random.Next(3);
            var (cl, d, rim, bo, bd, cap) = calibre switch
            {
                0 => (32.6, 13.9, 13.9, 8.2, 12.7, 7),
                1 => (32.6, 11.6, 13.1, 8.0, 10.9, 8),
                _ => (33.0, 9.6, 11.2, 7.0, 9.1, 9),
            };
            var barrel = Chance(0.2) ? 254.0 : 152.0;
            var l = barrel + 117;
            var alloy = Chance(0.3);
            var frame = alloy ? Aluminium : Steel;
            const double ya = -58;
            var xm = l / 2;
            var xb = -l / 2;
            var rho = 16 * Math.PI / 180;
            var gTop = ya + 29;
            var gLen = 100.0;
            var gx = xb + 38;
            var drop = gLen * Math.Tan(rho);
            var pen = Lay(Math.Min(xb - 8, gx - drop - 6), ya - 23, xm + 2, gTop + gLen + 10, scale);
            var gun = new Turned(pen, 0, 0, 0);
            var xr = xm - barrel;
            gun.Rect(Steel, 22, xr, ya - 13, barrel, 6.6);
            gun.Rect(Steel, 12, xr, ya - 6.4, barrel, 12.8);
            gun.Rect(Steel, 22, xr, ya + 6.4, barrel, 7);
            gun.Poly(Steel, 14, (xr, ya + 13), (xm, ya + 13), (xm - 6, ya + 22), (xr + 6, ya + 22));
            gun.Rect(Steel, 18, xr, ya - 19, barrel, 6);
            for (var x = xr + 4; x < xm - 6; x += 5.2)
            {
                gun.Rect(Steel, 4, x, ya - 21, 2.6, 2);
            }

            gun.Rect(Steel, 9, xm - 14, ya + 16, 10, 5);
            var xs1 = xr + 40;
            gun.Rect(Steel, 2 * 5, xb + 8, ya - 15, xs1 - xb - 8, 30);
            gun.Rect(Steel, 16, xb + 8, ya - 15, xs1 - xb - 8, 5);
            gun.Rect(Steel, 18, xb + 8, ya - 10, 22, 22);
            gun.Cylinder(Steel, xr - 48, ya - 10, 48, 20, 0.9);
            gun.Cylinder(Steel, xr - 60, ya + 9, 50, 8, 0.5);
            gun.Rect(frame, 2 * 4, xb + 12, ya + 15, xs1 - xb - 12, 14);
            gun.Rect(frame, 2 * 4, xb + 10, ya + 15, 60, 16);
            var gf = gx + 48;
            (double X, double Y)[] guard = [(gf, gTop), (gf - 2, gTop + 24), (gf + 48, gTop + 24), (gf + 54, gTop + 6), (gf + 54, gTop)];
            gun.Line(frame, 8, 5, false, guard);
            gun.Poly(Steel, 6, (gf + 10, gTop - 2), (gf + 17, gTop - 2), (gf + 14, gTop + 15), (gf + 8, gTop + 14));
            gun.Poly(Steel, 10, (xb + 10, ya - 8), (xb - 2, ya - 18), (xb - 8, ya - 14), (xb + 2, ya + 6));
            gun.Rect(Steel, 5, xb + 14, ya - 2, 12, 8);
            (double X, double Y)[] grip = [(gx, gTop - 4), (gf, gTop - 4), (gf - drop, gTop + gLen), (gx - 4 - drop, gTop + gLen)];
            gun.Poly(frame, 2 * 2.5, grip);
            gun.Line(frame, 18, 3, false, grip[1], grip[2]);
            gun.Line(frame, 18, 4, false, grip[0], grip[3]);
            gun.Poly(Organic, Chance(0.5) ? 2 * 5 * 1.1 : 2 * 3.5 * 1.3, Shrunk(grip, ((gx + gf) / 2) - (drop / 2), gTop + (gLen / 2), 0.86, 0.92));
            var ml = (gLen + 4) / Math.Cos(rho);
            var (mx, my) = (((gx + gf) / 2) - (drop / 2) + 2, gTop + (gLen / 2) + 2);
            var a = (Math.PI / 2) + rho;
            var mag = new Turned(pen, mx, my, a);
            var fore = cl + bo + 4;
            mag.Rect(Steel, 2 * 0.8, -ml / 2, -fore / 2, ml, fore);
            mag.Line(Steel, 18, 1, false, (-ml / 2, -fore / 2), (ml / 2, -fore / 2));
            mag.Line(Steel, 18, 1, false, (-ml / 2, fore / 2), (ml / 2, fore / 2));
            mag.Rect(Steel, 14, (ml / 2) - 4, (-fore / 2) - 2, 4, fore + 4);
            var rounds = random.Next(0, cap + 1);
            for (var i = 0; i < rounds; i++)
            {
                var along = (-ml / 2) + 8 + (i * (rim + 0.4));
                if (along > (ml / 2) - 14)
                {
                    break;
                }

                var (rx, ry) = Moved(mx, my, a, along, 0);
                CartridgeSide(new Turned(pen, rx, ry, a - (Math.PI / 2)), cl, d, rim, bo, bd, jacketed: true, Brass);
            }

            gun.Line(Steel, 1.3, 1.2, false, Zigzag(-ml / 2, (ml / 2) - 8, 0, 8, 6).Select(p => Moved(mx, my, a, p.X, p.Y)).ToArray());
            return pen.Box;
        }

        /// <summary>
        /// A pistol-calibre carbine that folds in half (the Kel-Tec SUB-2000 class), folded for carrying, 413 mm long: the 409 mm steel
        /// barrel (15.5 mm over a 9 mm bore) with its front sight, swung up and back over the receiver on its hinge, a polymer forend
        /// (two 2.5 mm walls, 1.4 g/cm³) round its breech end; the receiver a 30 mm steel tube (1.5 mm wall) holding the steel bolt and
        /// its recoil springs, with the charging handle under its rear and a polymer butt plate (about 125 mm tall) at its end; the
        /// polymer grip and trigger housing at its front holding the trigger, hammer and springs, and in the grip a 17-round pistol
        /// magazine (a 33-round one on some), loaded or not.
        /// </summary>
        private PixelBox FoldingCarbine(double scale)
        {
            const double xr0 = -206;
            const double xr1 = 150;
            const double xh = 206;
            const double tube = 30;
            var longMag = Chance(0.25);
            var ml = longMag ? 245.0 : 128.0;
            var rho = 12 * Math.PI / 180;
            var gTop = (tube / 2) + 8;
            var gLen = 100.0;
            var gx = 118.0;
            var magBottom = gTop + (ml * Math.Cos(rho)) + 6;
            var pen = Lay(xr0 - 14, -72, xh + 10, Math.Max(magBottom, gTop + gLen) + 4, scale);
            var gun = new Turned(pen, 0, 0, 0);
            gun.Tube(Steel, xr0, -tube / 2, xr1 - xr0, tube, 1.5);
            gun.Cylinder(Steel, 40, -11, 92, 22, 0.9);
            gun.Line(Steel, 1.4, 1.2, false, Zigzag(xr0 + 30, 40, -6, 7, 12));
            gun.Cylinder(Organic, xr0 + 6, -12, 26, 24, 1.2);
            (double X, double Y)[] butt = [(xr0 - 12, -70), (xr0 + 2, -70), (xr0 + 8, -tube / 2), (xr0 + 8, tube / 2), (xr0 + 2, 58), (xr0 - 12, 58)];
            gun.Poly(Organic, 2 * 3 * 1.4, butt);
            gun.Line(Organic, 40 * 1.4, 2, true, butt);
            gun.Rect(Organic, 20, xr0 - 12, -70, 6, 128);
            gun.Rect(Steel, 6, xr0 + 40, tube / 2, 10, 20);
            var ya = -(tube / 2) - 22;
            gun.Tube(Steel, xh - 409, ya - 7.75, 409, 15.5, 3.25);
            gun.Rect(Steel, 8, xh - 407, ya - 16, 5, 9);
            gun.Tube(Organic, xh - 200, ya - 20, 190, 40, 2.5 * 1.4);
            gun.Line(Organic, 10, 2, false, (xh - 200, ya - 20), (xh - 10, ya - 20));
            gun.Rect(Steel, 16, xh - 14, ya - 10, 16, (-tube / 2) - (ya - 10));
            gun.Ellipse(Steel, 26, xh - 6, ya + 8, 3, 3);
            (double X, double Y)[] housing = [(xr1 - 30, -tube / 2), (xh + 4, -tube / 2), (xh + 4, gTop + 6), (gx + 40, gTop + 30), (gx - 8, gTop), (xr1 - 30, gTop)];
            gun.Poly(Organic, 2 * 3 * 1.4, housing);
            gun.Line(Organic, 28 * 1.4, 2, true, housing);
            var drop = gLen * Math.Tan(rho);
            (double X, double Y)[] grip = [(gx, gTop - 2), (gx + 36, gTop - 2), (gx + 36 - drop, gTop + gLen), (gx - drop, gTop + gLen)];
            gun.Poly(Organic, 2 * 3 * 1.4, grip);
            gun.Line(Organic, 28 * 1.4, 2, true, grip);
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10)
                .Select(t => (gx + 60 + (20 * Math.Cos(t)), gTop + 2 + (16 * Math.Sin(t)))).ToArray();
            gun.Line(Organic, 10 * 1.4, 4.5, false, guard);
            gun.Poly(Steel, 5, (gx + 52, gTop), (gx + 58, gTop), (gx + 55, gTop + 13), (gx + 50, gTop + 12));
            gun.Rect(Steel, 6, gx + 10, gTop - 14, 30, 10);
            gun.Line(Steel, 1.2, 1.2, false, Zigzag(gx + 4, gx + 28, gTop + 6, 4, 8));
            var (mx, my) = (gx + 18 - ((ml / 2) * Math.Sin(rho)), gTop + 2 + ((ml / 2) * Math.Cos(rho)));
            var a = (Math.PI / 2) + rho;
            var mag = new Turned(pen, mx, my, a);
            mag.Rect(Steel, 2 * 0.6, -ml / 2, -16, ml, 32);
            mag.Rect(Organic, 2 * 1.5 * 1.4, -ml / 2, -16, ml, 32);
            mag.Line(Steel, 20, 0.8, false, (-ml / 2, -16), (ml / 2, -16));
            mag.Line(Steel, 20, 0.8, false, (-ml / 2, 16), (ml / 2, 16));
            mag.Rect(Organic, 24 * 1.4, (ml / 2) - 6, -18, 6, 36);
            var rounds = random.Next(0, longMag ? 34 : 18);
            var pitch = 9.93 * 0.55;
            for (var i = 0; i < rounds; i++)
            {
                var along = (-ml / 2) + 7 + (i * pitch);
                if (along > (ml / 2) - 14)
                {
                    break;
                }

                var (rx, ry) = Moved(mx, my, a, along, i % 2 == 0 ? -1.5 : 1.5);
                CartridgeSide(new Turned(pen, rx, ry, a - (Math.PI / 2)), 19.15, 9.93, 9.96, 10.5, 9.02, jacketed: true, Brass);
            }

            return pen.Box;
        }

        /// <summary>
        /// A pistol hidden in a laptop: an older 15.6-inch machine (375–385 × 250–260 mm, 30–36 mm thick shut) of ABS-polycarbonate (2 mm
        /// walls, about 1.2 g/cm³), its lid holding the LCD (two 0.5 mm glass sheets, a 2 mm acrylic light guide, a thin steel back),
        /// two steel hinges, the keyboard on its 0.4 mm steel plate, the board with its copper heat pipe, fan and memory, a 2.5-inch hard
        /// disk (aluminium body, its platters and voice-coil magnet) or none; its battery and optical drive taken out and the plastic
        /// between cut away, and in the space a small pistol (a polymer-framed 9 mm or an alloy-framed .380) wrapped in cloth on some.
        /// </summary>
        private PixelBox PistolInLaptop(double scale)
        {
            var w = U(375, 385);
            var d = U(250, 260);
            var depth = U(30, 36);
            var pen = Lay((w / 2) + 2, (d / 2) + 2, scale);
            var lap = new Turned(pen, 0, 0, 0);
            const double r = 8;
            RoundedRect(lap, Organic, (2 * 2 * 1.2) + (2 * 1.8 * 1.2), -w / 2, -d / 2, w, d, r);
            lap.Line(Organic, depth * 1.2 * 0.8, 2, true, RoundedOutline((-w / 2) + 1, (-d / 2) + 1, w - 2, d - 2, r - 1));
            lap.Rect(Glass, 1.0, (-w / 2) + 12, (-d / 2) + 10, w - 24, d - 30);
            lap.Rect(Organic, 2 * 1.19 + 0.6, (-w / 2) + 12, (-d / 2) + 10, w - 24, d - 30);
            lap.Rect(Steel, 0.25, (-w / 2) + 11, (-d / 2) + 9, w - 22, d - 28);
            foreach (var hx in new[] { (-w / 2) + 30, (w / 2) - 56 })
            {
                lap.Rect(Steel, 5, hx, (-d / 2) + 2, 26, 12);
                lap.Rect(Steel, 1.5, hx - 10, (-d / 2) + 4, 46, 16);
            }

            lap.Rect(Steel, 0.4, (-w / 2) + 20, (-d / 2) + 30, w - 40, 110);
            lap.Rect(Organic, 3 * 1.05 * 0.7, (-w / 2) + 22, (-d / 2) + 32, w - 44, 106);
            lap.Rect(Mixed, 1.6, (-w / 2) + 16, (-d / 2) + 28, 190, 95);
            lap.Rect(Brass, 0.12, (-w / 2) + 16, (-d / 2) + 28, 190, 95);
            for (var i = random.Next(5, 10); i > 0; i--)
            {
                lap.Rect(Steel, 0.5, U((-w / 2) + 18, (-w / 2) + 190), U((-d / 2) + 30, (-d / 2) + 108), U(8, 18), U(6, 14));
            }

            lap.Line(Brass, 2 * 0.4, 7, false, ((-w / 2) + 70, (-d / 2) + 60), ((-w / 2) + 140, (-d / 2) + 50), ((-w / 2) + 160, (-d / 2) + 34));
            lap.Ellipse(Organic, 6, (-w / 2) + 168, (-d / 2) + 50, 28, 28);
            lap.Ellipse(Steel, 3, (-w / 2) + 168, (-d / 2) + 50, 7, 7);
            lap.Rect(Mixed, 1.2, (-w / 2) + 60, (-d / 2) + 80, 68, 30);
            if (Chance(0.65))
            {
                var hdd = new Turned(pen, (-w / 2) + 70, (d / 2) - 55, 0);
                hdd.Rect(Aluminium, 2 * 1.5, -50, -35, 100, 70);
                hdd.Line(Aluminium, 9.5 * 0.8, 2, true, (-49, -34), (49, -34), (49, 34), (-49, 34));
                hdd.Ellipse(Chance(0.5) ? Aluminium : Glass, 2 * 0.8, -10, 0, 32, 32);
                hdd.Ellipse(Steel, 4, -10, 0, 6, 6);
                hdd.Rect(Steel, 3.5, 24, 8, 18, 16);
                hdd.Rect(Mixed, 1.6, -48, 20, 96, 14);
            }

            foreach (var sx in new[] { (-w / 2) + 14, (w / 2) - 30 })
            {
                lap.Rect(Steel, 2, sx, (d / 2) - 30, 14, 10);
            }

            var nine = Chance(0.55);
            var gl = nine ? U(150, 165) : U(130, 140);
            var gh = nine ? U(100, 110) : U(92, 100);
            var (px, py) = (U(40, (w / 2) - 20 - (gl / 2)), U(-10, (d / 2) - 20 - (gh / 2)));
            var angle = (Chance(0.5) ? 0 : Math.PI) + U(-0.1, 0.1);
            pen.Item(() =>
            {
                if (Chance(0.4))
                {
                    var cloth = new Turned(pen, px, py, angle);
                    cloth.Rect(Organic, 2 * 1.5 * 0.4, (-gl / 2) - 8, (-gh / 2) - 8, gl + 16, gh + 16);
                }

                SubcompactPistol(pen, px, py, angle, gl, gh, alloyFrame: !nine, nine, random.Next(0, nine ? 11 : 8));
            });
            return pen.Box;
        }

        /// <summary>
        /// A single-shot gun made inside an aluminium tactical torch: a 6061 aluminium body (25.4 mm across, 2.2 mm wall) 150–200 mm
        /// long with its bezel (35–40 mm) and tail cap; its cell, reflector and lens gone, a steel barrel tube (12.7 mm over a .22 bore,
        /// or 16 mm over a 9 mm one) running the length of the body from a hole in the bezel to a steel breech block, a round in the
        /// chamber on most, and in the tail a spring-driven steel striker held by a cross pin that the tail switch releases; a paracord
        /// lanyard on some.
        /// </summary>
        private PixelBox TorchGun(double scale)
        {
            var l = U(150, 200);
            var hd = U(35, 40);
            var nine = Chance(0.4);
            var bod = nine ? 16.0 : 12.7;
            var lanyard = Chance(0.35);
            var x0 = -l / 2;
            var pen = Lay(x0 - (lanyard ? 40 : 3), (-hd / 2) - 2, (l / 2) + 2, (hd / 2) + 2, scale);
            var t = new Turned(pen, 0, 0, 0);
            var headL = U(35, 45);
            var xhd = (l / 2) - headL;
            t.Tube(Aluminium, x0, -12.7, xhd - x0 + 6, 25.4, 2.2);
            t.Poly(Aluminium, 2 * 2.5, (xhd, -12.7), (xhd + 14, -hd / 2), (l / 2, -hd / 2), (l / 2, hd / 2), (xhd + 14, hd / 2), (xhd, 12.7));
            t.Line(Aluminium, hd * 0.8 * 0.6, 3, false, (xhd + 14, -hd / 2), (l / 2, -hd / 2));
            t.Line(Aluminium, hd * 0.8 * 0.6, 3, false, (xhd + 14, hd / 2), (l / 2, hd / 2));
            t.Rect(Aluminium, hd * 0.8, (l / 2) - 5, -hd / 2, 5, hd);
            t.Rect(Aluminium, 2 * 3, x0, -12.7, 18, 25.4);
            t.Rect(Aluminium, 20, x0, -12.7, 5, 25.4);
            t.Ellipse(Organic, 10 * 1.1, x0 + 2, 0, 5, 8);
            var breech = x0 + 30;
            t.Tube(Steel, breech, -bod / 2, (l / 2) - breech, bod, nine ? 3.5 : 3.5);
            t.Cylinder(Steel, breech - 12, -10, 14, 20, 0.9);
            t.Cylinder(Steel, x0 + 8, -3, breech - x0 - 6, 6, 0.8);
            t.Line(Steel, 1.3, 1.2, false, Zigzag(x0 + 20, breech - 14, -5, 4, 10));
            t.Ellipse(Steel, 22, x0 + 15, -7, 1.5, 1.5);
            if (Chance(0.8))
            {
                if (nine)
                {
                    CartridgeSide(new Turned(pen, breech + 2 + 14.8, 0, 0), 19.15, 9.93, 9.96, 10.5, 9.02, jacketed: true, Brass);
                }
                else
                {
                    CartridgeSide(new Turned(pen, breech + 2 + 12.7, 0, 0), 15.6, 5.7, 6.9, 9.8, 5.7, jacketed: false, Brass);
                }
            }

            if (lanyard)
            {
                var loop = Enumerable.Range(0, 24).Select(i => 2 * Math.PI * i / 24).Select(a => (x0 - 20 - (18 * Math.Cos(a)), 9 * Math.Sin(a))).ToArray();
                t.Line(Organic, 4 * 1.15 * 0.8, 4, true, loop);
            }

            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>
        /// A metal band round a phone's rim drawn as it is made, in pieces: the outline resampled along its length and left open for
        /// <paramref name="gap"/> mm at each of <paramref name="breaks"/> (fractions of the way round), where plastic fills the antenna
        /// slots.
        /// </summary>
        private static void BandWithBreaks(Turned part, Material m, double t, double width, (double X, double Y)[] outline, double gap, params double[] breaks)
        {
            var lengths = new double[outline.Length + 1];
            for (var i = 0; i < outline.Length; i++)
            {
                var (a, b) = (outline[i], outline[(i + 1) % outline.Length]);
                lengths[i + 1] = lengths[i] + Math.Sqrt(((b.X - a.X) * (b.X - a.X)) + ((b.Y - a.Y) * (b.Y - a.Y)));
            }

            var total = lengths[^1];
            (double X, double Y) At(double s)
            {
                s = ((s % total) + total) % total;
                var i = Math.Clamp(Array.FindLastIndex(lengths, v => v <= s), 0, outline.Length - 1);
                var (a, b) = (outline[i], outline[(i + 1) % outline.Length]);
                var f = (s - lengths[i]) / Math.Max(1e-9, lengths[i + 1] - lengths[i]);
                return (a.X + ((b.X - a.X) * f), a.Y + ((b.Y - a.Y) * f));
            }

            var cuts = breaks.Select(f => f * total).Order().ToArray();
            for (var k = 0; k < cuts.Length; k++)
            {
                var from = cuts[k] + (gap / 2);
                var to = (k + 1 < cuts.Length ? cuts[k + 1] : cuts[0] + total) - (gap / 2);
                var steps = Math.Max(2, (int)((to - from) / 3));
                part.Line(m, t, width, false, [.. Enumerable.Range(0, steps + 1).Select(j => At(from + ((to - from) * j / steps)))]);
            }
        }

        /// <summary>
        /// A phone with a polished stainless-steel band (iPhone X to 14 Pro class): 143.6–147.5 × 70.9–71.5 mm or 157.5–158 × 77.4–77.8
        /// mm, 7.4–8.1 mm thick; the band 1.4 mm thick all round the rim (its full height crossed edge-on), broken by four to six plastic
        /// antenna slots; glass front and back, the OLED's thin backing, a steel inner plate, an L-shaped two-cell battery with the stacked
        /// board in the corner of the L, or a rectangular cell with the board beside it and a ring of MagSafe magnets round the charging
        /// coil; the Taptic Engine's steel mass, the speaker, the Face ID modules, two or three camera modules, the port and the SIM tray;
        /// bare, in a silicone case, or in a leather folio with its card pocket.
        /// </summary>
        private PixelBox SteelFramePhone(double scale)
        {
            var model = random.Next(3);
            var (l, w, depth) = model switch
            {
                0 => (U(143.6, 144), U(70.9, 71.4), U(7.7, 8.1)),
                1 => (U(157.5, 158), U(77.4, 77.8), U(7.7, 8.1)),
                _ => (U(146.7, 147.5), 71.5, U(7.4, 7.85)),
            };
            var flat = model == 2;
            var r = flat ? 9.0 : 10.0;
            var casing = random.Next(10) switch
            {
                < 5 => 0,
                < 8 => 1,
                _ => 2,
            };
            var pen = Lay((-l / 2) - 3, (-w / 2) - 3, (l / 2) + 3, casing == 2 ? (1.5 * w) + 8 : (w / 2) + 3, scale);
            var p = new Turned(pen, 0, 0, 0);
            RoundedRect(p, Glass, 1.3, -l / 2, -w / 2, l, w, r);
            var outline = RoundedOutline((-l / 2) + 0.7, (-w / 2) + 0.7, l - 1.4, w - 1.4, r - 0.7);
            var breaks = random.Next(4, 7);
            BandWithBreaks(p, Steel, depth * 0.85, 1.4, outline, 1.5, [.. Enumerable.Range(0, breaks).Select(i => ((i * 1.0 / breaks) + U(0.02, 0.08)) % 1)]);
            p.Rect(Steel, 0.1, (-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6);
            p.Rect(Organic, 0.5, (-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6);
            p.Rect(Steel, 0.25, (-l / 2) + 5, (-w / 2) + 4, l - 10, w - 8);
            if (flat)
            {
                var (cl, cw) = (U(86, 90), U(42, 45));
                PouchPack(p, (-l / 2) + 12, (w / 2) - 5 - cw, cl, cw, 4.4);
                p.Rect(Mixed, 2 * 1.6, (-l / 2) + 10, (-w / 2) + 5, l - 22, w - 11 - cw);
                p.Rect(Brass, 0.25, (-l / 2) + 10, (-w / 2) + 5, l - 22, w - 11 - cw);
                p.Rect(Mixed, 2 * 1.6, (l / 2) - 38, (-w / 2) + 5, 30, w - 10);
                var (mx, my) = (U(-10, -4), 0.0);
                for (var i = 0; i < 18; i++)
                {
                    var a = 2 * Math.PI * i / 18;
                    var mag = new Turned(pen, mx + (26.5 * Math.Cos(a)), my + (26.5 * Math.Sin(a)), a + (Math.PI / 2));
                    mag.Rect(Steel, 1.3, -3.8, -1.5, 7.6, 3);
                }

                p.Rect(Steel, 1.3, mx - 5, my + 30, 10, 3);
                p.Ring(Brass, 0.3, 12, mx, my, 18, 18);
            }
            else
            {
                var arm = U(88, 94);
                PouchPack(p, (-l / 2) + 10, (w / 2) - 34, arm, 29, 4.2);
                PouchPack(p, (-l / 2) + 10, (-w / 2) + 6, 30, w - 42, 4.2);
                var bx = (-l / 2) + 44;
                p.Rect(Mixed, 2 * 1.6, bx, (-w / 2) + 5, (l / 2) - 8 - bx, w - 41);
                p.Rect(Brass, 0.25, bx, (-w / 2) + 5, (l / 2) - 8 - bx, w - 41);
                p.Ring(Brass, 0.3, 11, -8, 4, 17, 17);
            }

            for (var i = random.Next(3, 7); i > 0; i--)
            {
                p.Rect(Steel, 0.4, U(0, (l / 2) - 18), U((-w / 2) + 6, 0), U(5, 10), U(4, 8));
            }

            p.Rect(Steel, 3, (-l / 2) + 4, (-w / 2) + 7, 30, 10);
            p.Rect(Steel, 2, (-l / 2) + 3, (w / 2) - 18, 13, 10);
            p.Rect(Steel, 2.2, (-l / 2) + 0.5, -4.5, 5, 9);
            p.Rect(Steel, 0.8, U(-20, 10), (w / 2) - 4.5, 16, 4);
            p.Rect(Steel, 1.5, (l / 2) - 9, -13, 6, 26);
            p.Rect(Steel, 2.5, (l / 2) - 9, 6, 6, 7);
            var cams = model == 0 && Chance(0.4) ? 2 : 3;
            (double X, double Y)[] spots = [(-7, -7), (7, -7), (0, 6)];
            for (var i = 0; i < cams; i++)
            {
                var (cx, cy) = ((l / 2) - 18 + spots[i].X, (-w / 2) + 18 + spots[i].Y);
                p.Ring(Steel, 1.8, 1.2, cx, cy, 5.5, 5.5);
                p.Ellipse(Glass, 4, cx, cy, 4.2, 4.2);
                p.Rect(Steel, 1.5, cx - 6, cy - 6, 12, 2);
                p.Rect(Mixed, 1, cx - 4, cy - 4, 8, 8);
            }

            if (casing == 1)
            {
                RoundedRect(p, Silicone, 2 * 1.0, (-l / 2) - 1.5, (-w / 2) - 1.5, l + 3, w + 3, r + 1.5);
                p.Line(Silicone, 10, 1.2, true, RoundedOutline((-l / 2) - 0.9, (-w / 2) - 0.9, l + 1.8, w + 1.8, r + 0.9));
            }
            else if (casing == 2)
            {
                // The folio open flat: the phone's shell, the spine and the front cover beside it with its card pocket and magnet clasp.
                RoundedRect(p, Organic, 2 * 1.3 * 0.9, (-l / 2) - 2, (-w / 2) - 2, l + 4, w + 4, r + 2);
                p.Rect(Organic, 4 * 1.3 * 0.9, (-l / 2) - 2, (w / 2) + 2, l + 4, 6);
                RoundedRect(p, Organic, 2 * 1.3 * 0.9, (-l / 2) - 2, (w / 2) + 8, l + 4, w - 2, 4);
                p.Rect(Organic, 3 * 0.8 * 0.9, (-l / 2) + 10, (w / 2) + 14, l * 0.55, w * 0.5);
                p.Rect(Steel, 2, (l / 2) - 12, (w / 2) + 8 + (w / 2) - 8, 6, 12);
            }

            return pen.Box;
        }

        /// <summary>
        /// A satellite phone (Iridium 9555 / Extreme, Thuraya class): 128–143 × 53–60 mm and 22–30 mm thick, a polycarbonate-ABS shell
        /// (2 mm walls) in a rubber overmould, a magnesium inner chassis (1.2 mm), the transceiver in a die-cast aluminium shield, a
        /// 2400–3500 mAh removable Li-ion pack in the back, a monochrome display and a rubber keypad over its steel snap domes, the
        /// earpiece; its stub antenna (a copper quadrifilar helix on a plastic former in a 12–18 mm radome, 90–118 mm long, on a metal
        /// hinge) folded down along the body or turned up and out; a brass connector for an external antenna on some; in a nylon
        /// holster with its steel clip on some.
        /// </summary>
        private PixelBox SatellitePhone(double scale)
        {
            var (l, w, depth, al, ad) = random.Next(3) switch
            {
                0 => (143.0, 55.0, 30.0, 118.0, 17.0),
                1 => (140.0, 60.0, 27.0, 110.0, 18.0),
                _ => (128.0, 53.0, 22.0, 90.0, 12.0),
            };
            var up = Chance(0.3);
            var holster = Chance(0.25);
            var pen = Lay((-l / 2) - 3, (-w / 2) - (holster ? 6 : 3), (l / 2) + (up ? al : 3) + 2, (w / 2) + (holster ? 6 : 3), scale);
            var p = new Turned(pen, 0, 0, 0);
            const double r = 10;
            RoundedRect(p, Organic, 2 * 2 * 1.2, -l / 2, -w / 2, l, w, r);
            p.Line(Organic, depth * 1.15 * 0.8, 3, true, RoundedOutline((-l / 2) + 1.5, (-w / 2) + 1.5, l - 3, w - 3, r - 1.5));
            RoundedRect(p, Aluminium, 1.2 * 0.65, (-l / 2) + 4, (-w / 2) + 4, l - 8, w - 8, r - 4);
            var tx = (l / 2) - 70;
            p.Rect(Aluminium, 2 * 1.2, tx, (-w / 2) + 6, 60, w - 12);
            p.Line(Aluminium, 8 * 0.8, 1.5, true, (tx, (-w / 2) + 6), (tx + 60, (-w / 2) + 6), (tx + 60, (w / 2) - 6), (tx, (w / 2) - 6));
            p.Rect(Mixed, 1.6, tx + 2, (-w / 2) + 8, 56, w - 16);
            for (var i = random.Next(5, 10); i > 0; i--)
            {
                p.Rect(Steel, 0.5, U(tx + 3, tx + 50), U((-w / 2) + 9, (w / 2) - 16), U(3, 8), U(3, 8));
            }

            var bl = l * U(0.42, 0.48);
            PouchPack(p, (-l / 2) + 8, (-w / 2) + 7, bl, w - 14, Math.Min(9, depth * 0.35));
            p.Rect(Organic, 2 * 0.8 * 1.2, (-l / 2) + 6, (-w / 2) + 5, bl + 4, w - 10);
            for (var i = 0; i < 3; i++)
            {
                p.Rect(Brass, 0.5, (-l / 2) + 8 + bl, -6 + (i * 5), 3, 3);
            }

            for (var row = 0; row < 5; row++)
            {
                for (var col = 0; col < 3; col++)
                {
                    var (kx, ky) = ((-l / 2) + 12 + (row * 11), (-w / 2) + (w * (col + 1) / 4));
                    p.Rect(Organic, 3 * 1.2, kx - 4, ky - 3.5, 8, 7);
                    p.Ellipse(Steel, 0.1, kx, ky, 2.5, 2.5);
                }
            }

            p.Rect(Glass, 2 * 0.7, tx - 4, (-w / 2) + 8, 44, w - 16);
            p.Ellipse(Steel, 2.5, (l / 2) - 8, 0, 6, 6);
            if (Chance(0.4))
            {
                p.Cylinder(Brass, (l / 2) - 9, (-w / 2) + 6, 9, 10, 0.55);
            }

            var hingeX = (l / 2) - 6;
            var hingeY = (w / 2) - (ad / 2) - 2;
            p.Rect(Brass, 7, hingeX - 6, hingeY - (ad / 2), 12, ad);
            var ant = new Turned(pen, hingeX, hingeY, up ? 0 : Math.PI);
            ant.Tube(Organic, 4, -ad / 2, al - 4, ad, 1.5 * 1.2);
            ant.Tube(Organic, 6, (-ad / 2) + 2.5, al - 12, ad - 5, 0.8 * 1.2);
            ant.Line(Brass, 0.2, 0.6, false, Zigzag(8, al - 8, (-ad / 2) + 3, 12, ad - 6));
            ant.Line(Brass, 0.2, 0.6, false, Zigzag(14, al - 8, (-ad / 2) + 3, 12, ad - 6));
            ant.Rect(Organic, ad * 0.8 * 1.2, al - 4, -ad / 2, 4, ad);
            if (holster)
            {
                RoundedRect(p, Organic, 2 * 2 * 1.14, (-l / 2) - 4, (-w / 2) - 4, l * 0.8, w + 8, 8);
                p.Rect(Steel, 1.2, -20, -12, 50, 24);
            }

            return pen.Box;
        }

        /// <summary>
        /// A phone still held in the clamp of a selfie stick: the stick collapsed (a foam or rubber grip over six to eight telescoping
        /// tubes of 0.4–0.5 mm aluminium or 0.3 mm stainless, 18–20 mm down to 8–9 mm across, nested within the outer one) or drawn out to
        /// 350–600 mm, a wrist strap; on some a tripod base whose three aluminium legs fold round the grip; the head a spring-loaded ABS
        /// clamp (its steel spring and rubber pads) on a zinc-alloy swivel with a steel ¼-20 screw; the phone (aluminium-framed glass
        /// slab, 146–165 × 71–77 × 7.8–8.9 mm) across the clamp or along the stick.
        /// </summary>
        private PixelBox SelfieStickPhone(double scale)
        {
            var sections = random.Next(6, 9);
            var lc = U(180, 210);
            var extended = Chance(0.2);
            var ls = extended ? U(350, 600) : lc;
            var stainless = Chance(0.35);
            var tripod = Chance(0.4);
            var (pl, pw, pd) = (U(146, 165), U(71, 77), U(7.8, 8.9));
            var across = Chance(0.6);
            var headX = ls + 10;
            var (phx, phy) = across ? (pw / 2, pl / 2) : (pl / 2, pw / 2);
            var pen = Lay(-26, -Math.Max(phy, 22) - 2, headX + phx + 2, Math.Max(phy, 22) + 2, scale);
            var s = new Turned(pen, 0, 0, 0);
            var od = U(18, 20);
            var id = U(8, 9);
            var step = (ls - 25) / Math.Max(1, sections - 1);
            for (var i = 0; i < sections; i++)
            {
                var d = od - ((od - id) * i / (sections - 1));
                var start = extended ? i * step * 0.85 : i * 2.0;
                var end = extended ? Math.Min(ls, start + lc) : lc - (i * 1.5);
                s.Tube(stainless ? Steel : Aluminium, start, -d / 2, end - start, d, stainless ? 0.3 : 0.45);
            }

            s.Cylinder(Organic, 2, -14, 115, 28, 0.3);
            s.Rect(Organic, 28 * 1.05 * 0.8, -6, -14, 8, 28);
            s.Line(Organic, 2 * 1.2 * 0.9, 8, true, (-6, -6), (-20, -12), (-20, 12), (-6, 6));
            if (tripod)
            {
                foreach (var y in new[] { -9.0, 0, 9 })
                {
                    s.Tube(Aluminium, 4, y - 4, 120, 8, 0.8);
                }

                s.Rect(Organic, 24 * 1.05, 118, -16, 14, 32);
            }

            s.Rect(ZincAlloy, 10, ls - 6, -8, 16, 16);
            s.Cylinder(Steel, ls + 6, -3.2, 8, 6.4, 0.8);
            var clampSpan = pw + 14;
            var clamp = new Turned(pen, headX, 0, across ? Math.PI / 2 : 0);
            clamp.Rect(Organic, 2 * 2 * 1.05, -clampSpan / 2, -12, clampSpan, 24);
            clamp.Line(Organic, 14 * 1.05, 2, true, (-clampSpan / 2, -12), (clampSpan / 2, -12), (clampSpan / 2, 12), (-clampSpan / 2, 12));
            clamp.Line(Steel, 1.4, 1.2, false, Zigzag(-clampSpan / 4, clampSpan / 4, -4, 4, 8));
            clamp.Rect(Silicone, 8, (-clampSpan / 2) - 2, -10, 4, 20);
            clamp.Rect(Silicone, 8, (clampSpan / 2) - 2, -10, 4, 20);
            pen.Item(() => SmartHandset(new Turned(pen, headX, 0, across ? Math.PI / 2 : 0), pl, pw, pd, Aluminium, 2));
            return pen.Box;
        }

        /// <summary>
        /// A phone hidden in a stick deodorant: an oval polypropylene case (105–125 mm tall, 45–55 × 28–35 mm across, 1.2 mm walls at
        /// about 0.9 g/cm³) with its twist knob, screw spindle, elevator and cap, the stick (about 1.0 g/cm³; an antiperspirant's carries
        /// aluminium-zirconium salts, a little zirconium in every millimetre) carved out from the middle and a thumb-sized phone wrapped
        /// in cling film pushed into the hollow, the stick's top left in place; lying on its broad side.
        /// </summary>
        private PixelBox PhoneInDeodorant(double scale)
        {
            var ls = U(105, 125);
            var a = U(45, 55);
            var b = U(28, 35);
            var anti = Chance(0.6);
            var (pl, pw, pdp) = ls >= 113 && Chance(0.5) ? (U(64, 70), U(21, 23), U(11, 12.5)) : (U(46, 52), U(20, 22), U(10, 12));
            var pen = Lay((ls / 2) + 3, (a / 2) + 3, scale);
            var d = new Turned(pen, 0, 0, 0);
            var x0 = -ls / 2;
            var x1 = ls / 2;
            RoundedRect(d, Organic, 2 * 1.2 * 0.9, x0, -a / 2, ls, a, 8);
            d.Line(Organic, 2 * Math.Sqrt(b * 1.2) * 0.9, 1.2, true, RoundedOutline(x0 + 0.6, (-a / 2) + 0.6, ls - 1.2, a - 1.2, 7.5));
            d.Rect(Organic, b * 0.9 * 0.55, x0, (-a / 2) + 4, 12, a - 8);
            d.Rect(Organic, 2 * 1.2 * 0.9, x1 - 25, (-a / 2) - 1, 25, a + 2);
            d.Rect(Organic, b * 0.9 * 0.8, x1 - 1.2, (-a / 2) + 2, 1.2, a - 4);
            var xp = x0 + 14 + U(0, 4);
            d.Rect(Organic, b * 0.9 * 0.8, xp, (-a / 2) + 2, 2, a - 4);
            d.Cylinder(Organic, x0 + 8, -3, xp - x0 - 4 + 20, 6, 0.9);
            var top = x1 - 4;
            var cavity0 = Math.Max(xp + 3, top - 12 - pl - 6);
            var cavity1 = top - 12;
            void Stick(double from, double to, double share)
            {
                if (to - from < 0.5)
                {
                    return;
                }

                d.Cylinder(Organic, from, (-a / 2) + 1.5, to - from, a - 3, share * (b - 3) / (a - 3));
                if (anti)
                {
                    d.Cylinder(Steel, from, (-a / 2) + 1.5, to - from, a - 3, share * 0.01 * (b - 3) / (a - 3));
                }
            }

            Stick(xp + 2, cavity0, 1.0);
            Stick(cavity0, cavity1, U(0.3, 0.45));
            Stick(cavity1, top, 1.0);
            var phone = new Turned(pen, (cavity0 + cavity1) / 2, U(-1.5, 1.5), (Chance(0.5) ? 0 : Math.PI) + U(-0.05, 0.05));
            pen.Item(() =>
            {
                phone.Rect(Organic, 2 * 8 * 0.012 * 0.92, (-pl / 2) - 2, (-pw / 2) - 2, pl + 4, pw + 4);
                ThumbHandset(phone, pl, pw, pdp);
            });
            return pen.Box;
        }

        /// <summary>
        /// A phone hidden in a pair of wired over-ear headphones folded flat: a spring-steel headband (0.8 × 14 mm, crossed along its
        /// width) in its padding, steel slider rails and aluminium yokes, two ABS earcups (2 mm shells, 72 × 88 mm) with their PU-foam
        /// cushions; in one cup (or both) the 40 mm driver and its magnet taken out and a thumb-sized phone put in its place; the other
        /// cup's driver (its neodymium magnet, steel pot and plate) left in; the cord coiled beside them with its 3.5 mm plug.
        /// </summary>
        private PixelBox PhoneInHeadphones(double scale)
        {
            var rb = U(75, 90);
            const double cy = 10;
            var both = Chance(0.3);
            var cupY = cy + 40;
            var cupX = (rb * 0.94) - 4;
            var pen = Lay(-cupX - 42, cy - rb - 9, cupX + 42, cupY + 48, scale);
            var h = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] band = [.. Enumerable.Range(0, 25).Select(i => Math.PI * (1.11 + (0.78 * i / 24))).Select(t => (rb * Math.Cos(t), cy + (rb * Math.Sin(t))))];
            h.Line(Steel, 14, 0.8, false, band);
            h.Line(Organic, 14 * 0.3, 12, false, band);
            var phoneSide = Chance(0.5) ? -1.0 : 1.0;
            foreach (var side in new[] { -1.0, 1.0 })
            {
                var (ex, ey) = (side * rb * Math.Cos(Math.PI * 0.11), cy - (rb * Math.Sin(Math.PI * 0.11)));
                h.Line(Steel, 2 * 3, 2, false, (ex, ey), (side * cupX, cupY - 46));
                h.Line(Aluminium, 2 * 6, 4, false, (side * (cupX - 34), cupY - 30), (side * cupX, cupY - 46), (side * (cupX + 36), cupY - 28));
                var cup = new Turned(pen, side * cupX, cupY, 0);
                cup.Ellipse(Organic, 2 * 2 * 1.05, 0, 0, 36, 44);
                cup.Ring(Organic, 30 * 1.05 * 0.6, 2, 0, 0, 35, 43);
                cup.Ring(Organic, (20 * 0.12) + (2 * 0.5 * 1.2), 12, 0, 0, 28, 36);
                cup.Ellipse(Organic, 2 * 1.05, 0, 0, 27, 35);
                if (side == phoneSide || both)
                {
                    var (pl, pw) = Chance(0.6) ? (U(64, 70), U(21, 23)) : (U(46, 52), U(20, 22));
                    pen.Item(() => ThumbHandset(new Turned(pen, side * cupX, cupY + U(-4, 4), (Math.PI / 2) + U(-0.3, 0.3)), pl, pw, U(10, 12)));
                }
                else
                {
                    cup.Ring(Organic, 3 * 1.05, 2, 0, 0, 20, 20);
                    cup.Ellipse(Organic, 0.5, 0, 0, 19, 19);
                    cup.Ellipse(Steel, 5.5, 0, 0, 8, 8);
                    cup.Ring(Steel, 4, 1.5, 0, 0, 9.5, 9.5);
                }
            }

            var coil = new Turned(pen, 0, cupY - 4, U(0, Math.PI));
            var loops = random.Next(2, 5);
            for (var i = 0; i < loops; i++)
            {
                var rr = U(16, 22);
                coil.Ring(Organic, 3 * 1.2 * 0.8, 3, U(-3, 3), U(-3, 3), rr, rr * U(0.8, 1.0));
                coil.Ring(Brass, 0.3, 0.8, U(-3, 3), U(-3, 3), rr, rr * 0.9);
            }

            coil.Rect(Brass, 3.5 * 0.8, 20, -1.75, 14, 3.5);
            coil.Rect(Organic, 10 * 1.1, 6, -5, 14, 10);
            return pen.Box;
        }

        // ---- ammunition -----------------------------------------------------------------------

        /// <summary>
        /// A shooter's cartridge belt folded in two or three runs: a leather belt (3.5 mm at about 0.9 g/cm³) or a canvas one (2.5 mm, about
        /// 0.6) 55–65 mm wide with a loop every 26–28 mm (a 2 mm leather or elastic strap round each cartridge), its steel buckle; in the
        /// loops, half to all of them filled, 12-bore (20.6 mm) or 20-bore (18.5 mm) cartridges 67.5–70 mm long, lying across the belt
        /// with their heads out past one edge: brass heads, plastic hulls, 24–32 g of lead shot each.
        /// </summary>
        private PixelBox CartridgeBelt(double scale)
        {
            var runs = random.Next(2, 4);
            var runL = U(260, 320);
            var bw = U(55, 65);
            var leather = Chance(0.6);
            var belt = leather ? 3.5 * 0.9 : 2.5 * 0.6;
            var twelve = Chance(0.75);
            var (d, len, grams) = twelve ? (20.6, Chance(0.5) ? 70.0 : 67.5, U(28, 32)) : (18.5, 70.0, U(24, 28));
            var fill = U(0.5, 1.0);
            const double pitchY = 88;
            var yTop = -(runs - 1) * pitchY / 2;
            var pen = Lay((-runL / 2) - 52, yTop - (bw / 2) - 10, (runL / 2) + 34, -yTop + 40, scale);
            var b = new Turned(pen, 0, 0, 0);
            for (var run = 0; run < runs; run++)
            {
                var y = yTop + (run * pitchY);
                b.Rect(Organic, belt, -runL / 2, y - (bw / 2), runL, bw);
                b.Line(Organic, belt * 2, 2, false, (-runL / 2, y - (bw / 2)), (runL / 2, y - (bw / 2)));
                b.Line(Organic, belt * 2, 2, false, (-runL / 2, y + (bw / 2)), (runL / 2, y + (bw / 2)));
                if (run + 1 < runs)
                {
                    var fx = run % 2 == 0 ? runL / 2 : -runL / 2;
                    var dir = run % 2 == 0 ? 1 : -1;
                    b.Poly(Organic, belt * 2, (fx, y - (bw / 2)), (fx + (dir * 30), y + (pitchY / 2) - (bw / 2)), (fx + (dir * 30), y + (pitchY / 2) + (bw / 2)), (fx, y + pitchY + (bw / 2)), (fx, y + pitchY - (bw / 2)));
                }

                var pitch = U(26, 28);
                for (var x = (-runL / 2) + 20; x < (runL / 2) - 14; x += pitch)
                {
                    b.Rect(Organic, 2 * 2 * 0.9, x - 12, y - (bw / 2) + 8, 24, bw - 16);
                    if (!Chance(fill))
                    {
                        continue;
                    }

                    var shell = new Turned(pen, x, y - (bw / 2) - 6, Math.PI / 2);
                    pen.Item(() => ShotShell(shell, 0, 0, len, d, U(8, 16), grams));
                }
            }

            var bx = (-runL / 2) - 44;
            b.Line(Steel, 4 * 0.8, 4, true, (bx, yTop - (bw / 2) - 3), (bx + 40, yTop - (bw / 2) - 3), (bx + 40, yTop + (bw / 2) + 3), (bx, yTop + (bw / 2) + 3));
            b.Line(Steel, 3 * 0.8, 3, false, (bx + 6, yTop), (bx + 44, yTop));
            b.Rect(Organic, belt * 2, bx + 30, yTop - (bw / 2), 20, bw);
            return pen.Box;
        }

        // ---- SIM cards ------------------------------------------------------------------------

        /// <summary>
        /// SIMs hidden among capsules in blister strips: two or three strips (95–105 × 45–52 mm) of PVC (0.25 mm, about 1.38 g/cm³)
        /// thermoformed into ten or fourteen capsule pockets (23 × 9 mm, 7 mm deep) under 20 µm aluminium foil, the capsules (a gelatin
        /// shell round about 0.6 g/cm³ of powder) in most pockets and in one to four a nano SIM or a SIM's chip module cut from its
        /// carrier; the strips stacked in their opened carton (0.4 mm folding board, about 0.75 g/cm³) with its folded leaflet, or loose.
        /// </summary>
        private PixelBox SimsInBlisterPack(double scale)
        {
            var strips = random.Next(2, 4);
            var cols = Chance(0.5) ? 5 : 7;
            var sl = cols == 5 ? U(95, 100) : U(100, 105);
            var sw = U(45, 52);
            var carton = Chance(0.6);
            var pen = Lay((sl / 2) + 10, (sw / 2) + 10, scale);
            if (carton)
            {
                var c = new Turned(pen, 0, 0, 0);
                c.Rect(Organic, 2 * 0.4 * 0.75, (-sl / 2) - 6, (-sw / 2) - 5, sl + 12, sw + 10);
                c.Line(Organic, 22 * 0.75 * 0.4 / 0.8, 0.8, true, ((-sl / 2) - 6, (-sw / 2) - 5), ((sl / 2) + 6, (-sw / 2) - 5), ((sl / 2) + 6, (sw / 2) + 5), ((-sl / 2) - 6, (sw / 2) + 5));
                c.Rect(Organic, 8 * 0.06 * 0.8, (-sl / 2) - 2, (-sw / 2) - 2, sl * 0.8, sw * 0.9);
            }

            var places = Enumerable.Range(0, strips * cols * 2).OrderBy(_ => random.Next()).Take(random.Next(1, 5)).ToHashSet();
            for (var s = 0; s < strips; s++)
            {
                var (ox, oy, oa) = (U(-3, 3), U(-3, 3), U(-0.04, 0.04) + (Chance(0.5) ? 0 : Math.PI));
                var strip = new Turned(pen, ox, oy, oa);
                strip.Rect(Organic, 0.25 * 1.38, -sl / 2, -sw / 2, sl, sw);
                strip.Rect(Aluminium, 0.02, -sl / 2, -sw / 2, sl, sw);
                for (var col = 0; col < cols; col++)
                {
                    for (var row = 0; row < 2; row++)
                    {
                        var (px, py) = ((-sl / 2) + ((col + 0.5) * sl / cols), (row == 0 ? -1 : 1) * sw / 4);
                        var pocket = RoundedOutline(px - 4.5, py - 11.5, 9, 23, 4.5);
                        strip.Poly(Organic, 2 * 0.25 * 1.38, pocket);
                        strip.Line(Organic, 7 * 1.38 * 0.25 / 0.8, 0.8, true, pocket);
                        if (places.Contains((s * cols * 2) + (col * 2) + row))
                        {
                            var (l, w) = Chance(0.6) ? (12.3, 8.8) : (11.2, 8.2);
                            var (sx, sy) = Moved(ox, oy, oa, px, py + U(-5, 5));
                            pen.Item(() => SimChip(new Turned(pen, sx, sy, oa + (Math.PI / 2) + (Chance(0.5) ? 0 : Math.PI)), l, w));
                        }
                        else if (!Chance(0.1))
                        {
                            RoundedRect(strip, Organic, (2 * 0.1 * 1.35) + (7 * 0.6 * 0.8), px - 3.8, py - 10.8, 7.6, 21.6, 3.8);
                        }
                    }
                }
            }

            return pen.Box;
        }

        // ---- syringes -------------------------------------------------------------------------

        /// <summary>
        /// A reusable veterinary syringe for livestock: either a ring-handled one (10, 20 or 30 ml; a borosilicate barrel 18–26 mm across
        /// with 1.5 mm walls, 60–80 mm long, held between chrome-plated brass end caps by three brass tie rods; a steel plunger rod with its
        /// brass dose nut and thumb ring, a rubber-and-brass piston, two brass finger rings; part full of liquid) or a pistol-grip
        /// continuous injector (a cast aluminium body and grip, a steel trigger lever and return spring, a 2–5 ml glass barrel in a brass
        /// frame, the valve block with its steel balls and spring, a silicone draw-off tube); a Luer-lock brass hub and a 1.2–1.6 × 25–40 mm
        /// steel needle, capped or bare; a card of spare needles beside it on some.
        /// </summary>
        private PixelBox VeterinarySyringe(double scale)
        {
            var pistolGrip = Chance(0.45);
            var spares = Chance(0.35);
            var needle = U(25, 40);
            var gauge = U(1.2, 1.6);
            PixelBox Needle(Pen pen, Turned s, double xn)
            {
                s.Tube(Brass, xn, -5, 8, 10, 0.8);
                s.Cylinder(Brass, xn + 6, -3.5, 8, 7, 0.7);
                s.Line(Steel, gauge * 0.5, gauge, false, (xn + 14, 0), (xn + 14 + needle, 0));
                if (Chance(0.5))
                {
                    s.Tube(Organic, xn + 10, -4, needle + 8, 8, 0.8 * 1.05);
                }

                return pen.Box;
            }

            if (!pistolGrip)
            {
                var (od, bl) = random.Next(3) switch
                {
                    0 => (18.0, 60.0),
                    1 => (22.0, 70.0),
                    _ => (26.0, 80.0),
                };
                var rod = bl + 30;
                var x0 = -(bl + rod + needle + 40) / 2;
                var xr = x0 + 14;
                var xb0 = xr + rod - bl + 10;
                var xf = xb0 + bl;
                var pen = Lay(x0 - 2, -(od / 2) - 30, xf + 32 + needle, (od / 2) + 30 + (spares ? 52 : 0), scale);
                var s = new Turned(pen, 0, 0, 0);
                s.Tube(Glass, xb0, -od / 2, bl, od, 1.5);
                var piston = xb0 + U(0.05, 0.7) * bl;
                s.Cylinder(Organic, piston + 8, (-od / 2) + 1.5, xf - piston - 8, od - 3, 1.0);
                s.Cylinder(Organic, piston, (-od / 2) + 1.5, 8, od - 3, 1.3);
                s.Cylinder(Brass, piston + 1, -4, 6, 8, 0.8);
                s.Cylinder(Steel, xr + 12, -3, piston - xr - 12, 6, 0.85);
                s.Rect(Brass, 8, xr + 20 + U(0, 30), -5, 6, 10);
                s.Ring(Brass, 2.4, 3, xr, 0, 12, 12);
                s.Tube(Brass, xb0 - 10, (-od / 2) - 2, 10, od + 4, 1.2);
                s.Rect(Brass, 0.75 * (od + 4), xb0 - 12, (-od / 2) - 2, 2, od + 4);
                foreach (var side in new[] { -1.0, 1.0 })
                {
                    s.Ring(Brass, 2.4, 3, xb0 - 6, side * ((od / 2) + 14), 11, 11);
                    s.Cylinder(Brass, xb0 - 2, (side * ((od / 2) + 2)) - 1.5, bl + 4, 3, 0.8);
                }

                s.Cylinder(Brass, xb0 - 2, -1.5, bl + 4, 3, 0.8);
                s.Tube(Brass, xf, (-od / 2) - 2, 12, od + 4, 1.2);
                s.Rect(Brass, 0.75 * (od + 4), xf + 10, (-od / 2) - 2, 2, od + 4);
                if (spares)
                {
                    SpareNeedles(new Turned(pen, xb0 + (bl / 2), (od / 2) + 38, 0), gauge);
                }

                return Needle(pen, s, xf + 12);
            }
            else
            {
                var bl = U(40, 55);
                var od = U(14, 18);
                var pen = Lay(-80, -(od / 2) - 12, 60 + bl + 42 + needle, 120, scale);
                var s = new Turned(pen, 0, 0, 0);
                (double X, double Y)[] body = [(-70, -12), (55, -12), (55, 14), (5, 20), (-10, 110), (-40, 112), (-42, 20), (-70, 12)];
                s.Poly(Aluminium, 2 * 2.5, body);
                s.Line(Aluminium, 22 * 0.8, 2.5, true, body);
                s.Poly(Steel, 4, (10, 16), (20, 18), (38, 100), (28, 104));
                s.Line(Steel, 1.2, 1.2, false, Zigzag(0, 30, 30, 5, 10));
                s.Rect(Brass, 10, 40, -10, 20, 22);
                for (var i = 0; i < 2; i++)
                {
                    Spheroid(s, Steel, 46 + (i * 7), 1, 1.6, 1.6, 3.2, 1);
                }

                s.Line(Steel, 1.0, 1.0, false, Zigzag(-60, 38, -2, 5, 6));
                s.Cylinder(Steel, -66, -2, 60, 4, 0.9);
                var xb0 = 60.0;
                s.Tube(Glass, xb0, -od / 2, bl, od, 1.2);
                s.Cylinder(Organic, xb0 + 3, (-od / 2) + 1.2, bl * U(0.3, 0.9), od - 2.4, 1.0);
                s.Line(Brass, 2.5, 2, false, (xb0, (-od / 2) - 1), (xb0 + bl, (-od / 2) - 1));
                s.Line(Brass, 2.5, 2, false, (xb0, (od / 2) + 1), (xb0 + bl, (od / 2) + 1));
                s.Tube(Brass, xb0 + bl, (-od / 2) - 2, 10, od + 4, 1.2);
                var tube = Enumerable.Range(0, 12).Select(i => i / 11.0).Select(f => (-42 - (f * 30), 30 + (f * 70) + (8 * Math.Sin(f * 6)))).ToArray();
                s.Line(Silicone, 2 * 1.5, 6, false, [(-42.0, 16.0), .. tube]);
                if (spares)
                {
                    SpareNeedles(new Turned(pen, 70, 60, 0), gauge);
                }

                return Needle(pen, s, xb0 + bl + 10);
            }
        }

        /// <summary>A card of three to six spare needles in their polypropylene sheaths, each a brass Luer hub and a 1.2–1.6 mm steel cannula, under a paper backing.</summary>
        private void SpareNeedles(Turned card, double gauge)
        {
            var n = random.Next(3, 7);
            card.Rect(Organic, 2 * 0.3 * 0.8, -28, -12, 56, (n * 8) + 4);
            for (var i = 0; i < n; i++)
            {
                var y = -8 + (i * 8);
                card.Rect(Brass, 3, -26, y - 2.5, 9, 5);
                card.Line(Steel, gauge * 0.5, gauge, false, (-17, y), (22, y));
                card.Rect(Organic, 2 * 0.7 * 0.9, -18, y - 3, 44, 6);
            }
        }

        // ---- lithium batteries ----------------------------------------------------------------

        /// <summary>
        /// One 18650 Li-ion cell seen end-on (its axis along the beam, <paramref name="length"/> mm deep): the 0.25 mm nickel-plated steel
        /// can crossed along its whole length at the rim, the two end caps, and the wound electrodes (cathode oxide and copper foil,
        /// graphite, aluminium foil and electrolyte) filling it.
        /// </summary>
        private static void CellEndOn(Turned part, double cx, double cy, double length)
        {
            part.Ring(Steel, length * 0.25, 1, cx, cy, 8.7, 8.7);
            part.Ellipse(Steel, 2 * 0.3, cx, cy, 9.2, 9.2);
            var core = length - 4;
            part.Ellipse(Steel, 0.1 * core, cx, cy, 8.4, 8.4);
            part.Ellipse(Mixed, 0.35 * core, cx, cy, 8.4, 8.4);
            part.Ellipse(Organic, 0.6 * core, cx, cy, 8.4, 8.4);
            part.Ellipse(Steel, 0.3, cx, cy, 1.5, 1.5);
        }

        /// <summary>
        /// A stack of <paramref name="stack"/> 18650 cells one over another to the beam, lying along their part's x from
        /// <paramref name="x"/>: each a 0.25 mm steel can round its wound electrodes, its positive cap at +x.
        /// </summary>
        private static void CellsSideOn(Turned part, double x, double y, double length, int stack)
        {
            const double d = 18.4;
            part.Tube(Steel, x, y - (d / 2), length, d, 0.25 * stack);
            part.Cylinder(Steel, x + 1, y - (d / 2) + 0.4, length - 3, d - 0.8, 0.1 * stack);
            part.Cylinder(Mixed, x + 1, y - (d / 2) + 0.4, length - 3, d - 0.8, 0.35 * stack);
            part.Cylinder(Organic, x + 1, y - (d / 2) + 0.4, length - 3, d - 0.8, 0.6 * stack);
            part.Rect(Steel, 0.8 * d * 0.3 * stack, x + length - 1.5, y - (d * 0.4), 1.5, d * 0.8);
        }

        /// <summary>
        /// An e-bike "downtube" battery taken off its frame: a 360–400 mm pack, 95–110 × 90–95 mm in section, an extruded aluminium shell
        /// (1.8 mm) on a plastic base with glass-filled nylon end caps, a carrying handle and a steel-and-brass lock cylinder (its key in
        /// it on some); inside, 36 V or 48 V of 18650 cells (ten or thirteen in series, four or five in parallel) in ABS holders joined by
        /// 0.15 mm nickel strips, the BMS board with its MOSFETs on an aluminium heat sink, heavy copper leads, the brass discharge blades
        /// and charge socket. Lying on its side (every cell end-on to the beam) or on its back (the cells across, stacked four or five deep).
        /// </summary>
        private PixelBox EBikeBattery(double scale)
        {
            var l = U(360, 400);
            var hgt = U(95, 110);
            var dep = U(90, 95);
            var series = Chance(0.6) ? 10 : 13;
            var parallel = hgt >= 105 && Chance(0.5) ? 5 : 4;
            var onSide = Chance(0.55);
            var w = onSide ? hgt : dep;
            var through = onSide ? dep : hgt;
            var pen = Lay((l / 2) + 3, (w / 2) + 3, scale);
            var b = new Turned(pen, 0, 0, 0);
            RoundedRect(b, Aluminium, 2 * 1.8, -l / 2, -w / 2, l, w, 12);
            b.Line(Aluminium, through * 0.8, 1.8, false, (-l / 2 + 30, -w / 2 + 0.9), (l / 2 - 30, -w / 2 + 0.9));
            b.Line(Organic, through * 1.05 * 0.8, 2.5, false, (-l / 2 + 30, w / 2 - 1.2), (l / 2 - 30, w / 2 - 1.2));
            foreach (var ex in new[] { -l / 2, (l / 2) - 30 })
            {
                b.Rect(Organic, 2 * 3 * 1.4, ex, -w / 2, 30, w);
                b.Rect(Organic, w * 0.8 * 1.4 * 0.3, ex + (ex < 0 ? 0 : 27), -w / 2, 3, w);
            }

            b.Rect(Organic, 2 * 3 * 1.05, (-l / 2) + 4, (-w / 2) - 1, 24, 16);
            const double pitch = 18.8;
            var x0 = (-l / 2) + 40;
            var span = parallel * pitch;
            var y0 = -span / 2;
            for (var c = 0; c < series; c++)
            {
                var cx = x0 + ((c + 0.5) * pitch);
                if (onSide)
                {
                    for (var r = 0; r < parallel; r++)
                    {
                        CellEndOn(b, cx, y0 + ((r + 0.5) * pitch), 65);
                    }

                    b.Rect(Steel, 2 * 0.15, cx - 4, y0, 8, span);
                }
                else
                {
                    var col = new Turned(pen, cx, 0, Math.PI / 2);
                    CellsSideOn(col, -32.5, 0, 65, parallel);
                    b.Rect(Steel, span * 0.15 / 1.0, cx - 4, -33.5, 8, 1);
                    b.Rect(Steel, span * 0.15 / 1.0, cx - 4, 32.5, 8, 1);
                }
            }

            var holderW = onSide ? span + 4 : 70;
            b.Rect(Organic, 2 * 3 * 1.05, x0 - 2, -holderW / 2, (series * pitch) + 4, holderW);
            var xe = x0 + (series * pitch) + 6;
            b.Rect(Mixed, 1.6, xe, -w * 0.3, 60, 45);
            b.Rect(Aluminium, 4, xe + 4, -w * 0.3, 52, 9);
            for (var i = random.Next(6, 11); i > 0; i--)
            {
                b.Rect(Steel, 1.2, U(xe + 2, xe + 52), U(-w * 0.2, w * 0.1), 6, 5);
            }

            b.Line(Brass, 2 * 1.2, 2.5, false, (x0, (-w / 2) + 6), (xe + 10, (-w / 2) + 6), (xe + 20, -w * 0.3));
            b.Line(Brass, 2 * 1.2, 2.5, false, (xe - 8, (w / 2) - 6), (xe + 40, (w / 2) - 6), (xe + 50, (w * 0.15) + 4));
            b.Rect(Brass, 2 * 1.5, (l / 2) - 26, (w / 2) - 16, 20, 4);
            b.Rect(Brass, 2 * 1.5, (l / 2) - 26, (w / 2) - 8, 20, 4);
            b.Cylinder(Brass, (-l / 2) + 6, -10, 22, 14, 0.7);
            if (Chance(0.5))
            {
                b.Rect(Brass, 2, (-l / 2) + 2, -6, 10, 12);
                b.Ring(Brass, 2, 4, (-l / 2) + 10, -20, 8, 6);
            }

            return pen.Box;
        }

        // ---- tools ----------------------------------------------------------------------------

        /// <summary>
        /// A corded rotary tool (the Dremel 3000 class), 190–230 mm long and 50 mm across the grip: a glass-filled nylon housing (2.5 mm
        /// walls) round a universal motor (a laminated steel stator with its copper field coils, the armature on its steel shaft, the copper
        /// commutator and carbon brushes, two ball bearings, the fan), a steel collet nut and collet at the nose; fitted with a cut-off
        /// wheel on its mandrel, a grinding stone or a wire brush; its cord coiled beside it, and on some a tub of 38 mm cut-off discs and
        /// the collet spanner.
        /// </summary>
        private PixelBox RotaryTool(double scale)
        {
            var lb = U(190, 230);
            var tub = Chance(0.6);
            var accessory = random.Next(3);
            var pen = Lay((-lb / 2) - 70, -30, (lb / 2) + 50, 128, scale);
            var t = new Turned(pen, 0, 0, 0);
            var x0 = -lb / 2;
            var x1 = lb / 2;
            (double X, double Y)[] shell =
            [
                (x0, -20), (x0 + 40, -25), (x0 + 130, -25), (x1 - 20, -12), (x1, -10), (x1, 10), (x1 - 20, 12), (x0 + 130, 25), (x0 + 40, 25), (x0, 20),
            ];
            pen.Item(() =>
            {
                t.Poly(Organic, 2 * 2.5 * 1.4, shell);
                t.Line(Organic, 2 * Math.Sqrt(2 * 24 * 2.5) * 1.4 * 0.8, 2.5, true, shell);
                var xs = x0 + 70;
                t.Tube(Steel, xs, -19, 40, 38, 6);
                t.Rect(Brass, 4, xs, -15, 40, 30);
                t.Cylinder(Steel, xs + 2, -12, 36, 24, 0.75);
                t.Cylinder(Brass, xs + 2, -12, 36, 24, 0.12);
                t.Cylinder(Brass, xs - 16, -6, 12, 12, 0.8);
                t.Rect(Organic, 6 * 1.8, xs - 14, -16, 8, 8);
                t.Rect(Organic, 6 * 1.8, xs - 14, 8, 8, 8);
                t.Line(Steel, 0.8, 0.8, false, Zigzag(xs - 14, xs - 6, -22, 2, 5));
                t.Cylinder(Steel, xs - 24, -3, x1 - xs + 24, 6, 1);
                t.Tube(Steel, xs - 30, -8, 7, 16, 2);
                t.Tube(Steel, x1 - 30, -8, 7, 16, 2);
                t.Rect(Organic, 0.8 * 30 * 1.1, xs + 48, -15, 6, 30);
                t.Cylinder(Steel, x1, -6, 12, 12, 0.7);
                t.Cylinder(Steel, x1 + 12, -1.6, 22, 3.2, 1);
                switch (accessory)
                {
                    case 0:
                        t.Rect(Mixed, 0.55 * 38 * 0.85, x1 + 30, -19, 1.1, 38);
                        t.Rect(Mixed, 0.3 * 38 * 0.85, x1 + 30, -11, 1.1, 22);
                        t.Rect(Steel, 4, x1 + 31, -4, 2, 8);
                        break;
                    case 1:
                        t.Cylinder(Mixed, x1 + 24, -5, 18, 10, 0.85);
                        break;
                    default:
                        t.Rect(Steel, 0.25 * 19 * 0.3, x1 + 28, -11, 6, 22);
                        t.Rect(Steel, 3, x1 + 29, -4, 3, 8);
                        break;
                }
            });

            t.Rect(Organic, 10 * 1.35, x0 - 50, -5, 52, 10);
            var coil = new Turned(pen, U(-30, 30), 70, U(0, Math.PI));
            for (var i = random.Next(2, 5); i > 0; i--)
            {
                var rr = U(38, 48);
                var (ox, oy) = (U(-4, 4), U(-4, 4));
                coil.Ring(Organic, 6 * 1.35 * 0.8, 6, ox, oy, rr, rr * U(0.75, 0.95));
                coil.Ring(Brass, 2 * 1.1 * 0.8, 1.5, ox, oy, rr, rr * 0.85);
            }

            t.Line(Organic, 6 * 1.35 * 0.8, 6, false, (x0 - 50, 0), (x0 - 58, 30), (-40, 40));
            if (tub)
            {
                var tb = new Turned(pen, x1 + 10, 70, 0);
                tb.Ellipse(Organic, 2 * 1.2 * 0.9, 0, 0, 22, 22);
                tb.Ring(Organic, 18 * 0.9, 1.2, 0, 0, 21.4, 21.4);
                tb.Ellipse(Mixed, random.Next(10, 37) * 0.6 * 0.85, 0, 0, 19, 19);
                tb.Ellipse(Steel, 0.8, 0, 0, 1.6, 1.6);
                var wrench = new Turned(pen, x1 - 20, 90, U(-0.3, 0.3));
                wrench.Rect(Steel, 1.5, -30, -6, 50, 12);
                wrench.Ring(Steel, 1.5, 3, 24, 0, 7, 7);
            }

            return pen.Box;
        }

        // ---- alcohol --------------------------------------------------------------------------

        /// <summary>
        /// A novelty flask made to look like binoculars (sold for race days and football): two ABS barrels (1.5 mm walls under 1.5 mm of
        /// rubbery TPE armour) 42–46 mm across and 110–125 mm long joined by a bridge with a mock focus wheel, each holding a PET bottle
        /// (0.5 mm walls) of 150–200 ml of spirit (about 0.95 g/cm³) filled 60–100 %, a polypropylene screw cap in each eyepiece and a
        /// clear acrylic disc in each objective; its webbing neck strap on some; lying flat, both barrels side by side.
        /// </summary>
        private PixelBox BinocularFlask(double scale)
        {
            var d = U(42, 46);
            var l = U(110, 125);
            var gap = U(6, 10);
            var strap = Chance(0.5);
            var yc = (d / 2) + (gap / 2);
            var pen = Lay((-l / 2) - 18 - (strap ? 76 : 0), -yc - (d / 2) - 4, (l / 2) + 3, yc + (d / 2) + 4, scale);
            var f = new Turned(pen, 0, 0, 0);
            var x0 = -l / 2;
            pen.Item(() =>
            {
                f.Rect(Organic, 2 * 2 * 1.05, x0 + 6, -yc, 40, 2 * yc);
                f.Cylinder(Organic, x0 + 14, -9, 16, 18, 0.5);
                foreach (var side in new[] { -1.0, 1.0 })
                {
                    var barrel = new Turned(pen, 0, side * yc, 0);
                    barrel.Tube(Organic, x0, -d / 2, l, d, (1.5 * 1.05) + (1.5 * 1.1));
                    barrel.Tube(Organic, x0 + 10, (-d / 2) + 3.5, l - 16, d - 7, 0.5 * 1.38);
                    SettledFill(barrel, Organic, x0 + 11, l - 18, d - 8, U(0.6, 1.0), 0.95);
                    barrel.Cylinder(Organic, x0 - 14, -14, 15, 28, 0.45);
                    barrel.Rect(Organic, 0.75 * (d - 4) * 1.19, (l / 2) - 3, (-d / 2) + 2, 3, d - 4);
                }
            });

            if (strap)
            {
                (double X, double Y)[] loop = [.. Enumerable.Range(0, 30).Select(i => 2 * Math.PI * i / 30).Select(a => (x0 - 45 - (40 * Math.Cos(a)), yc * 0.9 * Math.Sin(a)))];
                f.Line(Organic, 1.5 * 1.14, 10, true, loop);
            }

            return pen.Box;
        }

        // ---- controlled drugs -----------------------------------------------------------------

        /// <summary>
        /// A four-piece aluminium herb grinder (50–63 mm across, 40–50 mm tall: the lid with its diamond teeth and a neodymium magnet, the
        /// grinding chamber, the stainless pollen screen, the catcher; 3 mm walls) with cannabis ground in it, beside herbal cannabis in a
        /// grip-seal bag (3.5–28 g of buds at about 0.15–0.25 g/cm³, the bag two 50 µm polyethylene films) or a small glass stash jar
        /// with an aluminium lid; the grinder lying on its face or on its side.
        /// </summary>
        private PixelBox CannabisGrinder(double scale)
        {
            var gd = U(50, 63);
            var gh = U(40, 50);
            var flat = Chance(0.75);
            var jar = Chance(0.35);
            var pen = Lay(-94, -52, 108, 52, scale);
            var g = new Turned(pen, -52, U(-8, 8), U(0, 2 * Math.PI));
            var rr = gd / 2;
            if (flat)
            {
                g.Ring(Aluminium, gh * 0.85, 3, 0, 0, rr - 1.5, rr - 1.5);
                g.Ellipse(Aluminium, 4 + 2.1 + 3, 0, 0, rr - 2, rr - 2);
                g.Ellipse(Steel, 3, 0, 0, 5, 5);
                g.Ellipse(Steel, 0.08, 0, 0, rr - 4, rr - 4);
                g.Ellipse(Organic, (15 * 0.15) + (3 * 0.3), 0, 0, rr - 4, rr - 4);
                foreach (var ring in new[] { 0.35, 0.62, 0.85 })
                {
                    var n = (int)(ring * 18);
                    for (var i = 0; i < n; i++)
                    {
                        var a = (2 * Math.PI * i / n) + ring;
                        var (tx, ty) = (ring * (rr - 4) * Math.Cos(a), ring * (rr - 4) * Math.Sin(a));
                        g.Poly(Aluminium, 10, (tx - 2.5, ty), (tx, ty - 2.5), (tx + 2.5, ty), (tx, ty + 2.5));
                    }
                }
            }
            else
            {
                var x0 = -gh / 2;
                g.Tube(Aluminium, x0, -rr, gh, gd, 3);
                foreach (var (px, pt) in new[] { (x0, 4.0), (x0 + (gh * 0.45), 3.0), (x0 + gh - 3, 3.0) })
                {
                    g.Rect(Aluminium, 0.78 * gd, px, -rr, pt, gd);
                }

                g.Rect(Steel, 0.78 * gd * 0.08, x0 + (gh * 0.7), -rr + 3, 1, gd - 6);
                g.Rect(Steel, 0.8 * 10, x0 + 4, -5, 3, 10);
                for (var i = 0; i < 8; i++)
                {
                    g.Rect(Aluminium, 4 * 0.8 * 3, x0 + 4 + ((i % 2) * 6), -rr + 6 + (i * (gd - 12) / 8), 5, 4);
                }

                g.Cylinder(Organic, x0 + 7, -rr + 3, (gh * 0.45) - 7, gd - 6, 0.15);
            }

            if (jar)
            {
                var j = new Turned(pen, 45, U(-6, 6), U(-0.3, 0.3));
                j.Tube(Glass, -35, -30, 62, 60, 3);
                j.Rect(Glass, 0.78 * 60, -38, -30, 4, 60);
                j.Tube(Aluminium, 26, -32, 12, 64, 0.3);
                j.Rect(Aluminium, 0.78 * 64 * 0.3, 37, -32, 1, 64);
                for (var i = random.Next(4, 9); i > 0; i--)
                {
                    Spheroid(j, Organic, U(-25, 18), U(-20, 20), U(7, 14), U(6, 11), U(12, 24), U(0.15, 0.25));
                }
            }
            else
            {
                var (bw, bh) = Chance(0.5) ? (100.0, 75.0) : (80.0, 60.0);
                var bag = new Turned(pen, 50, U(-4, 4), U(-0.2, 0.2));
                bag.Rect(Organic, 2 * 0.05 * 0.92, -bw / 2, -bh / 2, bw, bh);
                bag.Rect(Organic, 2 * 1.2 * 0.92, -bw / 2, (-bh / 2) + 6, bw, 4);
                for (var i = random.Next(4, 13); i > 0; i--)
                {
                    Spheroid(bag, Organic, U((-bw / 2) + 14, (bw / 2) - 14), U((-bh / 2) + 16, (bh / 2) - 12), U(8, 18), U(6, 14), U(10, 25), U(0.15, 0.25));
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// Drugs hidden in a candle: a paraffin pillar candle (68–80 mm across, 100–150 mm tall, about 0.9 g/cm³) or a candle poured in a
        /// glass jar (4 mm walls, a 6 mm base, a tinplate lid on some), bored out (25–40 mm across, 60–100 mm deep) from its base or its top,
        /// a cling-filmed package put in (pressed powder at 1.0–1.3 g/cm³ or a bag of tablets at about 0.75 as packed) and the hole sealed
        /// again with melted wax; the cotton wick left in the top; lying on its side or standing, in a card gift box on some.
        /// </summary>
        private PixelBox DrugsInCandle(double scale)
        {
            var inJar = Chance(0.35);
            var d = inJar ? U(80, 90) : U(68, 80);
            var h = inJar ? U(90, 110) : U(100, 150);
            var db = U(25, Math.Min(40, d - 24));
            var lb = U(60, Math.Min(100, h - 25));
            var plug = U(4, 8);
            var pkg = Chance(0.65) ? U(1.0, 1.3) : 0.75;
            var lying = Chance(0.6);
            var boxed = Chance(0.3);
            var od = inJar ? d + 8 : d;
            var ext = lying ? (h / 2) + (inJar ? 8 : 5) : od / 2;
            var pen = Lay(ext + (boxed ? 8 : 2), (od / 2) + (boxed ? 8 : 2), scale);
            var c = new Turned(pen, 0, 0, 0);
            if (lying)
            {
                var x0 = -h / 2;
                var wax = inJar ? h - 12 : h;
                var (b0, b1) = inJar ? (x0 + wax - lb, x0 + wax - plug) : (x0 + plug, x0 + lb);
                if (b0 - x0 > 0.5)
                {
                    c.Cylinder(Organic, x0, -d / 2, b0 - x0, d, 0.9);
                }

                pen.Item(() => CoaxialFill(c, Organic, b0, b1 - b0, d, db, 0.9, pkg));
                if (x0 + wax - b1 > 0.5)
                {
                    c.Cylinder(Organic, b1, -d / 2, x0 + wax - b1, d, 0.9);
                }

                c.Line(Organic, 2 * 0.5, 2, false, (inJar ? b0 - 4 : b1, 0), (x0 + wax + 3, 0));
                if (inJar)
                {
                    c.Tube(Glass, x0 - 6, -od / 2, h + 6, od, 4);
                    c.Rect(Glass, 0.78 * od, x0 - 6, -od / 2, 6, od);
                    if (Chance(0.6))
                    {
                        c.Rect(Steel, 0.25 * 0.78 * od, (h / 2) + 1, (-od / 2) - 1, 1, od + 2);
                        c.Tube(Steel, (h / 2) - 9, (-od / 2) - 1, 10, od + 2, 0.25);
                    }
                }
            }
            else
            {
                var (px, py) = (U(-2, 2), U(-2, 2));
                if (pkg >= 0.9)
                {
                    c.Ellipse(Organic, h * 0.9, 0, 0, d / 2, d / 2);
                    pen.Item(() => c.Ellipse(Organic, lb * (pkg - 0.9), px, py, db / 2, db / 2));
                }
                else
                {
                    c.Ellipse(Organic, ((h - lb) * 0.9) + (lb * pkg), 0, 0, d / 2, d / 2);
                    c.Ring(Organic, lb * (0.9 - pkg), (d - db) / 2, 0, 0, (d + db) / 4, (d + db) / 4);
                }
                c.Ellipse(Organic, 6, 0, 0, 1.2, 1.2);
                if (inJar)
                {
                    c.Ring(Glass, h, 4, 0, 0, (d / 2) + 2, (d / 2) + 2);
                    c.Ellipse(Glass, 6, 0, 0, od / 2, od / 2);
                    if (Chance(0.6))
                    {
                        c.Ellipse(Steel, 0.25, 0, 0, (od / 2) + 1, (od / 2) + 1);
                        c.Ring(Steel, 2.5, 1, 0, 0, (od / 2) + 0.5, (od / 2) + 0.5);
                    }
                }
            }

            if (boxed)
            {
                var (bx, by) = (ext + 6, (od / 2) + 6);
                c.Rect(Organic, 2 * 0.5 * 0.7, -bx, -by, 2 * bx, 2 * by);
                c.Line(Organic, (lying ? od : h) * 0.7 * 0.5 / 0.8, 0.8, true, (-bx, -by), (bx, -by), (bx, by), (-bx, by));
            }

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>
        /// A child's colouring things: a card box (0.45 mm board, about 0.7 g/cm³) of 12 or 24 wax crayons (8 mm × 90 mm, paraffin with
        /// pigment and chalk filler, about 1.1 g/cm³, each in its paper wrapper; a 24-box holds two layers), a few crayons loose, a
        /// stapled colouring book (24–48 pages of 80 g/m² paper) on some and a handful of felt-tip pens (polypropylene barrels and caps
        /// round their fibre reservoirs) on some.
        /// </summary>
        private void Crayons()
        {
            var pen = Place(120);
            var k = new Turned(pen, 0, 0, 0);
            var layers = Chance(0.5) ? 2 : 1;
            if (Chance(0.5))
            {
                var (bl, bw) = Chance(0.5) ? (297.0, 210.0) : (210.0, 148.0);
                var book = new Turned(pen, U(-20, 20), U(-20, 20), U(-0.2, 0.2));
                book.Rect(Organic, (random.Next(24, 49) * 0.1 * 0.8) + (2 * 0.3 * 0.75), -bl / 2, -bw / 2, bl, bw);
                book.Line(Steel, 0.5, 0.7, false, (-bl / 2 + 2, -bw / 4), (-bl / 2 + 2, (-bw / 4) + 12));
                book.Line(Steel, 0.5, 0.7, false, (-bl / 2 + 2, bw / 4), (-bl / 2 + 2, (bw / 4) + 12));
            }

            k.Rect(Organic, 2 * 0.45 * 0.7, -50, -54, 100, 108);
            k.Line(Organic, 9 * layers * 0.7 * 0.45 / 0.8, 0.8, true, (-50, -54), (50, -54), (50, 54), (-50, 54));
            for (var i = 0; i < 12; i++)
            {
                if (Chance(0.1))
                {
                    continue;
                }

                var y = -49 + (i * 8.6);
                var x = U(-47, -43);
                k.Cylinder(Organic, x, y - 4, 80, 8, 1.1 * layers);
                k.Poly(Organic, 8 * 0.5 * 1.1 * layers, (x + 80, y - 4), (x + 88, y - 1), (x + 88, y + 1), (x + 80, y + 4));
                k.Rect(Organic, 2 * 0.1 * 0.8 * layers, x + 8, y - 4, 60, 8);
            }

            for (var i = random.Next(0, 4); i > 0; i--)
            {
                var loose = new Turned(pen, U(-80, 80), U(-80, 80), U(0, 2 * Math.PI));
                var len = U(40, 90);
                loose.Cylinder(Organic, -len / 2, -4, len, 8, 1.1);
            }

            if (Chance(0.4))
            {
                var pens = new Turned(pen, U(-30, 30), U(60, 80), U(-0.3, 0.3));
                for (var i = random.Next(6, 13); i > 0; i--)
                {
                    var y = U(-20, 20);
                    pens.Tube(Organic, -65 + U(-5, 5), y - 5, 100, 10, 0.9 * 1.0);
                    pens.Cylinder(Organic, -60, y - 3, 80, 6, 0.4);
                    pens.Tube(Organic, 35, y - 5.5, 30, 11, 1.0 * 1.0);
                }
            }
        }

        /// <summary>
        /// A packed sandwich: two slices of bread (110–125 × 100–115 mm, 12–15 mm thick at about 0.25 g/cm³, the crust denser) round 4–10
        /// mm of cheese, ham or egg (about 1.0–1.1 g/cm³), whole or cut corner to corner, wrapped in kitchen foil (16 µm, folded over on
        /// itself at the seams), cling film or a paper bag.
        /// </summary>
        private void FoilSandwich()
        {
            var pen = Place(80);
            var sl = U(110, 125);
            var sw = U(100, 115);
            var bread = U(12, 15);
            var filling = U(4, 10) * U(1.0, 1.1);
            var wrap = random.Next(10);
            var halves = Chance(0.55) ? 2 : 1;
            for (var half = 0; half < halves; half++)
            {
                var s = new Turned(pen, half * U(4, 12), half * U(4, 12), half * U(-0.1, 0.1));
                (double X, double Y)[] outline = halves == 2
                    ? (half == 0 ? [(-sl / 2, -sw / 2), (sl / 2, -sw / 2), (-sl / 2, sw / 2)] : [(sl / 2, -sw / 2), (sl / 2, sw / 2), (-sl / 2, sw / 2)])
                    : RoundedOutline(-sl / 2, -sw / 2, sl, sw, 14);
                s.Poly(Organic, 2 * bread * 0.25, outline);
                s.Line(Organic, 2 * bread * 0.45, 3, true, outline);
                s.Poly(Organic, filling, Shrunk(outline, 0, 0, 0.92, 0.92));
            }

            var env = new Turned(pen, 0, 0, 0);
            var (ex, ey) = ((sl / 2) + 6 + (halves == 2 ? 6 : 0), (sw / 2) + 6 + (halves == 2 ? 6 : 0));
            if (wrap < 6)
            {
                env.Rect(Aluminium, 2 * 0.016 * U(1.5, 3), -ex, -ey, 2 * ex, 2 * ey);
                env.Line(Aluminium, 0.016 * 10, 4, false, (-ex, -ey + 8), (ex, -ey + 8));
                env.Line(Aluminium, 0.016 * 10, 4, false, (-ex + 8, -ey), (-ex + 8, ey));
            }
            else if (wrap < 8)
            {
                env.Rect(Organic, 2 * 0.012 * 3 * 0.92, -ex, -ey, 2 * ex, 2 * ey);
            }
            else
            {
                env.Rect(Organic, 2 * 0.08 * 0.8, -ex - 4, -ey - 30, (2 * ex) + 8, (2 * ey) + 40);
            }
        }

        /// <summary>
        /// A few pieces of fruit: apples (70–85 mm, about 0.8 g/cm³ for the air in them), oranges (70–85 mm, about 0.9 with the peel),
        /// bananas (180–200 mm along their curve, 33–38 mm thick, about 0.95) and pears.
        /// </summary>
        private void Fruit()
        {
            var pen = Place(95);
            for (var i = random.Next(1, 5); i > 0; i--)
            {
                var (ox, oy, oa) = (U(-60, 60), U(-55, 55), U(0, 2 * Math.PI));
                var f = new Turned(pen, ox, oy, oa);
                switch (random.Next(4))
                {
                    case 0:
                    {
                        var r = U(35, 42.5);
                        Spheroid(f, Organic, 0, 0, r, r * 0.95, 2 * r * 0.92, 0.8);
                        f.Line(Organic, 4, 2.5, false, (0, -r * 0.9), (2, -r - 6));
                        break;
                    }

                    case 1:
                    {
                        var r = U(35, 42.5);
                        Spheroid(f, Organic, 0, 0, r, r, 2 * r, 0.9);
                        f.Ring(Organic, 2 * 5 * 0.8 * 0.5, 4, 0, 0, r - 2, r - 2);
                        break;
                    }

                    case 2:
                    {
                        var len = U(180, 200);
                        var dd = U(33, 38);
                        var bend = U(0.8, 1.3);
                        var rad = len / bend;
                        const int n = 12;
                        var spine = Enumerable.Range(0, n + 1).Select(k => (-bend / 2) + (bend * k / n)).ToArray();
                        ReadOnlySpan<(double F, double Share)> layers = [(1.0, 0.42), (0.8, 0.3), (0.55, 0.18), (0.3, 0.1)];
                        foreach (var (fr, share) in layers)
                        {
                            (double X, double Y) Side(double a, double sign)
                            {
                                var t = (a + (bend / 2)) / bend;
                                var rr = dd / 2 * (0.55 + (0.45 * Math.Sin(Math.PI * t)));
                                return ((rad * Math.Sin(a)) - (sign * fr * rr * Math.Sin(a)), (rad * (1 - Math.Cos(a))) + (sign * fr * rr * Math.Cos(a)));
                            }

                            f.Poly(Organic, dd * 0.95 * share, [.. spine.Select(a => Side(a, 1)), .. spine.Reverse().Select(a => Side(a, -1))]);
                        }

                        break;
                    }

                    default:
                    {
                        var r = U(30, 36);
                        Spheroid(f, Organic, -r * 0.3, 0, r, r, 2 * r, 0.85);
                        Spheroid(f, Organic, r * 0.8, 0, r * 0.62, r * 0.62, 1.24 * r, 0.85);
                        break;
                    }
                }
            }
        }

        /// <summary>
        /// Bottles of nail varnish: two to six glass bottles (30–35 × 35–45 mm, 18–22 mm deep, 3–4 mm walls and a 6 mm base) of 10–15 ml of
        /// lacquer (about 1.0 g/cm³) with a 5–6 mm steel mixing ball in each, a polypropylene cap (12–15 mm across, 25–40 mm long) over the
        /// brush; a PET bottle of acetone remover (about 0.79 g/cm³) on some.
        /// </summary>
        private void NailPolish()
        {
            var pen = Place(75);
            for (var i = random.Next(2, 7); i > 0; i--)
            {
                var b = new Turned(pen, U(-50, 50), U(-45, 45), U(0, 2 * Math.PI));
                var bl = U(35, 45);
                var bw = U(30, 35);
                var depth = U(18, 22);
                var wall = U(3, 4);
                RoundedRect(b, Glass, 2 * wall, -bl / 2, -bw / 2, bl, bw, 5);
                b.Line(Glass, depth * 0.9, wall, true, RoundedOutline((-bl / 2) + (wall / 2), (-bw / 2) + (wall / 2), bl - wall, bw - wall, 4));
                b.Rect(Glass, 0.8 * depth, -bl / 2, -bw / 2, 6, bw);
                var fill = U(0.2, 0.9);
                RoundedRect(b, Organic, (depth - (2 * wall)) * fill, (-bl / 2) + 6, (-bw / 2) + wall, bl - 6 - wall, bw - (2 * wall), 3);
                var ball = 2.6 + U(0, 0.4);
                Spheroid(b, Steel, U((-bl / 2) + 9, (bl / 2) - 8), U((-bw / 2) + 7, (bw / 2) - 7), ball, ball, 2 * ball, 1);
                b.Tube(Glass, bl / 2, -6, 6, 12, 2.5);
                var cl = U(25, 40);
                var cd = U(12, 15);
                b.Tube(Organic, (bl / 2) + 2, -cd / 2, cl, cd, 1.5 * 1.05);
                b.Rect(Organic, cd * 0.8 * 0.9, (bl / 2) + cl - 2, -cd / 2, 4, cd);
                b.Cylinder(Organic, (bl / 2) - 20, -1.3, cl + 18, 2.6, 1.0);
            }

            if (Chance(0.35))
            {
                var r = new Turned(pen, U(-30, 30), U(-30, 30), U(0, 2 * Math.PI));
                r.Tube(Organic, -55, -22.5, 90, 45, 0.4 * 1.38);
                SettledFill(r, Organic, -54, 88, 44, U(0.3, 0.9), 0.79);
                r.Cylinder(Organic, 35, -12, 20, 24, 0.6);
            }
        }

        /// <summary>
        /// A child's xylophone: eight tuned bars, 22–28 mm wide and 100–130 mm down to about 60 % of that long, of 4–5 mm aluminium or 1.5–2
        /// mm steel, each pinned through two holes with steel nails in rubber grommets to a trapezoid frame of two beech rails (about 0.7
        /// g/cm³, 18–20 mm square) or to a hollow ABS pull-along base on four wheels with steel axles; two mallets (6 mm wooden sticks, a
        /// 22 mm wooden or plastic head).
        /// </summary>
        private void ToyXylophone()
        {
            var pen = Place(140);
            var x = new Turned(pen, 0, 0, 0);
            var lmax = U(100, 130);
            var bw = U(22, 28);
            var alu = Chance(0.6);
            var (metal, bt) = alu ? (Aluminium, U(4, 5)) : (Steel, U(1.5, 2));
            const int bars = 8;
            var pitch = bw + 4;
            var span = bars * pitch;
            var wheeled = Chance(0.35);
            if (wheeled)
            {
                x.Poly(Organic, 2 * 2 * 1.05, (-span / 2 - 10, -lmax / 2 - 10), (span / 2 + 10, -lmax * 0.3 - 10), (span / 2 + 10, lmax * 0.3 + 10), (-span / 2 - 10, lmax / 2 + 10));
                foreach (var (wx, wy) in new[] { (-span / 2, -lmax / 2 - 18), (-span / 2, lmax / 2 + 18), (span / 2, -lmax * 0.3 - 18), (span / 2, lmax * 0.3 + 18) })
                {
                    x.Ellipse(Organic, 12 * 1.0, wx, wy, 18, 18);
                    x.Ellipse(Steel, 3, wx, wy, 2, 2);
                }

                x.Line(Steel, 3 * 0.8, 3, false, (-span / 2, -lmax / 2 - 18), (-span / 2, lmax / 2 + 18));
                x.Line(Steel, 3 * 0.8, 3, false, (span / 2, -lmax * 0.3 - 18), (span / 2, lmax * 0.3 + 18));
            }
            else
            {
                foreach (var side in new[] { -1.0, 1.0 })
                {
                    var (ya, yb) = (side * lmax * 0.28, side * lmax * 0.6 * 0.28);
                    x.Poly(Organic, 19 * 0.7, (-span / 2 - 12, ya - 9), (span / 2 + 12, yb - 9), (span / 2 + 12, yb + 9), (-span / 2 - 12, ya + 9));
                }
            }

            for (var i = 0; i < bars; i++)
            {
                var l = lmax - ((lmax * 0.4) * i / (bars - 1));
                var bx = (-span / 2) + ((i + 0.5) * pitch);
                x.Rect(metal, bt, bx - (bw / 2), -l / 2, bw, l);
                foreach (var ny in new[] { -l * 0.28, l * 0.28 })
                {
                    x.Ellipse(Steel, 20 * 0.8, bx, ny, 1.3, 1.3);
                    x.Ring(Organic, 4 * 1.1, 1.5, bx, ny, 3, 3);
                }
            }

            for (var m = 0; m < 2; m++)
            {
                var mallet = new Turned(pen, U(-60, 60), U(-20, 20) + (m == 0 ? -lmax * 0.7 : lmax * 0.7), U(-0.4, 0.4));
                mallet.Cylinder(Organic, -90, -3, 170, 6, 0.7);
                Spheroid(mallet, Organic, 90, 0, 11, 11, 22, Chance(0.5) ? 0.7 : 1.05);
            }
        }

        /// <summary>
        /// A swimming kit: goggles (two polycarbonate eye cups, 1.8 mm domes 55 × 38 mm and 15 mm deep, silicone gaskets and nose bridge,
        /// a split silicone strap 8 mm wide), a silicone swim cap (0.6 mm, folded in four), and a rolled microfibre towel (about 0.2
        /// g/cm³ as rolled) or a folded swimsuit.
        /// </summary>
        private void SwimKit()
        {
            var pen = Place(110);
            var g = new Turned(pen, U(-50, -20), U(-40, -10), U(0, 2 * Math.PI));
            foreach (var side in new[] { -1.0, 1.0 })
            {
                g.Ellipse(Organic, 2 * 1.8 * 1.2, side * 32, 0, 27, 19);
                g.Ring(Organic, 15 * 1.2 * 0.6, 2, side * 32, 0, 27, 19);
                g.Ring(Silicone, 6, 4, side * 32, 0, 25, 17);
            }

            g.Line(Silicone, 5, 4, false, (-6, 0), (6, 0));
            (double X, double Y)[] strap = [.. Enumerable.Range(0, 20).Select(i => Math.PI * i / 19).Select(a => (-62 * Math.Cos(a), 8 + (55 * Math.Sin(a))))];
            g.Line(Silicone, 1.5, 8, false, strap);
            g.Line(Silicone, 1.5, 8, false, [.. strap.Select(p => (p.X * 0.95, p.Y + 10))]);
            var cap = new Turned(pen, U(20, 50), U(-30, 10), U(0, 2 * Math.PI));
            RoundedRect(cap, Silicone, 4 * 0.6, -55, -45, 110, 90, 30);
            cap.Line(Silicone, 2 * 0.6 * 3, 2, false, (-55, 0), (55, 0));
            if (Chance(0.55))
            {
                var towel = new Turned(pen, U(-30, 30), U(45, 70), U(-0.3, 0.3));
                towel.Cylinder(Organic, -125, -30, 250, 60, 0.2);
                towel.Rect(Organic, 60 * 0.25, 110, -30, 15, 60);
            }
            else
            {
                var suit = new Turned(pen, U(-30, 30), U(40, 60), U(-0.3, 0.3));
                suit.Rect(Organic, 12 * 0.35, -75, -55, 150, 110);
            }
        }

        /// <summary>
        /// A denture in its case: a polypropylene case (80 × 70 mm, 40 mm deep, 1.5 mm walls); an upper denture (a pink acrylic palate plate
        /// 2.5 mm thick, about 1.18 g/cm³, and its flange under the teeth) or a lower one (the flange alone), with 12–14 acrylic teeth, or a
        /// partial one of two to six teeth on a cobalt-chromium frame (8.3 g/cm³: a 0.6 mm palate plate or a lingual bar, wire clasps and
        /// rests); both upper and lower on some; a tube of denture fixative beside it on some.
        /// </summary>
        private void Denture()
        {
            var pen = Place(75);
            if (Chance(0.7))
            {
                var c = new Turned(pen, 0, 0, 0);
                c.Ellipse(Organic, 2 * 1.5 * 0.9, 0, 0, 40, 35);
                c.Ring(Organic, 40 * 0.9, 1.5, 0, 0, 39, 34);
            }

            var sets = Chance(0.25) ? 2 : 1;
            for (var s = 0; s < sets; s++)
            {
                var upper = s == 0 && Chance(0.6);
                var partial = Chance(0.4);
                var dnt = new Turned(pen, U(-3, 3) + (s * 4), U(-3, 3) + (s * 4), U(-0.2, 0.2) + (s * Math.PI));
                var (ax, ay) = (U(22, 26), U(24, 28));
                (double X, double Y)[] arch = [.. Enumerable.Range(0, 15).Select(i => Math.PI * (1 + (i / 14.0))).Select(a => (ax * Math.Cos(a), 10 + (ay * Math.Sin(a))))];
                var teeth = partial ? random.Next(2, 7) : random.Next(12, 15);
                var spots = Enumerable.Range(0, 14).OrderBy(_ => random.Next()).Take(teeth).ToArray();
                if (!partial || Chance(0.5))
                {
                    dnt.Line(Organic, 12 * 1.18, 9, false, arch);
                }

                if (upper && !partial)
                {
                    dnt.Poly(Organic, 2.5 * 1.18, arch);
                }

                foreach (var i in spots)
                {
                    var (tx, ty) = arch[i];
                    var back = Math.Abs(i - 7) / 7.0;
                    dnt.Ellipse(Organic, 10 * 1.2, tx, ty, 3.5 + (1.5 * back), 4 + (1 * back));
                }

                if (partial)
                {
                    if (upper)
                    {
                        dnt.Poly(Steel, 0.6 * 1.05, Shrunk(arch, 0, 10, 0.75, 0.75));
                    }
                    else
                    {
                        dnt.Line(Steel, 2 * 1.05, 4, false, Shrunk(arch, 0, 10, 0.8, 0.8));
                    }

                    foreach (var i in spots.Take(2))
                    {
                        var (tx, ty) = arch[i];
                        dnt.Line(Steel, 0.8 * 1.05, 1, false, (tx - 5, ty + 3), (tx - 4, ty - 3), (tx + 4, ty - 3), (tx + 5, ty + 3));
                    }
                }
            }

            if (Chance(0.3))
            {
                var tube = new Turned(pen, U(-20, 20), U(45, 60), U(-0.3, 0.3));
                tube.Poly(Organic, 2 * 0.3 * 1.2, (-60, -15), (45, -15), (50, -8), (50, 8), (45, 15), (-60, 15));
                tube.Cylinder(Organic, -58, -13, 100, 26, 1.2);
                tube.Cylinder(Organic, 50, -8, 14, 16, 0.6);
            }
        }

        /// <summary>
        /// A jar of instant coffee: a glass jar (100 g: 75–80 mm across and 120–135 mm tall; 200 g: 95–100 × 150–160 mm; 3.5–4 mm walls, a
        /// 6–8 mm base) with a ribbed polypropylene lid, freeze-dried granules (about 0.22 g/cm³ as poured) filling a third of it to all of
        /// it; lying on its side (the granules settled to one side of it) or standing.
        /// </summary>
        private void CoffeeJar()
        {
            var big = Chance(0.4);
            var d = big ? U(95, 100) : U(75, 80);
            var h = big ? U(150, 160) : U(120, 135);
            var wall = U(3.5, 4);
            var fill = U(0.3, 1.0);
            var pen = Place((h / 2) + 10);
            var j = new Turned(pen, 0, 0, 0);
            if (Chance(0.65))
            {
                var x0 = -h / 2;
                var body = h - 16;
                j.Tube(Glass, x0, -d / 2, body - 10, d, wall);
                j.Poly(Glass, 2 * wall, (x0 + body - 10, -d / 2), (x0 + body, (-d / 2) + 8), (x0 + body, (d / 2) - 8), (x0 + body - 10, d / 2));
                j.Rect(Glass, 0.78 * d, x0, -d / 2, 7, d);
                SettledFill(j, Organic, x0 + 7, (body - 12) * Math.Min(1, fill + 0.2), d - (2 * wall), fill, 0.22);
                var xl = x0 + body;
                j.Tube(Organic, xl, (-d / 2) + 2, 16, d - 4, 1.5 * 0.9);
                j.Rect(Organic, 0.78 * (d - 4) * 0.9, xl + 14, (-d / 2) + 2, 2, d - 4);
            }
            else
            {
                j.Ring(Glass, h - 16, wall, 0, 0, (d / 2) - (wall / 2), (d / 2) - (wall / 2));
                j.Ellipse(Glass, 7, 0, 0, d / 2, d / 2);
                j.Ellipse(Organic, (h - 24) * fill * 0.22, 0, 0, (d / 2) - wall, (d / 2) - wall);
                j.Ellipse(Organic, 2 * 1.5 * 0.9, 0, 0, (d / 2) - 1, (d / 2) - 1);
                j.Ring(Organic, 16 * 0.9, 1.5, 0, 0, (d / 2) - 2, (d / 2) - 2);
            }
        }
    }
}
