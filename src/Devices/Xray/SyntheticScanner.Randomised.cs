namespace Screening.Devices.Xray;

// Variant set R (training only): domain randomisation. Each shape and clutter kind here is a
// procedural family over wide, physically plausible ranges of size, outline, material and build, so
// a model trained with R sees far more knives, firearms, phones and harmless metal than any fixed set.
// Written from what the real things are made of and measure, without reading set E or the analyser.
// All randomness comes from the scene's seeded random, so a seed gives identical bytes.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        // Set C draws aluminium as "mixed"; R's sits a little toward steel in attenuation and ratio.
        private static readonly Material Alloy = new(0.16, 0.075);

        /// <summary>Draws one of set R's threat shapes; null for a shape that is not set R's.</summary>
        private PixelBox? DrawRandomisedThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.RandomKnife => RandomKnife(scale),
            ThreatShape.RandomFirearm => RandomFirearm(scale),
            ThreatShape.RandomPhone => RandomPhone(scale),
            _ => null,
        };

        /// <summary>Draws one of set R's clutter kinds; false for a kind that is not set R's.</summary>
        private bool DrawRandomisedClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.RandomVessel:
                    RandomVessel();
                    return true;
                case ClutterKind.RandomMetalJunk:
                    RandomMetalJunk();
                    return true;
                case ClutterKind.RandomGadget:
                    RandomGadget();
                    return true;
                case ClutterKind.RandomPlastic:
                    RandomPlastic();
                    return true;
                default:
                    return false;
            }
        }

        private T Pick<T>(params T[] choices) => choices[random.Next(choices.Length)];

        private Material AnyMetal() => Pick(Steel, Steel, Alloy, Brass);

        /// <summary>Points turned by <paramref name="degrees"/> about (px, py).</summary>
        private static (double X, double Y)[] Turn(IEnumerable<(double X, double Y)> points, double degrees, double px, double py)
        {
            var (sin, cos) = Math.SinCos(degrees * Math.PI / 180);
            return points.Select(p => (px + ((p.X - px) * cos) - ((p.Y - py) * sin), py + ((p.X - px) * sin) + ((p.Y - py) * cos))).ToArray();
        }

        /// <summary>An ellipse's outline as points (28 of them).</summary>
        private static (double X, double Y)[] Oval(double cx, double cy, double rx, double ry, int n = 28) =>
            Enumerable.Range(0, n).Select(i => 2 * Math.PI * i / n).Select(a => (cx + (rx * Math.Cos(a)), cy + (ry * Math.Sin(a)))).ToArray();

        /// <summary>
        /// An outline with round holes in it, as one polygon: each hole is reached by a cut of zero
        /// width from the outline's first point, and the film's even-odd fill leaves it empty.
        /// </summary>
        private static (double X, double Y)[] WithHoles((double X, double Y)[] outline, params (double Cx, double Cy, double R)[] holes)
        {
            var points = new List<(double X, double Y)>(outline) { outline[0] };
            foreach (var (cx, cy, r) in holes)
            {
                var hole = Oval(cx, cy, r, r, 16);
                points.AddRange(hole);
                points.Add(hole[0]);
                points.Add(outline[0]);
            }

            return [.. points];
        }

        // ---- knife ----------------------------------------------------------------------------

        /// <summary>
        /// A knife from a family: blade 60–260 mm long, 12–90 mm deep, 1–5 mm steel thinning to the edge;
        /// straight or bellied edge, straight, clipped or dropped spine, optional serrations, holes and
        /// guard; a full, partial or no tang in a wooden, steel, corded or riveted plastic handle, or none;
        /// sometimes a folder, open, half-open or closed.
        /// </summary>
        private PixelBox RandomKnife(double scale)
        {
            // 0 fixed blade, 1 folder open, 2 folder half-open, 3 folder closed.
            var build = Pick(0, 0, 0, 1, 2, 3);
            var folder = build > 0;
            var l = folder ? U(60, 125) : U(70, 260);
            var w = Math.Min(U(12, 90), Math.Max(12, l * U(0.12, 0.4)));
            var t = U(1, 5);
            var handle = folder ? Pick(1, 2, 3) : Pick(0, 1, 1, 2, 3, 4);
            var lh = folder ? l + U(8, 25) : handle == 0 ? 0 : U(80, 140);
            var hw = Math.Max(folder ? w + U(2, 6) : U(16, 30), 14);
            var half = ((l + lh) / 2) + 15;
            var pen = Place(half, scale);
            var ox = (lh - l) / 2;
            var blade = BladeOutline(l, w, out var spine);
            var angle = build switch
            {
                2 => U(35, 145),
                3 => 180 + U(-4, 4),
                _ => 0,
            };
            // Blade frame: heel at x = 0; it is turned about its pivot there, then moved so its heel sits at ox.
            var outline = Turn(blade, angle, 0, 0).Select(p => (p.X + ox, p.Y)).ToArray();
            var spineStrip = Turn(spine, angle, 0, 0).Select(p => (p.X + ox, p.Y)).ToArray();
            var edgeT = t * U(0.35, 0.7);
            pen.Poly(Steel, edgeT, outline);
            pen.Poly(Steel, t - edgeT, spineStrip);
            if (!folder && Chance(0.35))
            {
                // A finger guard or bolster: thicker steel across the heel, often standing proud of the blade.
                var gt = U(3, 12);
                var up = Chance(0.5) ? U(0, 12) : 0;
                var down = U(0, 14);
                pen.Rect(Steel, U(3, 9), ox - gt, (-w / 2) - up, gt, w + up + down);
            }

            if (lh <= 0)
            {
                // A bare blade or shank: sometimes a little tape or cord round the end.
                if (Chance(0.5))
                {
                    pen.Rect(Organic, U(2, 6), ox + U(0, 10), -w / 2 - 1.5, U(30, Math.Max(31, l * 0.45)), w + 3);
                }

                return pen.Box;
            }

            var hy = U(-3, 3);
            var handleOutline = HandleOutline(ox - lh, hy, lh, hw);
            switch (handle)
            {
                case 1:
                    // Wood, bone or moulded plastic, 10–25 mm thick.
                    pen.Poly(Organic, U(10, 25), handleOutline);
                    break;
                case 2:
                    // Steel scales or a steel frame, a few millimetres of steel in all.
                    pen.Poly(Steel, U(1.5, 4), handleOutline);
                    pen.Poly(Organic, U(2, 6), handleOutline);
                    break;
                case 3:
                    // Plastic scales and rivets (pins seen end-on: as deep as the handle).
                    var depth = U(10, 20);
                    pen.Poly(Organic, depth, handleOutline);
                    for (var i = random.Next(2, 5); i > 0; i--)
                    {
                        pen.Ellipse(Pick(Steel, Brass), depth * U(0.6, 0.9), ox - U(8, lh - 8), hy + U(-2, 2), U(1.5, 3), U(1.5, 3));
                    }

                    break;
                default:
                    // Cord or tape wound round a bare tang.
                    pen.Poly(Organic, U(4, 12), handleOutline);
                    for (var x = ox - lh + 2; x < ox - 3; x += U(3, 6))
                    {
                        pen.Line(Organic, U(2, 5), U(1.5, 3), closed: false, (x, hy - (hw / 2)), (x + U(2, 6), hy + (hw / 2)));
                    }

                    break;
            }

            if (folder)
            {
                // Liners, pivot, stop pin.
                if (Chance(0.7))
                {
                    pen.Poly(Steel, U(1.2, 2.4), handleOutline);
                }

                pen.Ellipse(Steel, U(8, 14), ox - 3, 0, U(3, 5), U(3, 5));
                pen.Ellipse(Steel, U(8, 14), ox - lh + 8, hy, U(1.5, 3), U(1.5, 3));
            }
            else
            {
                // Tang: full (the handle's outline), partial (a narrow rat-tail), or none (glued in).
                switch (Pick(0, 0, 1, 2))
                {
                    case 0:
                        pen.Rect(Steel, t, ox - lh + 4, hy - (hw / 2) + 3, lh - 4, hw - 6);
                        break;
                    case 1:
                        var tw = U(4, 10);
                        pen.Rect(Steel, t, ox - (lh * U(0.4, 0.8)), hy - (tw / 2), lh * 0.8, tw);
                        break;
                }

                if (Chance(0.3))
                {
                    // A lanyard hole's steel tube or a pommel cap.
                    pen.Rect(Pick(Steel, Brass), U(3, 10), ox - lh - U(0, 4), hy - (hw / 2), U(4, 10), hw);
                }
            }

            return pen.Box;
        }

        /// <summary>A blade outline with its heel at x = 0 along the spine at y = -w/2; also the spine half, which is thicker.</summary>
        private (double X, double Y)[] BladeOutline(double l, double w, out (double X, double Y)[] spineHalf)
        {
            var tipY = (-w / 2) + (w * Pick(U(0, 0.12), U(0.15, 0.5), U(0.5, 0.85)));
            var spineStyle = random.Next(3); // straight, clipped, dropped
            var clipAt = U(0.5, 0.85);
            var belly = Pick(U(1.2, 2.5), U(2.5, 6), U(6, 14));
            var recurve = Chance(0.2) ? U(0.5, 3) : 0;
            const int n = 24;
            var spine = new List<(double X, double Y)>();
            var edge = new List<(double X, double Y)>();
            for (var i = 0; i <= n; i++)
            {
                var f = (double)i / n;
                var x = f * l;
                var g = Math.Max(0, (f - clipAt) / (1 - clipAt));
                var sy = spineStyle switch
                {
                    0 => (-w / 2) + ((tipY + (w / 2)) * f * f * f),
                    1 => (-w / 2) + ((tipY + (w / 2)) * Math.Sqrt(g)),
                    _ => (-w / 2) + ((tipY + (w / 2)) * g * g),
                };
                var ey = (w / 2) - (((w / 2) - tipY) * Math.Pow(f, belly)) - (recurve * Math.Sin(Math.PI * f));
                spine.Add((x, sy));
                edge.Add((x, Math.Max(sy, ey)));
            }

            edge[^1] = spine[^1];
            var outline = new List<(double X, double Y)>(spine);
            if (Chance(0.25))
            {
                // Serrations over the heel end of the edge: teeth 2.5–7 mm apart, 0.8–3 mm deep.
                var pitch = U(2.5, 7);
                var depth = Math.Min(U(0.8, 3), w / 5);
                var end = l * U(0.25, 0.6);
                for (var i = n; i >= 0; i--)
                {
                    var (x, y) = edge[i];
                    if (x > end || i == 0)
                    {
                        outline.Add((x, y));
                        continue;
                    }

                    outline.Add((x, y));
                    for (var tx = x - pitch; tx > Math.Max(0, edge[i - 1].X); tx -= pitch)
                    {
                        outline.Add((tx + (pitch / 2), y - depth));
                        outline.Add((tx, y));
                    }
                }
            }
            else
            {
                for (var i = n; i >= 0; i--)
                {
                    outline.Add(edge[i]);
                }
            }

            spineHalf = [.. spine, .. Enumerable.Range(0, n + 1).Reverse().Select(i => (spine[i].X, (spine[i].Y + edge[i].Y) / 2))];
            if (Chance(0.25) && w > 20)
            {
                // One or more holes through the blade (an opening hole, lightening holes).
                var holes = Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
                {
                    var r = U(2.5, Math.Min(9, w / 5));
                    var x = U(0.1, 0.45) * l;
                    return (x, U(-w / 2 + r + 3, w / 2 - r - 3) * 0.5, r);
                }).ToArray();
                return WithHoles([.. outline], holes);
            }

            return [.. outline];
        }

        /// <summary>A handle's outline from x0 to x0 + length around y = cy: a little swell, sometimes a pommel.</summary>
        private (double X, double Y)[] HandleOutline(double x0, double cy, double length, double width)
        {
            var swell = U(0, 0.2) * width;
            var curve = U(-0.15, 0.15) * width;
            const int n = 8;
            var top = new List<(double, double)>();
            var bottom = new List<(double, double)>();
            for (var i = 0; i <= n; i++)
            {
                var f = (double)i / n;
                var bend = curve * Math.Sin(Math.PI * f);
                var half = (width / 2) + (swell * Math.Sin(Math.PI * f));
                top.Add((x0 + (f * length), cy + bend - half));
                bottom.Add((x0 + (f * length), cy + bend + half));
            }

            bottom.Reverse();
            return [.. top, .. bottom];
        }

        // ---- firearm --------------------------------------------------------------------------

        /// <summary>
        /// A firearm from parts: a steel slide or receiver 90–300 × 20–50 mm (12–30 mm of steel in all
        /// where it crosses the barrel), a barrel 40–400 mm long and 10–25 mm across, a grip 60–120 mm at
        /// 0–25° rake (steel, or polymer with steel rails and pins), a trigger and its guard, sometimes a
        /// revolver cylinder, a magazine in or ahead of the grip, a wooden or plastic stock.
        /// </summary>
        private PixelBox RandomFirearm(double scale)
        {
            var revolver = Chance(0.3);
            var rl = revolver ? U(90, 150) : U(90, 300);
            var rh = U(20, 50);
            var barrelD = U(10, Math.Min(25, rh));
            // Mostly handguns (barrel about as long as the slide), sometimes a long barrel (40–400 mm in all).
            var barrelL = Math.Clamp(Chance(0.65) ? rl * U(0.6, 1.15) : U(150, 400), 40, 400);
            // Grip 60–120 mm, in proportion: a short slide does not sit on a long grip.
            var grip = U(60, Math.Clamp(rl * 0.8, 60, 120));
            var rake = U(0, 25);
            var stock = Chance(rl > 180 || barrelL > 200 ? 0.4 : 0.1);
            var stockL = stock ? U(150, 280) : 0;
            var protrude = Math.Max(0, barrelL - (rl * 0.85));
            if (stockL + rl + protrude > 620)
            {
                protrude = Math.Max(0, 620 - stockL - rl);
            }

            var total = stockL + rl + protrude;
            var pen = Place((total / 2) + 20, scale);
            var x0 = (-total / 2) + stockL; // rear of the receiver
            var y0 = -(rh + grip) / 2;       // top of the receiver
            var polymer = !revolver && Chance(0.45);
            var steelEq = U(12, 30);
            var cy = y0 + (rh * U(0.3, 0.5));

            // Receiver or slide: walls around the barrel; the barrel adds the rest of the steel.
            var walls = steelEq * U(0.4, 0.65);
            RoundedRect(pen, Steel, walls, x0, y0, rl, rh, U(1, 6));
            if (Chance(0.5))
            {
                // Ejection port or a lightening cut: a patch with less steel is drawn as a rib elsewhere.
                pen.Rect(Steel, walls * U(0.1, 0.3), x0 + (rl * 0.1), y0 + 1, rl * 0.8, U(3, 7));
            }

            var barrelStart = revolver ? x0 + (rl * 0.35) : x0 + (rl * U(0.1, 0.3));
            var barrelLength = (x0 + rl + protrude) - barrelStart;
            pen.Tube(Steel, barrelStart, cy - (barrelD / 2), barrelLength, barrelD, (steelEq - walls) / 5);
            if (protrude > 0 && Chance(0.4))
            {
                // A rib or under-lug along the exposed barrel, or a front sight.
                pen.Rect(Steel, U(3, 8), x0 + rl, cy - (barrelD / 2) - U(2, 5), protrude, U(2, 5));
            }

            if (revolver)
            {
                // Cylinder of 5–8 chambers: about half of them seen side by side, maybe loaded.
                var chambers = random.Next(5, 9);
                var cl = U(32, 45);
                var ch = Math.Min(rh + U(5, 15), 50);
                var cx = x0 + (rl * 0.12);
                var ctop = cy - (ch / 2);
                RoundedRect(pen, Steel, U(5, 10), cx, ctop, cl, ch, 4);
                var visible = (chambers + 1) / 2;
                var loaded = Chance(0.6);
                for (var i = 0; i < visible; i++)
                {
                    var y = ctop + ((i + 0.5) * ch / visible);
                    pen.Rect(Steel, U(3, 6), cx, y - (ch / visible / 2) + 0.5, cl, 1.5);
                    if (loaded)
                    {
                        pen.Rect(Brass, U(1.5, 3), cx + 2, y - (ch / visible / 3), cl - 4, ch / visible * 0.66);
                    }
                }
            }

            // Frame below the receiver, to the grip.
            var frameMaterial = polymer ? Organic : Steel;
            var frameT = polymer ? U(20, 30) : U(4, 10);
            var gx = x0 + (stock ? U(0.05, 0.4) * rl : U(0, 0.15) * rl);
            var gw = U(25, 38);
            var fy = y0 + rh;
            pen.Rect(frameMaterial, frameT, x0 + 2, fy, rl * U(0.5, 0.9), U(8, 14));
            var tan = Math.Tan(rake * Math.PI / 180);
            var gripOutline = new (double X, double Y)[]
            {
                (gx, fy), (gx + gw, fy), (gx + gw - (grip * tan), fy + grip), (gx - (grip * tan) - U(0, 6), fy + grip),
            };
            pen.Poly(frameMaterial, frameT, gripOutline);
            if (polymer)
            {
                // Steel rails and pins in a polymer frame.
                pen.Rect(Steel, U(1.5, 4), x0 + 4, fy - 1, rl * 0.7, U(2, 4));
                for (var i = random.Next(2, 5); i > 0; i--)
                {
                    pen.Ellipse(Steel, U(15, 25), U(x0 + 10, x0 + (rl * 0.6)), fy + U(2, 8), U(1, 2), U(1, 2));
                }
            }
            else if (Chance(0.5))
            {
                // Wooden or plastic grip panels on a steel frame.
                pen.Poly(Organic, U(8, 16), gripOutline);
            }

            // Trigger guard and trigger.
            var tx = gx + gw + U(8, 15);
            var guardW = U(16, 26);
            var guardH = U(12, 20);
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10)
                .Select(a => (tx + (guardW / 2 * Math.Cos(a)), fy + 6 + (guardH * Math.Sin(a)))).ToArray();
            pen.Line(frameMaterial, polymer ? U(8, 14) : U(2, 5), U(3, 5), closed: false, guard);
            pen.Poly(Steel, U(3, 6), (tx - 2, fy + 4), (tx + 2, fy + 4), (tx - 1, fy + 4 + (guardH * 0.7)), (tx - 4, fy + 4 + (guardH * 0.7)));

            // Magazine: in the grip (pistols) or ahead of the trigger guard.
            if (!revolver && Chance(0.7))
            {
                var ahead = Chance(0.25);
                var ml = ahead ? U(60, 200) : grip * U(0.8, 1.05);
                var mw = U(14, 22);
                var mx = ahead ? tx + (guardW / 2) + U(5, 15) : gx + ((gw - mw) / 2);
                var mtan = ahead ? Math.Tan(U(-5, 15) * Math.PI / 180) : tan;
                var top = fy - (ahead ? 0 : 4);
                pen.Poly(Steel, U(1.2, 2.5), (mx, top), (mx + mw, top), (mx + mw - (ml * mtan), top + ml), (mx - (ml * mtan), top + ml));
                var rounds = (int)(ml / U(9, 12));
                for (var i = 0; i < rounds; i++)
                {
                    var f = (i + 0.5) / rounds;
                    var rx = mx + (mw / 2) - (ml * f * mtan) + ((i % 2 == 0 ? -1 : 1) * mw * 0.1);
                    pen.Ellipse(Brass, U(2, 3.5), rx, top + (ml * f), mw * 0.35, U(3.5, 5));
                }
            }

            if (stock)
            {
                // Stock: wood or plastic, from the receiver's rear, sometimes a steel butt plate.
                var sx = x0 - stockL;
                var drop = U(0, 40);
                var butt = U(90, 140);
                var wood = Chance(0.6);
                pen.Poly(Organic, wood ? U(25, 40) : U(12, 20),
                    (x0, y0 + 2), (x0, y0 + rh + U(15, 30)), (sx + U(0, 30), y0 + drop + butt), (sx, y0 + drop + butt), (sx, y0 + drop));
                if (Chance(0.5))
                {
                    pen.Rect(Steel, U(2, 4), sx, y0 + drop, U(3, 6), butt);
                }
            }

            // Sights and hammer.
            pen.Rect(Steel, U(3, 8), x0 + rl - U(8, 14), y0 - U(2, 5), U(3, 8), 4);
            if (Chance(0.6))
            {
                pen.Poly(Steel, U(4, 8), (x0 + 2, y0 + 4), (x0 - U(4, 12), y0 - U(2, 8)), (x0 + 6, y0 + 2));
            }

            return pen.Box;
        }

        // ---- phone ----------------------------------------------------------------------------

        /// <summary>
        /// A mobile phone from parts: a slab 45–85 × 80–180 mm (sometimes a tiny one), a metal or plastic
        /// frame, glass or plastic faces, a laminated Li-ion pouch over 35–70 % of it, a board with chips,
        /// shields, cameras, speaker magnets and screws, a SIM tray; sometimes a case, or a flip, slider or
        /// folding build (two halves overlapping or hinged end to end).
        /// </summary>
        private PixelBox RandomPhone(double scale)
        {
            var tiny = Chance(0.15);
            var w = tiny ? U(25, 45) : U(45, 85);
            var l = tiny ? U(60, 95) : Math.Max(w * 1.3, U(80, 180));
            var build = Pick(0, 0, 0, 0, 1, 2, 3); // slab, flip (closed or open), slider, folding
            var open = build != 2 && Chance(0.5);
            var extent = build == 0 ? l : open ? l * 1.05 : l * 0.75;
            var pen = Place((extent / 2) + 12, scale);
            switch (build)
            {
                case 0:
                    PhoneHalf(pen, -l / 2, -w / 2, l, w, battery: true, screen: true);
                    break;
                case 2:
                    // Slider: the screen half slides over the keypad half.
                    var shift = l * U(0, 0.45);
                    PhoneHalf(pen, -l / 2, -w / 2, l * 0.8, w, battery: true, screen: false);
                    PhoneHalf(pen, (-l / 2) + shift, -w / 2, l * 0.8, w, battery: false, screen: true);
                    break;
                default:
                    // Flip or folding: two halves, stacked when shut, end to end with a hinge when open.
                    var hl = l / 2;
                    var hinge = U(6, 12);
                    if (open)
                    {
                        PhoneHalf(pen, -hl - (hinge / 2), -w / 2, hl, w, battery: true, screen: build == 3);
                        PhoneHalf(pen, hinge / 2, -w / 2, hl, w, battery: false, screen: true);
                        PhoneHinge(pen, -hinge / 2, -w / 2, hinge, w);
                    }
                    else
                    {
                        PhoneHalf(pen, -hl / 2, -w / 2, hl, w, battery: true, screen: build == 3);
                        PhoneHalf(pen, -hl / 2 + U(-2, 2), -w / 2, hl, w, battery: false, screen: true);
                        PhoneHinge(pen, (hl / 2) - (hinge / 2), -w / 2, hinge, w);
                    }

                    break;
            }

            return pen.Box;
        }

        /// <summary>A hinge across a phone at x, hinge wide: a plastic or metal barrel round a steel pin.</summary>
        private void PhoneHinge(Pen pen, double x, double y, double hinge, double w)
        {
            pen.Rect(Pick(Organic, Organic, Alloy), hinge * U(0.6, 0.9), x, y + 3, hinge, w - 6);
            pen.Rect(Steel, U(1.5, 4), x + (hinge / 2) - 1, y + 4, 2, w - 8);
        }

        /// <summary>One slab of a phone at (x, y), l × w: frame, faces, battery, board and its parts.</summary>
        private void PhoneHalf(Pen pen, double x, double y, double l, double w, bool battery, bool screen)
        {
            var r = U(3, Math.Min(14, w / 3));
            var outline = RoundedOutline(x, y, l, w, r);
            var depth = U(6, 12);
            // Frame seen edge-on: a rim as deep as the phone.
            var frame = Pick(0, 0, 1, 2);
            var (frameMaterial, frameT) = frame switch
            {
                0 => (Alloy, depth),
                1 => (Steel, depth * U(0.4, 0.8)),
                _ => (Organic, depth * 1.5),
            };
            pen.Line(frameMaterial, frameT, U(1.5, 4), closed: true, outline);
            // Faces: glass front and back, or plastic.
            var glass = Chance(0.7);
            pen.Poly(glass ? Mixed : Organic, glass ? U(1.2, 2.5) * (screen ? 1 : 0.5) : U(2, 5), outline);
            if (screen)
            {
                // Display stack and its steel support plate.
                pen.Rect(Mixed, U(0.8, 2), x + 3, y + 3, l - 6, w - 6);
                pen.Rect(Steel, U(0.1, 0.35), x + 3, y + 3, l - 6, w - 6);
            }

            var boardAt = x + U(3, 6);
            var boardL = battery ? l * U(0.2, 0.4) : l * U(0.25, 0.9);
            if (battery)
            {
                // Li-ion pouch over 35–70 % of the slab: laminate (aluminium foil) around dense electrode stack.
                var area = U(0.35, 0.7);
                var bw = w * U(0.7, 0.9);
                var bl = Math.Min(l * area * (w / bw), l - boardL - 8);
                var bx = x + boardL + U(4, 8);
                var by = y + ((w - bw) / 2) + U(-2, 2);
                pen.Rect(Steel, U(0.3, 1.0), bx, by, bl, bw);
                pen.Rect(Mixed, U(2.5, 6), bx, by, bl, bw);
                // Protection board and tab at one end.
                pen.Rect(Mixed, U(1, 2), bx + (Chance(0.5) ? -3 : bl - 2), by + (bw * 0.2), 5, bw * 0.6);
                pen.Rect(Steel, U(0.3, 0.8), bx - 2, by + (bw * 0.4), 4, bw * 0.2);
            }

            // Main board: fibreglass and copper, chips, shield cans, screws.
            var boardW = w * U(0.6, 0.9);
            var boardY = y + ((w - boardW) / 2);
            pen.Rect(Mixed, U(1, 2), boardAt, boardY, boardL, boardW);
            for (var i = random.Next(3, 10); i > 0; i--)
            {
                pen.Rect(Pick(Mixed, Steel), U(0.5, 2), U(boardAt, boardAt + boardL - 6), U(boardY, boardY + boardW - 6), U(2, 10), U(2, 10));
            }

            for (var i = random.Next(0, 3); i > 0; i--)
            {
                var sl = U(8, Math.Max(9, boardL * 0.6));
                pen.Rect(Steel, U(0.15, 0.4), U(boardAt, boardAt + boardL - sl), U(boardY, boardY + (boardW / 2)), sl, U(8, boardW * 0.5));
            }

            for (var i = random.Next(2, 9); i > 0; i--)
            {
                pen.Ellipse(Steel, U(1.5, 3.5), U(x + 3, x + l - 3), U(y + 3, y + w - 3), 0.9, 0.9);
            }

            // Cameras: one to four, a ring and a lens, in the board's corner.
            if (battery || Chance(0.5))
            {
                var cams = random.Next(1, 5);
                var cr = U(2.5, Math.Min(8, w / 8));
                var cx = x + U(6, 12) + cr;
                var cy = y + U(6, 12) + cr;
                for (var i = 0; i < cams; i++)
                {
                    var px = cx + ((i % 2) * (2 * cr + 3));
                    var py = cy + ((i / 2) * (2 * cr + 3));
                    pen.Ellipse(Steel, U(1, 3), px, py, cr, cr);
                    pen.Ellipse(Mixed, U(3, 6), px, py, cr * 0.7, cr * 0.7);
                }
            }

            // Speaker magnets at the ends, a vibration motor.
            for (var i = random.Next(1, 3); i > 0; i--)
            {
                var mx = Chance(0.5) ? x + U(2, 8) : x + l - U(10, 16);
                pen.Rect(Steel, U(1.5, 3.5), mx, y + U(w * 0.2, w * 0.6), U(5, 9), U(8, 15));
            }

            if (Chance(0.6))
            {
                pen.Ellipse(Steel, U(2, 4), x + U(10, l - 10), y + U(5, w - 5), U(3, 5), U(3, 5));
            }

            if (battery && Chance(0.7))
            {
                // SIM tray in the side of the frame.
                pen.Rect(Steel, U(0.4, 1.0), x + U(l * 0.2, l * 0.6), y + 1, U(15, 25), U(8, 12));
            }

            if (battery && Chance(0.3))
            {
                // A case: a rubber or plastic rim round the edge and a back.
                var caseOutline = RoundedOutline(x - 2.5, y - 2.5, l + 5, w + 5, r + 2);
                pen.Line(Organic, U(10, 16), U(2, 4), closed: true, caseOutline);
                pen.Poly(Organic, U(1, 2.5), caseOutline);
            }
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>
        /// A hollow container 60–300 mm long and 30–110 mm across, walls 0.3–2 mm of steel, aluminium,
        /// glass or plastic seen edge-on, with ends, a cap, sometimes a handle; empty or part-filled with water.
        /// </summary>
        private void RandomVessel()
        {
            var length = U(60, 300);
            var d = Math.Min(U(30, 110), length * 0.9);
            var (m, wall) = Pick(0, 1, 2, 3) switch
            {
                0 => (Steel, U(0.3, 1.0)),
                1 => (Alloy, U(0.3, 1.5)),
                2 => (Mixed, U(1.5, 2)),
                _ => (Organic, U(0.5, 2)),
            };
            var neck = Chance(0.5) ? U(0.1, 0.3) * length : 0;
            var pen = Place((length / 2) + 20);
            var x0 = -length / 2;
            var bodyL = length - neck;
            var doubleWall = m.Low > Material.Mixed.Low && Chance(0.35);
            pen.Tube(m, x0, -d / 2, bodyL, d, wall);
            if (doubleWall)
            {
                // A vacuum flask's inner wall.
                pen.Tube(m, x0 + 4, (-d / 2) + 3, bodyL - 8, d - 6, wall * 0.8);
            }

            // The base seen edge-on: the beam crosses the whole disc, so a dark band a wall thick.
            pen.Rect(m, d * 0.6, x0, -d / 2, Math.Max(wall, 0.8), d);
            if (Chance(0.5))
            {
                // Rolled rims or beads.
                pen.Rect(m, d * 0.3, x0 + U(2, 6), -d / 2, 1.2, d);
                pen.Rect(m, d * 0.3, x0 + bodyL - U(2, 6), -d / 2, 1.2, d);
            }

            var fill = Chance(0.5) ? U(0.1, 0.9) : 0;
            if (fill > 0)
            {
                pen.Cylinder(Organic, x0 + wall, (-d / 2) + wall, bodyL - (2 * wall), d - (2 * wall), fill);
            }

            var capD = neck > 0 ? d * U(0.3, 0.6) : d;
            if (neck > 0)
            {
                pen.Poly(m, 2 * wall, (x0 + bodyL, -d / 2), (x0 + bodyL + (neck * 0.4), -capD / 2), (x0 + bodyL + (neck * 0.4), capD / 2), (x0 + bodyL, d / 2));
                pen.Tube(m, x0 + bodyL + (neck * 0.4), -capD / 2, neck * 0.6, capD, wall);
            }

            // Cap or lid: plastic, or a metal lid; a cup on a flask.
            var capL = U(10, 40);
            var capX = x0 + length - (neck > 0 ? capL * 0.5 : 0);
            var capMaterial = Pick(Organic, Organic, Steel, Alloy);
            pen.Tube(capMaterial, capX, (-capD / 2) - 1, capL, capD + 2, capMaterial == Organic ? U(1.5, 3) : U(0.3, 0.8));
            pen.Rect(capMaterial, capD * (capMaterial == Organic ? 0.8 : 0.4), capX + capL - 1.5, (-capD / 2) - 1, 1.5, capD + 2);
            if (Chance(0.3))
            {
                // A handle: a loop of wire or a moulded grip on the side.
                var hr = U(12, 30);
                var hm = Pick(Steel, Organic);
                var arc = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10)
                    .Select(a => (x0 + (bodyL / 2) + (bodyL * 0.35 * Math.Cos(a)), (d / 2) + (hr * Math.Sin(a)))).ToArray();
                pen.Line(hm, hm == Steel ? U(2, 4) : U(8, 14), hm == Steel ? U(2, 4) : U(8, 14), closed: false, arc);
            }
        }

        /// <summary>Household metal, 0.5–4 mm steel, aluminium or brass, 15–250 mm: plates, brackets, hinges, rings, spoons, frames, wire, springs, tags, buckles.</summary>
        private void RandomMetalJunk()
        {
            var m = AnyMetal();
            var t = U(0.5, 4);
            var size = Pick(U(15, 60), U(40, 150), U(100, 250));
            var pen = Place((size / 2) + 10);
            switch (random.Next(10))
            {
                case 0:
                    // A plate or sheet with holes.
                    var pw = size * U(0.3, 1);
                    var outline = RoundedOutline(-size / 2, -pw / 2, size, pw, U(0, pw / 4));
                    var holes = Enumerable.Range(0, random.Next(0, 5))
                        .Select(_ => (U(-size / 2 + 8, size / 2 - 8), U(-pw / 2 + 6, pw / 2 - 6) * 0.8, U(1.5, Math.Max(2, Math.Min(8, pw / 6))))).ToArray();
                    pen.Poly(m, t, holes.Length > 0 && pw > 16 && size > 20 ? WithHoles(outline, holes) : outline);
                    break;
                case 1:
                    // A bracket: an L of strip with screw holes, one leg seen edge-on.
                    var bw = U(10, 30);
                    pen.Poly(m, t, WithHoles(RoundedOutline(-size / 2, -bw / 2, size, bw, 2), (-size / 4, 0, Math.Min(3, bw / 4)), (size / 4, 0, Math.Min(3, bw / 4))));
                    pen.Rect(m, bw * 0.8, (size / 2) - t, -bw / 2, t, bw);
                    break;
                case 2:
                    // A hinge: two leaves and a knuckle pin.
                    var hw = U(15, 40);
                    var leaf = Math.Min(size, 120) / 2;
                    pen.Rect(m, t, -leaf, -hw / 2, leaf - 2, hw);
                    pen.Rect(m, t, 2, -hw / 2, leaf - 2, hw);
                    pen.Cylinder(m, -3, -hw / 2, 6, hw, 1);
                    break;
                case 3:
                    // Rings: a key ring, a washer, a curtain ring.
                    for (var i = random.Next(1, 4); i > 0; i--)
                    {
                        var rr = U(6, Math.Max(7, size / 2));
                        pen.Ring(m, t * U(1, 3), U(1, 4), U(-10, 10), U(-10, 10), rr, rr);
                    }

                    break;
                case 4:
                    // A spoon or a ladle: a bowl and a handle.
                    var bowl = U(0.2, 0.4) * size;
                    pen.Ellipse(m, t * 1.3, (size / 2) - (bowl / 2), 0, bowl / 2, bowl * U(0.3, 0.45));
                    pen.Poly(m, t, (-size / 2, -U(3, 7)), ((size / 2) - bowl, -U(1.5, 3)), ((size / 2) - bowl, U(1.5, 3)), (-size / 2, U(3, 7)));
                    break;
                case 5:
                    // A frame: a picture or mirror frame, a grille.
                    var fh = size * U(0.5, 1);
                    pen.Line(m, t * U(1, 4), U(2, 10), closed: true, (-size / 2, -fh / 2), (size / 2, -fh / 2), (size / 2, fh / 2), (-size / 2, fh / 2));
                    if (Chance(0.4))
                    {
                        for (var x = -size / 2 + 8; x < size / 2; x += U(6, 15))
                        {
                            pen.Line(m, t, 1.2, closed: false, (x, -fh / 2), (x, fh / 2));
                        }
                    }

                    break;
                case 6:
                    // A wire form: a coat hanger, a whisk-like loop, a paper clip chain.
                    var path = Wander(random.Next(4, 12), size / 6, 70);
                    pen.Line(Pick(Steel, Alloy), U(1, 4), U(1, 3), closed: Chance(0.3), path);
                    break;
                case 7:
                    // A coil spring seen from the side.
                    var sd = U(5, 25);
                    var coils = random.Next(4, 25);
                    var pitch = size / coils;
                    var zig = Enumerable.Range(0, (2 * coils) + 1)
                        .Select(i => ((-size / 2) + (i * pitch / 2), (i % 2 == 0 ? -sd : sd) / 2)).ToArray();
                    pen.Line(Steel, U(1, 4), U(0.6, 2.5), closed: false, zig);
                    break;
                case 8:
                    // A tag: a small plate with a hole on a ring.
                    var tw = U(12, 30);
                    var tl = Math.Min(size, 70);
                    pen.Poly(m, t, WithHoles(RoundedOutline(-tl / 2, -tw / 2, tl, tw, tw / 3), ((-tl / 2) + (tw / 3), 0, tw / 8)));
                    pen.Ring(Steel, 1.5, 1.5, (-tl / 2) - 6, 0, 8, 8);
                    break;
                default:
                    // A buckle: a rectangular or round frame and its prong.
                    var bl = Math.Min(size, 80);
                    var bh = bl * U(0.6, 1.2);
                    pen.Line(m, t * U(1.5, 3), U(3, 7), closed: true, Chance(0.5) ? RoundedOutline(-bl / 2, -bh / 2, bl, bh, bh / 4) : Oval(0, 0, bl / 2, bh / 2));
                    pen.Line(m, t * U(1.5, 3), U(2, 4), closed: false, (-bl / 2, 0), (bl / 3, 0));
                    break;
            }
        }

        /// <summary>
        /// Harmless electronics that are not phones: remotes, calculators, game controllers, shavers,
        /// e-readers, toothbrushes, clocks: plastic shells with boards, motors, speakers, magnets and
        /// alkaline AA or AAA cells.
        /// </summary>
        private void RandomGadget()
        {
            var kind = random.Next(7);
            var (l, w) = kind switch
            {
                0 => (U(120, 220), U(35, 55)),  // remote control
                1 => (U(120, 180), U(70, 95)),  // calculator
                2 => (U(130, 170), U(90, 115)), // game controller
                3 => (U(110, 160), U(40, 60)),  // shaver
                4 => (U(150, 200), U(100, 140)), // e-reader
                5 => (U(180, 250), U(24, 32)),  // electric toothbrush
                _ => (U(80, 160), U(80, 160)),  // clock
            };
            var pen = Place((Math.Max(l, w) / 2) + 15);
            var shell = U(2, 8);
            var outline = kind == 6 && Chance(0.5) ? Oval(0, 0, l / 2, w / 2) : RoundedOutline(-l / 2, -w / 2, l, w, U(3, Math.Min(w / 2, 25)));
            if (kind == 2)
            {
                // Two handle lobes under the body.
                pen.Ellipse(Organic, U(15, 25), -l * 0.3, w * 0.25, l * 0.2, w * 0.3);
                pen.Ellipse(Organic, U(15, 25), l * 0.3, w * 0.25, l * 0.2, w * 0.3);
            }

            pen.Poly(Organic, shell, outline);
            pen.Line(Organic, U(10, 25), U(1.5, 3), closed: true, outline);
            // Board and chips.
            var boardL = l * U(0.4, 0.85);
            var boardW = w * U(0.5, 0.85);
            var bx = -l / 2 + U(4, (l - boardL) / 2 + 4);
            pen.Rect(Mixed, U(1, 2), bx, -boardW / 2, boardL, boardW);
            for (var i = random.Next(1, 7); i > 0; i--)
            {
                pen.Rect(Pick(Mixed, Organic, Steel), U(0.5, 2.5), U(bx, bx + boardL - 8), U(-boardW / 2, boardW / 2 - 8), U(3, 15), U(3, 12));
            }

            // Alkaline cells: steel can round a zinc/manganese core, never a lithium pouch.
            var (cellL, cellD) = Pick((50.5, 14.5), (44.5, 10.5));
            var cells = kind == 4 || kind == 6 || kind == 5 ? random.Next(1, 3) : random.Next(0, 5);
            var cellsX = (l / 2) - cellL - U(4, 10);
            if (kind == 5)
            {
                cellsX = -l / 2 + U(20, 60);
            }

            for (var i = 0; i < cells && (i + 1) * (cellD + 1) < w - 4; i++)
            {
                var cy = (-w / 2) + 3 + (i * (cellD + 1));
                pen.Tube(Steel, cellsX, cy, cellL, cellD, 0.3);
                pen.Cylinder(Mixed, cellsX + 1, cy + 1, cellL - 2, cellD - 2, 0.9);
                pen.Rect(Steel, 1.2, cellsX + cellL, cy + (cellD / 2) - 2.5, 1.2, 5);
            }

            if (kind is 2 or 3 or 5 || Chance(0.2))
            {
                // Motors: steel can with copper windings and a magnet.
                for (var i = kind == 2 ? 2 : 1; i > 0; i--)
                {
                    var md = U(6, 24);
                    var mx = U(-l / 2 + 5, l / 2 - md - 15);
                    var my = U(-w / 2 + 2, w / 2 - md - 2);
                    pen.Tube(Steel, mx, my, md * U(1.2, 2), md, 0.5);
                    pen.Cylinder(Brass, mx + 2, my + 2, md - 2, md - 4, 0.25);
                }
            }

            if (kind is 1 or 4 or 6 || Chance(0.3))
            {
                // A display: glass and a thin steel back.
                pen.Rect(Mixed, U(1, 2.5), -l / 2 + 8, -w / 2 + 6, l * U(0.3, 0.8), w - 12);
            }

            if (kind == 3)
            {
                // A shaver's foil head: fine steel mesh.
                pen.Rect(Steel, U(0.3, 0.8), l / 2 - 12, -w / 2 + 3, 10, w - 6);
            }

            if (kind is 0 or 6 || Chance(0.3))
            {
                // A speaker or buzzer: a magnet in a steel cup.
                var sr = U(5, Math.Min(18, w / 3));
                var sx = U(-l / 2 + sr + 4, l / 2 - sr - 4);
                pen.Ellipse(Steel, U(0.5, 1.5), sx, 0, sr, sr);
                pen.Ellipse(Steel, U(3, 8), sx, 0, sr * 0.45, sr * 0.45);
            }

            if (kind == 6)
            {
                // Clock hands.
                pen.Line(Pick(Steel, Alloy), U(0.4, 1), 2, closed: false, (0, 0), (l * 0.35, U(-10, 10)));
                pen.Line(Pick(Steel, Alloy), U(0.4, 1), 2.5, closed: false, (0, 0), (U(-10, 10), w * 0.25));
            }

            for (var i = random.Next(2, 7); i > 0; i--)
            {
                pen.Ellipse(Steel, U(4, 8), U(-l / 2 + 4, l / 2 - 4), U(-w / 2 + 3, w / 2 - 3), 1, 1);
            }

            for (var i = kind is 0 or 1 or 2 ? random.Next(6, 30) : 0; i > 0; i--)
            {
                // Keys and buttons.
                pen.Ellipse(Organic, U(2, 5), U(-l / 2 + 6, l / 2 - 6), U(-w / 2 + 5, w / 2 - 5), U(2, 5), U(2, 5));
            }
        }

        /// <summary>An organic object of random outline 1–40 mm thick: boxes, tubs, toys, folded bags, food containers, liquids in plastic.</summary>
        private void RandomPlastic()
        {
            var size = U(40, 250);
            var pen = Place((size / 2) + 10);
            switch (random.Next(6))
            {
                case 0:
                case 4:
                    // A box, tub or food container: walls edge-on darker than its floor, maybe food inside.
                    var bw = size * U(0.4, 1);
                    var outline = Chance(0.3) ? Oval(0, 0, size / 2, bw / 2) : RoundedOutline(-size / 2, -bw / 2, size, bw, U(2, bw / 3));
                    pen.Poly(Organic, U(1, 4), outline);
                    pen.Line(Organic, U(15, 40), U(1.5, 4), closed: true, outline);
                    if (Chance(0.5))
                    {
                        pen.Poly(Organic, U(5, 30), RoundedOutline(-size * 0.4, -bw * 0.35, size * U(0.3, 0.8), bw * 0.7, 6));
                    }

                    break;
                case 1:
                    // A toy: a few lumps of moulded plastic.
                    for (var i = random.Next(2, 6); i > 0; i--)
                    {
                        pen.Ellipse(Organic, U(5, 40), U(-size / 3, size / 3), U(-size / 4, size / 4), U(8, size / 3), U(8, size / 4));
                    }

                    break;
                case 2:
                    // A folded bag: a few thin layers at random.
                    for (var i = random.Next(2, 6); i > 0; i--)
                    {
                        var n = random.Next(4, 8);
                        pen.Poly(Organic, U(1, 4), Enumerable.Range(0, n)
                            .Select(k => 2 * Math.PI * (k + U(-0.3, 0.3)) / n)
                            .Select(a => (U(0.5, 1) * size / 2 * Math.Cos(a), U(0.3, 0.7) * size / 2 * Math.Sin(a))).ToArray());
                    }

                    break;
                case 3:
                    // A liquid in a plastic bottle or pouch: water's thickness follows the round body.
                    var d = Math.Min(U(30, 90), size * 0.6);
                    pen.Tube(Organic, -size / 2, -d / 2, size, d, U(0.5, 1.5));
                    pen.Cylinder(Organic, -size / 2 + 1, -d / 2 + 1, size * U(0.5, 0.98), d - 2, U(0.4, 1));
                    pen.Rect(Organic, U(10, 25), size / 2, -d / 6, U(10, 20), d / 3);
                    break;
                default:
                    // A random flat-ish lump: a slab of foam, a rubber, a block of plasticine.
                    var m = random.Next(5, 12);
                    pen.Poly(Organic, U(1, 40), Enumerable.Range(0, m)
                        .Select(k => 2 * Math.PI * k / m)
                        .Select(a => (U(0.5, 1) * size / 2 * Math.Cos(a), U(0.5, 1) * size / 3 * Math.Sin(a))).ToArray());
                    break;
            }
        }
    }
}
