namespace Screening.Devices.Xray;

// Variant set I (held out after H's run): threat shapes and clutter kinds that none of A to H and R
// draws. About half are the ordinary forms of an item that no set drew yet, half the concealed or
// improvised forms met at a prison gate. Written from what the real things measure and are made of,
// by someone who had read neither the analyser nor any x-ray figures. Thicknesses follow the rest of
// the scene: roughly the millimetres of that material the beam crosses where the part lies flat (a
// round bar or wire of diameter d counts as about 0.8 d, a hollow part as its two walls, a sheet seen
// edge-on as the sheet's share of the line it is drawn as times the depth the beam crosses); a
// material lighter than water (wood, foam, powder) counts its thickness times its density.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        /// <summary>Draws one of set I's threat shapes; null for a shape that is not set I's.</summary>
        private PixelBox? DrawSetIThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.RetractableKnife => RetractableKnife(scale),
            ThreatShape.WoodHandleFolder => WoodHandleFolder(scale),
            ThreatShape.LipstickKnife => LipstickKnife(scale),
            ThreatShape.BeltBuckleKnife => BeltBuckleKnife(scale),
            ThreatShape.OpenSlidePistol => OpenSlidePistol(scale),
            ThreatShape.TakedownRifle => TakedownRifle(scale),
            ThreatShape.PhoneShapedPistol => PhoneShapedPistol(scale),
            ThreatShape.ConvertedBlankRevolver => ConvertedBlankRevolver(scale),
            ThreatShape.ClamshellFoldable => ClamshellFoldable(scale),
            ThreatShape.QwertyPhone => QwertyPhone(scale),
            ThreatShape.PhoneInAerosol => PhoneInAerosol(scale),
            ThreatShape.PhoneInPowderTub => PhoneInPowderTub(scale),
            ThreatShape.RoundsInTobaccoTin => RoundsInTobaccoTin(scale),
            ThreatShape.SimInCharger => SimInCharger(scale),
            ThreatShape.SyringeInMarker => SyringeInMarker(scale),
            ThreatShape.DisposableVape => DisposableVape(scale),
            ThreatShape.TinSnips => TinSnips(scale),
            ThreatShape.LockPicks => LockPicks(scale),
            ThreatShape.CiderBottle => CiderBottle(scale),
            ThreatShape.ResinInFoil => ResinInFoil(scale),
            ThreatShape.DrugsInBatteries => DrugsInBatteries(scale),
            _ => null,
        };

        /// <summary>Draws one of set I's clutter kinds; false for a kind that is not set I's.</summary>
        private bool DrawSetIClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.BikeLock:
                    BikeLock();
                    return true;
                case ClutterKind.RingBinder:
                    RingBinder();
                    return true;
                case ClutterKind.PuzzleCube:
                    PuzzleCube();
                    return true;
                case ClutterKind.HotWaterBottle:
                    HotWaterBottle();
                    return true;
                case ClutterKind.DogLead:
                    DogLead();
                    return true;
                case ClutterKind.CycleHelmet:
                    CycleHelmet();
                    return true;
                case ClutterKind.MagnifyingGlass:
                    MagnifyingGlass();
                    return true;
                case ClutterKind.WoodenTrain:
                    WoodenTrain();
                    return true;
                default:
                    return false;
            }
        }

        // ---- shared parts ---------------------------------------------------------------------

        /// <summary>
        /// A liquid or powder lying in a horizontal cylinder (axis along x, centred on y = 0) filled to
        /// <paramref name="level"/> of its depth: at a distance y across the axis the beam crosses it
        /// from the wall's lowest point up to the surface, never above the wall's top.
        /// </summary>
        private static void LyingFill(Turned part, Material m, double x, double length, double d, double level, double density)
        {
            const int bands = 6;
            var r = d / 2;
            var surface = level * d;
            for (var i = 0; i < bands; i++)
            {
                var near = r * i / bands;
                var far = r * (i + 1) / bands;
                var mid = (near + far) / 2;
                var half = Math.Sqrt((r * r) - (mid * mid));
                var through = Math.Clamp(Math.Min(surface, r + half) - (r - half), 0, 2 * half);
                if (through <= 0)
                {
                    continue;
                }

                part.Rect(m, through * density, x, near, length, far - near);
                part.Rect(m, through * density, x, -far, length, far - near);
            }
        }

        /// <summary>
        /// One cartridge lying on its side, centred on its part's origin, bullet toward +x: a drawn brass
        /// case (0.3 mm walls, a solid head and its rim) with the powder in it, the bullet seated in its
        /// mouth (lead, in a gilding-metal jacket on jacketed rounds).
        /// </summary>
        private static void BrassRound(Turned round, double caseLength, double d, double rim, double bulletOut, double bd, bool jacketed)
        {
            var x = -(caseLength + bulletOut) / 2;
            round.Rect(Brass, 0.8 * rim, x, -rim / 2, 1.2, rim);
            round.Rect(Brass, 0.5 * d, x + 1.2, -d / 2, 2.5, d);
            round.Tube(Brass, x + 3.7, -d / 2, caseLength - 3.7, d, 0.3);
            round.Cylinder(Organic, x + 3.7, (-d / 2) + 0.4, caseLength - 6, d - 0.8, 0.9);
            var seat = Math.Min(6, bulletOut * 0.6);
            var xb = x + caseLength - seat;
            var bl = bulletOut + seat;
            var ogive = new (double X, double Y)[] { (xb, -bd / 2), (xb + (bl * 0.55), -bd / 2), (xb + bl, -bd * 0.12), (xb + bl, bd * 0.12), (xb + (bl * 0.55), bd / 2), (xb, bd / 2) };
            round.Poly(Lead, bd * (jacketed ? 0.55 : 0.65), ogive);
            if (jacketed)
            {
                round.Poly(Brass, 0.9, ogive);
            }
        }

        /// <summary>
        /// A small cylindrical Li-ion cell (13–18 mm) along x from <paramref name="x"/>: a 0.2 mm steel can
        /// round its wound electrodes (oxide on aluminium foil, graphite on copper), the cap and its wrap.
        /// </summary>
        private static void SmallCell(Turned part, double x, double y, double length, double d)
        {
            part.Tube(Steel, x, y - (d / 2), length, d, 0.2);
            part.Cylinder(Mixed, x + 1, y - (d / 2) + 0.3, length - 2.5, d - 0.6, 0.5);
            part.Cylinder(Steel, x + 1, y - (d / 2) + 0.3, length - 2.5, d - 0.6, 0.12);
            part.Rect(Steel, 1.5, x + length - 1.5, y - (d * 0.35), 1.5, d * 0.7);
            part.Rect(Organic, 0.5, x, y - (d / 2), length, d);
        }

        /// <summary>A zip along a path: its 0.7 mm steel teeth (about half the line is metal) and its pull.</summary>
        private static void SteelZip(Turned part, double pullX, double pullY, params (double X, double Y)[] path)
        {
            part.Line(Steel, 0.45, 4, false, path);
            part.Rect(Steel, 1.5, pullX - 5, pullY - 2, 10, 16);
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// A retractable trapezoid-blade utility knife (Stanley 99E class): a 150–165 mm body of two
        /// die-cast zinc-alloy or aluminium halves (2–2.6 mm walls, 28–34 mm at its deepest) held by one
        /// steel screw, a rubber grip insert on some; a 61 × 19 × 0.63 mm blade in its steel carrier,
        /// retracted or slid 8–22 mm out of the nose; up to five spare blades stored in the handle.
        /// </summary>
        private PixelBox RetractableKnife(double scale)
        {
            var l = U(150, 165);
            var h = U(28, 34);
            var zinc = Chance(0.6);
            var body = zinc ? ZincAlloy : Aluminium;
            var wall = zinc ? U(2, 2.3) : U(2.2, 2.6);
            var exposed = Chance(0.6) ? U(8, 22) : 0;
            var pen = Place(((l + exposed) / 2) + 5, scale);
            var x0 = -(l + exposed) / 2;
            var xn = x0 + l;
            var outline = new (double X, double Y)[]
            {
                (x0 + 5, -h * 0.38), (x0 + (0.4 * l), -h / 2), (xn - 14, -h * 0.42), (xn, -h * 0.12),
                (xn, h * 0.22), (xn - 22, h * 0.42), (x0 + (0.55 * l), h / 2), (x0 + (0.25 * l), h * 0.42),
                (x0 + 3, h * 0.3), (x0, 0),
            };
            var frame = new Turned(pen, 0, 0, 0);
            frame.Poly(body, 2 * wall, outline);
            // Where the halves curve round, the beam runs along the wall.
            frame.Line(body, 3 * wall, 1.5, true, outline);
            if (Chance(0.5))
            {
                frame.Poly(Organic, U(5, 7), (x0 + 12, h * 0.12), (x0 + (0.55 * l), h * 0.18), (x0 + (0.55 * l), h * 0.44), (x0 + (0.25 * l), h * 0.38), (x0 + 12, h * 0.26));
            }

            // The blade, its point at (or out of) the nose and its edge along the bottom; the carrier behind
            // it, the slider button on top, the screw through both halves.
            TrapezoidBlade(new Turned(pen, xn - 2 + exposed, h * 0.18, 0));
            var xc = xn - 63 + exposed;
            frame.Rect(Steel, 1.2, xc - 12, -h * 0.3, 30, h * 0.42);
            frame.Rect(body, 5, xc + 2, (-h / 2) - 2.5, 12, 4);
            frame.Ellipse(Steel, 12, x0 + (0.42 * l), h * 0.05, 2.5, 2.5);
            frame.Ellipse(Steel, 2, x0 + (0.42 * l), h * 0.05, 4, 4);
            for (var i = random.Next(0, 6); i > 0; i--)
            {
                TrapezoidBlade(new Turned(pen, x0 + 8 + U(-1, 1), (-h * 0.3) + U(-1, 1), Math.PI + U(-0.03, 0.03)));
            }

            return pen.Box;
        }

        /// <summary>A trapezoid utility blade (61 × 19 × 0.63 mm): its point at the part's origin, the edge along y = 0, two notches in its back.</summary>
        private static void TrapezoidBlade(Turned blade) =>
            blade.Poly(Steel, 0.63, (0, 0), (-61, 0), (-51, -19), (-36, -19), (-34.5, -16.5), (-33, -19), (-28, -19), (-26.5, -16.5), (-25, -19), (-10, -19));

        /// <summary>
        /// A wooden-handled folding knife with a locking collar (Opinel No. 7–10 class): a 77–100 mm blade
        /// of 1.5–2 mm carbon or stainless steel, a round beech handle 100–133 mm long and 17–22 mm across
        /// (about 0.6–0.75 g/cm³), a 0.8 mm pressed steel ferrule at the pivot end with the locking ring
        /// turning on it, a 3 mm steel pivot pin through both; open, or folded into the handle's slot.
        /// </summary>
        private PixelBox WoodHandleFolder(double scale)
        {
            var (bl, hl, hd) = random.Next(4) switch
            {
                0 => (77.0, 100.0, 17.0),
                1 => (85.0, 110.0, 19.0),
                2 => (90.0, 120.0, 20.0),
                _ => (100.0, 133.0, 22.0),
            };
            var bw = hd * U(0.85, 0.95);
            var open = Chance(0.6);
            var pen = Place(open ? ((bl + hl) / 2) + 5 : (hl / 2) + 5, scale);
            var x0 = open ? -(bl + hl) / 2 : -hl / 2;
            var xp = x0 + hl - 7;
            var wood = U(0.6, 0.75);
            var handle = new Turned(pen, 0, 0, 0);
            handle.Cylinder(Organic, x0 + 4, -hd / 2, hl - 4, hd, wood);
            handle.Ellipse(Organic, hd * wood * 0.6, x0 + 5, 0, 5, hd * 0.45);
            handle.Tube(Steel, x0 + hl - 14, (-hd / 2) - 0.4, 14, hd + 0.8, 0.8);
            handle.Tube(Steel, x0 + hl - 6, (-hd / 2) - 1.2, 5, hd + 2.4, 0.9);
            // The pivot pin runs across the handle, along the beam when the knife lies flat.
            handle.Ellipse(Steel, hd * 0.8, xp, 0, 1.5, 1.5);
            var t = Chance(0.5) ? U(1.5, 1.7) : U(1.8, 2.0);
            var blade = new Turned(pen, xp, 0, open ? U(-0.04, 0.04) : Math.PI + U(-0.02, 0.02));
            // From the tang round the pivot to the point: the spine straight, the edge rising to the point;
            // ground thinner toward the edge.
            blade.Poly(Steel, t * 0.55, (-5, -bw / 2), (0.68 * bl, -bw / 2), (bl, (-bw / 2) + (0.42 * bw)), (0.82 * bl, (-bw / 2) + (0.82 * bw)), (0.35 * bl, bw / 2), (-5, (bw / 2) - 1));
            blade.Rect(Steel, t * 0.45, -5, -bw / 2, 0.7 * bl, bw * 0.45);
            return pen.Box;
        }

        /// <summary>
        /// A knife disguised as a lipstick: a 75–85 × 18–21 mm anodised aluminium case (0.5 mm walls) whose
        /// cap pulls off a 40–50 × 11–13 mm double-edged blade of 1.5–2 mm stainless, riveted into a solid
        /// aluminium or zinc-alloy plug in the base; shut, or its cap off beside it; alone, or in a small
        /// zipped cosmetics pouch with one or two real lipsticks.
        /// </summary>
        private PixelBox LipstickKnife(double scale)
        {
            var len = U(75, 85);
            var d = U(18, 21);
            var bl = U(40, 50);
            var bw = U(11, 13);
            var pouch = Chance(0.4);
            var capOff = Chance(0.3);
            var pen = Place(pouch ? 72 : (len / 2) + (capOff ? 32 : 5), scale);
            if (pouch)
            {
                var bag = new Turned(pen, 0, 0, 0);
                RoundedRect(bag, Organic, 1.5, -65, -42, 130, 84, 12);
                SteelZip(bag, U(-40, 40), -42, (-58, -40), (58, -40));
                for (var i = random.Next(1, 3); i > 0; i--)
                {
                    var real = new Turned(pen, U(-30, 30), U(-20, 25), U(0, 2 * Math.PI));
                    real.Tube(Aluminium, -len / 2, -d / 2, len, d, 0.4);
                    real.Tube(Aluminium, (-len / 2) + 2, (-d / 2) + 0.6, len * 0.5, d - 1.2, 0.4);
                    real.Cylinder(Organic, (-len / 2) + 8, -5.5, len * 0.55, 11, 0.9);
                }
            }

            pen.Item(() =>
            {
                var knife = pouch
                    ? new Turned(pen, U(-25, 25), U(-18, 18), U(0, 2 * Math.PI))
                    : new Turned(pen, capOff ? -15 : 0, 0, 0);
                var x0 = -len / 2;
                var lb = len * U(0.32, 0.38);
                var zincPlug = Chance(0.5);
                knife.Tube(Aluminium, x0, -d / 2, lb, d, 0.5);
                knife.Cylinder(zincPlug ? ZincAlloy : Aluminium, x0 + lb - 12, (-d / 2) + 1.2, 12, d - 2.4, zincPlug ? 0.5 : 1);
                knife.Rect(Aluminium, 0.5 * d * 0.8, x0, (-d / 2) + 1, 1, d - 2);
                // The blade's flat lies at any angle about the case's axis: across it, its width and thickness mix.
                var phi = U(0, Math.PI);
                var bt = U(1.5, 2);
                var across = (bw * Math.Abs(Math.Cos(phi))) + (bt * Math.Abs(Math.Sin(phi)));
                var through = bw * bt / across;
                var xb = x0 + lb - 10;
                knife.Poly(Steel, through, (xb, -across / 2), (xb + 10 + (0.7 * bl), -across / 2), (xb + 10 + bl, 0), (xb + 10 + (0.7 * bl), across / 2), (xb, across / 2));
                knife.Rect(Steel, 2, xb + 3, -d * 0.4, 2, d * 0.8);
                var lc = len - lb + 2;
                if (capOff)
                {
                    var cap = pouch
                        ? new Turned(pen, U(-25, 25), U(-18, 18), U(0, 2 * Math.PI))
                        : new Turned(pen, U(18, 28), U(-22, 22) + (Chance(0.5) ? 0 : d), U(0, 2 * Math.PI));
                    LipstickCap(cap, -lc / 2, lc, d);
                }
                else
                {
                    LipstickCap(knife, x0 + lb - 2, lc, d);
                }
            });

            return pen.Box;
        }

        /// <summary>A lipstick case's cap from x: a 0.5 mm aluminium tube with a plastic liner, its closed end seen edge-on.</summary>
        private static void LipstickCap(Turned cap, double x, double length, double d)
        {
            cap.Tube(Aluminium, x, (-d / 2) - 0.5, length, d + 1, 0.5);
            cap.Rect(Aluminium, 0.5 * d * 0.8, x + length - 1, -d / 2, 1, d);
            cap.Rect(Organic, 1.2, x + 1, -d / 2, length - 2, d);
        }

        /// <summary>
        /// A belt-buckle knife: a 75–90 × 50–60 mm die-cast zinc-alloy plate buckle (a 3–4 mm decorated face)
        /// that is the grip of a 55–70 × 18–22 mm double-edged blade of 2–3 mm stainless, sheathed in a
        /// zinc channel behind the plate, on a 35–40 mm leather belt (3.5–4 mm) bunched up loosely beside
        /// it, its end folded round the buckle's bar with two press studs; drawn part way out on some.
        /// </summary>
        private PixelBox BeltBuckleKnife(double scale)
        {
            var bw = U(35, 40);
            var lt = U(3.5, 4);
            var pen = Place(95, scale);
            var path = Wander(random.Next(4, 7), U(40, 55), 65);
            var strap = new Turned(pen, 0, 0, 0);
            strap.Line(Organic, lt * 0.95, bw, false, path);
            // Stitching lines and the holes near the tip (the leather pressed there): a thin line along it.
            strap.Line(Organic, 0.6, 1, false, path);
            var (sx, sy) = path[0];
            var (nx, ny) = path[1];
            var buckle = new Turned(pen, sx, sy, Math.Atan2(ny - sy, nx - sx) + Math.PI);
            var pl = U(75, 90);
            var ph = U(50, 60);
            var drawn = Chance(0.3) ? U(15, 35) : 0;
            // The fixed part: the bar the belt folds round and the sheath channel behind the plate.
            pen.Item(() =>
            {
                buckle.Rect(ZincAlloy, 5, -14, (-bw / 2) - 2, 5, bw + 4);
                buckle.Rect(ZincAlloy, 2, -10, -ph * 0.22, pl - 12, ph * 0.44);
            });

            buckle.Rect(Organic, lt * 0.95, -45, -bw / 2, 35, bw);
            buckle.Ellipse(Steel, 1.8, -30, -bw / 4, 4, 4);
            buckle.Ellipse(Steel, 1.8, -30, bw / 4, 4, 4);
            // The plate (grip) and its blade, pulled out along the plate by `drawn`.
            pen.Item(() =>
            {
                var face = new Turned(pen, sx, sy, Math.Atan2(ny - sy, nx - sx) + Math.PI);
                var px = -15 + drawn;
                RoundedRect(face, ZincAlloy, U(3, 4), px, -ph / 2, pl, ph, 8);
                face.Line(ZincAlloy, 2, 3, true, RoundedOutline(px + 5, (-ph / 2) + 5, pl - 10, ph - 10, 6));
                for (var i = random.Next(2, 6); i > 0; i--)
                {
                    face.Ellipse(ZincAlloy, U(1, 2), px + U(15, pl - 15), U(-ph * 0.3, ph * 0.3), U(4, 9), U(4, 9));
                }

                var len = Math.Min(U(55, 70), pl - 12);
                var w = U(18, 22);
                var bt = U(2, 3);
                var xb = px + 6;
                face.Poly(Steel, bt * 0.6, (xb, -w / 2), (xb + (0.7 * len), -w / 2), (xb + len, 0), (xb + (0.7 * len), w / 2), (xb, w / 2));
                face.Rect(Steel, bt * 0.4, xb, -w * 0.15, len * 0.85, w * 0.3);
            });

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// A full-size 9 mm service pistol with an open-top slide and an aluminium-alloy frame (Beretta 92
        /// class): 210–217 × 137 mm, a 125 mm steel barrel (14 mm, 9 mm bore) exposed along the top where
        /// the slide is cut away, 3.5 mm slide walls, an exposed steel hammer, a 7075 alloy frame and grip
        /// with plastic or walnut panels, a double-stack 15-round steel magazine (loaded on most); in a
        /// padded zip case on some.
        /// </summary>
        private PixelBox OpenSlidePistol(double scale)
        {
            var l = U(210, 217);
            var sh = U(27, 30);
            var grip = U(95, 105);
            var cased = Chance(0.3);
            var pen = Place((l / 2) + (cased ? 25 : 10), scale);
            var gun = new Turned(pen, 0, 0, 0);
            var x0 = -l / 2;
            var y0 = (-(sh + grip) / 2) + 12;
            var rear = U(80, 88);
            var front = U(30, 36);
            pen.Item(() =>
            {
                gun.Rect(Steel, 8, x0, y0, rear, sh);
                gun.Rect(Steel, 7, x0 + l - front, y0, front, sh);
                gun.Rect(Steel, 7, x0 + rear, y0 + (sh * 0.42), l - rear - front, sh * 0.58);
                // Barrel with its chamber and locking block; the recoil spring on its guide under it.
                var xb = x0 + rear - 28;
                gun.Tube(Steel, xb, y0 + 3, l - rear + 26, 14, 2.5);
                gun.Rect(Steel, 5, xb, y0 + 2, 30, 16);
                gun.Rect(Steel, 6, xb + 6, y0 + 16, 26, 7);
                gun.Cylinder(Steel, x0 + rear + 8, y0 + sh - 9, l - rear - front - 4, 6, 0.5);
                gun.Line(Steel, 0.8, 1, false, [.. Enumerable.Range(0, 18).Select(i => (x0 + rear + 8 + (i * (l - rear - front - 6) / 17.0), y0 + sh - (i % 2 == 0 ? 10.0 : 2.0)))]);
                gun.Rect(Steel, 3, x0 + l - 8, y0 - 4, 4, 4);
                gun.Rect(Steel, 6, x0 + 4, y0 - 4, 12, 4);
                gun.Poly(Steel, 6, (x0 - 2, y0 + 6), (x0 + 6, y0 + 9), (x0 - 6, y0 - 6), (x0 - 12, y0 - 2));
                // Frame: the dust cover under the slide, the big trigger guard, the trigger.
                gun.Rect(Aluminium, 18, x0 + 12, y0 + sh, l - 47, 12);
                var guard = Enumerable.Range(0, 12).Select(i => Math.PI * i / 11)
                    .Select(a => (x0 + 78 + (26 * Math.Cos(a)), y0 + sh + 10 + (19 * Math.Sin(a)))).ToArray();
                gun.Line(Aluminium, 7, 5, false, guard);
                gun.Poly(Steel, 4, (x0 + 70, y0 + sh + 10), (x0 + 76, y0 + sh + 10), (x0 + 72, y0 + sh + 24), (x0 + 67, y0 + sh + 23));
                // Grip: the alloy frame's walls and backstrap, the panels over them.
                var rake = Math.Tan(U(14, 18) * Math.PI / 180);
                var gx = x0 + 6;
                var gy = y0 + sh + 8;
                var outline = new (double X, double Y)[] { (gx, gy - 4), (gx + 40, gy - 4), (gx + 40 - (grip * rake), gy + grip), (gx - 2 - (grip * rake), gy + grip) };
                gun.Poly(Aluminium, 6, outline);
                gun.Poly(Aluminium, 8, (gx, gy - 4), (gx + 6, gy - 4), (gx + 4 - (grip * rake), gy + grip), (gx - 2 - (grip * rake), gy + grip));
                gun.Poly(Organic, Chance(0.5) ? 8 : 6, outline);
                // Magazine down the grip (+x of `mag` runs down it), the rounds lying across it, bullets forward.
                var a = (Math.PI / 2) + Math.Atan(rake);
                var (mx, my) = (gx + 22 - ((grip / 2) * rake), gy + (grip / 2));
                var mag = new Turned(pen, mx, my, a);
                mag.Rect(Steel, 1.6, (-grip / 2) + 2, -11, grip + 2, 22);
                mag.Rect(Organic, 8, (grip / 2) + 4, -13, 6, 26);
                var rounds = Chance(0.8) ? random.Next(5, 16) : 0;
                for (var i = 0; i < rounds; i++)
                {
                    var along = (-grip / 2) + 8 + (i * 4.6);
                    BrassRound(new Turned(pen, mx + (along * Math.Cos(a)), my + (along * Math.Sin(a)), a - (Math.PI / 2)), 19.15, 9.9, 9.9, 10.5, 9.0, jacketed: true);
                }
            });

            if (cased)
            {
                var (cx, cy, cw, ch) = (x0 - 18, y0 - 16, l + 36, sh + grip + 28);
                RoundedRect(gun, Organic, U(2.5, 4), cx, cy, cw, ch, 15);
                SteelZip(gun, cx + cw - 10, cy + 10, (cx + 10, cy + 2), (cx + cw - 2, cy + 2), (cx + cw - 2, cy + ch - 10));
            }

            return pen.Box;
        }

        /// <summary>
        /// A take-down .22 survival rifle (AR-7 class) stowed in its own stock: a 419 mm hollow ABS stock
        /// (two 3 mm faces, 40 mm deep, the butt flaring to 125 mm) holding the 406 mm barrel (a steel
        /// liner 12 mm across in a 22 mm plastic sleeve, its aluminium nut), the 170 mm aluminium-alloy
        /// receiver with its steel bolt, springs and trigger parts, and two 8-round steel magazines of .22
        /// rimfire; on some taken out and lying beside the stock.
        /// </summary>
        private PixelBox TakedownRifle(double scale)
        {
            const double sl = 419;
            var stowed = Chance(0.6);
            var pen = Place((sl / 2) + (stowed ? 5 : 20), scale);
            var oy = stowed ? 0 : -45.0;
            var stock = new Turned(pen, 0, oy, 0);
            var outline = new (double X, double Y)[] { (-sl / 2, -35), (sl / 2, -35), (sl / 2, 35), (-20, 35), (-120, 90), (-sl / 2, 95) };
            stock.Poly(Organic, 6.5, outline);
            stock.Line(Organic, 30, 2.5, true, outline);
            stock.Rect(Organic, 25, -sl / 2, -35, 12, 130);
            // The moulded compartments' walls.
            stock.Line(Organic, 20, 2, false, (-sl / 2 + 12, -8), (sl / 2 - 5, -8));
            stock.Line(Organic, 20, 2, false, (-45, -8), (-45, 38), (-sl / 2 + 12, 38));
            if (stowed)
            {
                RifleBarrel(new Turned(pen, 2, -22, 0), 400);
                RifleReceiver(new Turned(pen, 45, 12, 0));
                RimfireMagazine(new Turned(pen, -150, 50, 0), random.Next(0, 9));
                RimfireMagazine(new Turned(pen, -150, 74, 0), random.Next(0, 9));
                return pen.Box;
            }

            RifleBarrel(new Turned(pen, U(-8, 8), 30, U(-0.04, 0.04)), 400);
            var rx = U(-110, 60);
            RifleReceiver(new Turned(pen, rx, 75, U(-0.05, 0.05)));
            RimfireMagazine(new Turned(pen, rx + 10, 115, Math.PI / 2), random.Next(0, 9));
            if (Chance(0.6))
            {
                RimfireMagazine(new Turned(pen, rx + U(110, 150), 90, U(0, Math.PI)), random.Next(0, 9));
            }

            return pen.Box;
        }

        /// <summary>The rifle's barrel centred on its part: a steel liner in a plastic sleeve, the nut at its breech end.</summary>
        private static void RifleBarrel(Turned barrel, double length)
        {
            barrel.Tube(Organic, -length / 2, -11, length, 22, 5);
            barrel.Tube(Steel, -length / 2, -6, length, 12, 3.2);
            barrel.Tube(Aluminium, -length / 2, -15, 22, 30, 4);
            barrel.Rect(Steel, 3, (length / 2) - 6, -2, 5, 4);
        }

        /// <summary>The rifle's receiver centred on its part: alloy shell, steel bolt, guide rods and springs, the trigger group.</summary>
        private static void RifleReceiver(Turned receiver)
        {
            receiver.Rect(Aluminium, 6, -85, -18, 170, 36);
            receiver.Line(Aluminium, 12, 2, true, (-85, -18), (85, -18), (85, 18), (-85, 18));
            receiver.Rect(Steel, 12, -30, -12, 55, 14);
            receiver.Cylinder(Steel, -80, -14, 60, 3);
            receiver.Cylinder(Steel, -80, -3, 60, 3);
            receiver.Line(Steel, 1, 1, false, [.. Enumerable.Range(0, 14).Select(i => (-78 + (i * 4.0), i % 2 == 0 ? -15.0 : -10.0))]);
            receiver.Rect(Steel, 3, 0, 4, 28, 12);
            receiver.Poly(Steel, 4, (10, 16), (16, 16), (14, 28), (9, 27));
            receiver.Line(Steel, 2.5, 3, false, (0, 18), (2, 30), (14, 34), (26, 30), (28, 18));
        }

        /// <summary>An 8-round .22 rimfire box magazine along x: 0.6 mm steel walls, its spring and follower, rounds lying across it.</summary>
        private static void RimfireMagazine(Turned mag, int rounds)
        {
            mag.Rect(Steel, 1.2, -42, -11, 85, 22);
            mag.Line(Steel, 3, 1, true, (-42, -11), (43, -11), (43, 11), (-42, 11));
            mag.Line(Steel, 0.8, 0.8, false, [.. Enumerable.Range(0, 10).Select(i => (-38 + (i * 3.5), i % 2 == 0 ? -8.0 : 8.0))]);
            mag.Rect(Organic, 6, -44, -12, 4, 24);
            for (var i = 0; i < rounds; i++)
            {
                // .22 LR across the magazine: rimmed brass case 15.6 × 5.7 mm, a 5.6 mm heeled lead bullet.
                var x = 36 - (i * 6.0);
                mag.Rect(Brass, 5, x - 3.5, -11, 7, 1);
                mag.Rect(Brass, 0.6, x - 2.85, -10, 5.7, 15.6);
                mag.Rect(Organic, 4, x - 2.5, -9, 5, 13);
                mag.Rect(Lead, 3.6, x - 2.8, 5.6, 5.6, 7);
                mag.Rect(Lead, 2, x - 2, 12.6, 4, 2.5);
            }
        }

        /// <summary>
        /// A two-shot pistol made to look like a phone (Ideal Conceal class): shut, a 125–130 × 64–76 × 22
        /// mm glass-filled nylon shell round a steel block of two side-by-side .380 barrels (63 mm, 14 mm
        /// across), the breech face and striker parts, a hinge pin and latch spring; open, the rear half
        /// swung through 90° on its hinge into a grip, the trigger out; a round in each chamber on most.
        /// </summary>
        private PixelBox PhoneShapedPistol(double scale)
        {
            var l = U(125, 130);
            var w = U(64, 76);
            var open = Chance(0.3);
            var pen = Place(open ? 85 : (l / 2) + 5, scale);
            var lb = l * 0.52;
            var xh = (l / 2) - lb;
            var front = new Turned(pen, 0, 0, 0);
            // The barrel half: shell faces and walls, the barrel block near one long edge, the breech face.
            RoundedRect(front, Organic, 8, xh, -w / 2, lb, w, 6);
            front.Line(Organic, 18, 2, true, RoundedOutline(xh + 0.5, (-w / 2) + 0.5, lb - 1, w - 1, 6));
            var yb = (-w / 2) + 18;
            front.Rect(Steel, 7, xh + 4, yb - 16, lb - 6, 32);
            front.Tube(Steel, xh + 4, yb - 15, lb - 6, 14, 2);
            front.Tube(Steel, xh + 4, yb + 1, lb - 6, 14, 2);
            front.Rect(Steel, 8, xh + 1, yb - 16, 6, 32);
            front.Rect(Steel, 3, xh + 2, yb + 18, 26, (w / 2) - yb - 20);
            front.Line(Steel, 1, 1, false, [.. Enumerable.Range(0, 8).Select(i => (xh + 8 + (i * 2.5), yb + 22 + (i % 2 == 0 ? 0 : 6.0)))]);
            for (var i = Chance(0.8) ? random.Next(1, 3) : 0; i > 0; i--)
            {
                BrassRound(new Turned(pen, xh + 7 + 12.4, yb + (i == 1 ? -8 : 8), 0), 17.3, 9.5, 9.5, 7.5, 9.0, jacketed: true);
            }

            // The grip half turns about its hinge at the shell's corner.
            var lg = l - lb;
            var back = new Turned(pen, xh, w / 2, open ? -Math.PI / 2 : 0);
            RoundedRect(back, Organic, 8, -lg, -w, lg, w, 6);
            back.Line(Organic, 18, 2, true, RoundedOutline(-lg + 0.5, -w + 0.5, lg - 1, w - 1, 6));
            back.Ellipse(Steel, 18, -4, -4, 2.5, 2.5);
            back.Rect(Steel, 1.5, -lg + 5, -w + 6, lg - 12, 6);
            back.Rect(Steel, 2, -lg + 4, -12, lg - 10, 8);
            if (open)
            {
                front.Poly(Steel, 5, (xh + 2, w / 2), (xh + 8, w / 2), (xh + 6, (w / 2) + 14), (xh + 1, (w / 2) + 12));
            }

            return pen.Box;
        }

        /// <summary>
        /// A blank-firing revolver converted to fire (Olympic .380 BBM class): a die-cast zinc-alloy frame
        /// and six-shot cylinder (38 × 36 mm) with a 65–80 mm barrel shroud, its blocked bore drilled out
        /// and a 9 mm steel liner tube pressed through it; steel sleeves in the chambers on some; 0–6
        /// converted blanks (22 mm brass cases with lead balls) loaded; steel hammer, plastic grip panels.
        /// </summary>
        private PixelBox ConvertedBlankRevolver(double scale)
        {
            var bl = U(65, 80);
            var pen = Place(72 + (bl / 2), scale);
            var gun = new Turned(pen, 0, 0, 0);
            var ox = (-bl / 2) + 18;
            const double axis = -22;
            const double cd = 38;
            const double cl = 36;
            // Frame: top strap, the frame under the cylinder, the recoil shield, the frame's front.
            gun.Rect(ZincAlloy, 9, ox - cl - 12, axis - (cd / 2) - 4, cl + 20, 6);
            gun.Rect(ZincAlloy, 12, ox - cl - 12, axis + (cd / 2) - 2, cl + 22, 12);
            gun.Rect(ZincAlloy, 14, ox - cl - 14, axis - (cd / 2), 10, cd);
            gun.Rect(ZincAlloy, 12, ox - 2, axis - 12, 10, 24);
            // Cylinder: six chambers (two rows seen from the side), sleeved with steel tube on some.
            gun.Cylinder(ZincAlloy, ox - cl - 3, axis - (cd / 2), cl, cd, 0.5);
            var sleeved = Chance(0.6);
            var loaded = random.Next(0, 7);
            for (var c = 0; c < 6; c++)
            {
                var y = axis + (12 * Math.Sin((c * Math.PI / 3) + 0.5));
                if (sleeved)
                {
                    gun.Rect(Steel, 2, ox - cl - 3, y - 4.75, cl, 9.5);
                }

                if (c < loaded)
                {
                    var x = ox - cl - 2;
                    gun.Rect(Brass, 0.7, x, y - 4.75, 22, 9.5);
                    gun.Rect(Brass, 5, x, y - 5.3, 1.5, 10.6);
                    gun.Ellipse(Lead, 6.5, x + 22, y, 4.5, 4.5);
                }
            }

            // Barrel: the zinc shroud, the steel liner through it, the ejector rod, the front sight.
            gun.Cylinder(ZincAlloy, ox + 8, axis - 10, bl, 20, 0.6);
            gun.Tube(Steel, ox - 2, axis - 4.5, bl + 10, 9, 1.3);
            gun.Cylinder(Steel, ox + 8, axis + 10, bl * 0.6, 5, 0.8);
            gun.Rect(ZincAlloy, 5, ox + bl, axis - 15, 5, 5);
            // Hammer, trigger and guard, the grip frame under its panels.
            gun.Poly(Steel, 6, (ox - cl - 14, axis - 14), (ox - cl - 8, axis - 16), (ox - cl - 18, axis - 28), (ox - cl - 24, axis - 24));
            gun.Poly(ZincAlloy, 5, (ox - 24, axis + 30), (ox - 18, axis + 30), (ox - 20, axis + 42), (ox - 25, axis + 41));
            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(a => (ox - 18 + (16 * Math.Cos(a)), axis + 29 + (14 * Math.Sin(a)))).ToArray();
            gun.Line(ZincAlloy, 5, 4, false, guard);
            var grip = new (double X, double Y)[] { (ox - cl - 14, axis + 22), (ox - cl + 4, axis + 30), (ox - cl, axis + 70), (ox - cl - 14, axis + 82), (ox - cl - 30, axis + 74), (ox - cl - 26, axis + 34) };
            gun.Poly(ZincAlloy, 7, grip);
            gun.Poly(Organic, 14, [.. grip.Select(p => (p.X + 1, p.Y + 2))]);
            gun.Ellipse(Steel, 8, ox - cl - 12, axis + 55, 2, 2);
            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>
        /// A clamshell foldable smartphone (Galaxy Z Flip / Razr class): 165–172 × 72–74 mm open, 82–86 mm
        /// long and 15–17 mm thick folded; each half an aluminium frame and mid-plate, a glass back and the
        /// flexible display's polymer layers, a Li-ion pouch cell (1800–2000 mAh); the top half the board,
        /// cameras and a small cover screen, the bottom the USB-C port and speaker; a steel and aluminium
        /// hinge across the fold. Folded shut on most, open flat on some.
        /// </summary>
        private PixelBox ClamshellFoldable(double scale)
        {
            var hl = U(82, 86);
            var w = U(72, 74);
            var open = Chance(0.3);
            var pen = Place(open ? hl + 5 : (hl / 2) + 10, scale);
            if (open)
            {
                FoldHalf(new Turned(pen, 0, 0, 0), hl, w, top: true);
                FoldHalf(new Turned(pen, 0, 0, Math.PI), hl, w, top: false);
                var hinge = new Turned(pen, 0, 0, 0);
                hinge.Rect(Aluminium, 6, -6, (-w / 2) + 3, 12, w - 6);
                hinge.Rect(Steel, 2.5, -5, (-w / 2) + 6, 10, w - 12);
                hinge.Rect(Steel, 4, -4, (-w / 2) + 8, 8, 12);
                hinge.Rect(Steel, 4, -4, (w / 2) - 20, 8, 12);
                return pen.Box;
            }

            var both = new Turned(pen, -hl / 2, 0, 0);
            FoldHalf(both, hl, w, top: true);
            FoldHalf(both, hl, w, top: false);
            // Folded, the hinge's barrel (about 15 mm across) runs across the fold end.
            var barrel = new Turned(pen, (-hl / 2) - 3, 0, Math.PI / 2);
            barrel.Cylinder(Aluminium, (-w / 2) + 1, -7.5, w - 2, 15, 0.6);
            barrel.Cylinder(Steel, (-w / 2) + 8, -4, w - 16, 8, 0.5);
            return pen.Box;
        }

        /// <summary>One half of a clamshell foldable from its hinge edge (x = 0) to its outer end (x = hl).</summary>
        private void FoldHalf(Turned half, double hl, double w, bool top)
        {
            RoundedRect(half, Glass, 0.7, 0, -w / 2, hl, w, 7);
            RoundedRect(half, Organic, 0.8, 0, -w / 2, hl, w, 7);
            RoundedRect(half, Aluminium, 0.9, 1, (-w / 2) + 1, hl - 2, w - 2, 6);
            half.Line(Aluminium, 6, 2, true, RoundedOutline(0.5, (-w / 2) + 0.5, hl - 1, w - 1, 7));
            var cl = hl * U(0.55, 0.62);
            half.Rect(Steel, 0.6, 6, (-w / 2) + 7, cl, w - 14);
            half.Rect(Mixed, 3, 6, (-w / 2) + 7, cl, w - 14);
            var xo = 10 + cl;
            if (top)
            {
                half.Rect(Mixed, 1.6, xo, (-w / 2) + 4, hl - xo - 3, w - 8);
                for (var i = random.Next(3, 7); i > 0; i--)
                {
                    half.Rect(Steel, 0.5, U(xo, hl - 12), U((-w / 2) + 5, (w / 2) - 14), U(5, 10), U(5, 9));
                }

                half.Ring(Steel, 2, 1.5, hl - 9, (-w / 2) + 10, 4.5, 4.5);
                half.Ring(Steel, 2, 1.5, hl - 9, (-w / 2) + 22, 4.5, 4.5);
                half.Rect(Glass, 0.6, hl - (hl * 0.55), (-w / 2) + 4, hl * 0.5, w * 0.45);
            }
            else
            {
                half.Rect(Mixed, 1.2, xo, (-w / 2) + 6, hl - xo - 4, w - 12);
                half.Rect(Steel, 2.5, hl - 4, -4.5, 4, 9);
                half.Rect(Steel, 2, hl - 10, (w / 2) - 20, 8, 14);
                half.Rect(Steel, 0.6, U(cl * 0.5, cl), (-w / 2) + 0.3, 16, 3.5);
            }
        }

        /// <summary>
        /// A keyboard smartphone (BlackBerry Bold / Classic class): 114–132 × 65–73 × 10–11 mm, a stainless
        /// steel band round the edge, a magnesium chassis, a square screen on glass over the top half and
        /// the board under it, a trackpad and call keys, a 35–40-key keyboard (steel domes on a sheet) over
        /// the bottom; a removable 1230–1500 mAh cell (55 × 38 × 5 mm) behind a plastic back, or a built-in
        /// 2500 mAh pouch.
        /// </summary>
        private PixelBox QwertyPhone(double scale)
        {
            var classic = Chance(0.5);
            var l = classic ? U(129, 132) : U(114, 116);
            var w = classic ? U(72, 73) : U(65, 67);
            var pen = Place((l / 2) + 5, scale);
            var phone = new Turned(pen, 0, 0, 0);
            const double r = 8;
            RoundedRect(phone, Organic, 1.8, -l / 2, -w / 2, l, w, r);
            phone.Line(Steel, 6, 1.2, true, RoundedOutline((-l / 2) + 0.6, (-w / 2) + 0.6, l - 1.2, w - 1.2, r));
            phone.Rect(Aluminium, 1, (-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6);
            var sl = (w - 8) * (classic ? 0.92 : 0.72);
            var xs = (l / 2) - 6 - sl;
            phone.Rect(Glass, 1.1, xs, (-w / 2) + 4, sl, w - 8);
            phone.Rect(Mixed, 1.5, xs, (-w / 2) + 6, sl * 0.9, w - 12);
            for (var i = random.Next(3, 7); i > 0; i--)
            {
                phone.Rect(Steel, 0.5, U(xs, (l / 2) - 14), U((-w / 2) + 6, (w / 2) - 14), U(6, 11), U(5, 9));
            }

            phone.Ring(Steel, 2, 1.5, (l / 2) - 12, (w / 2) - 14, 4, 4);
            phone.Rect(Steel, 2, (l / 2) - 6, -6, 4, 12);
            // Trackpad and call keys between screen and keyboard.
            var xt = xs - 9;
            phone.Rect(Steel, 1.2, xt - 5, -5, 10, 10);
            phone.Rect(Organic, 2, xt - 6, (-w / 2) + 4, 12, w - 8);
            // Keyboard: four rows of ten keys over the bottom.
            var pitch = (w - 10) / 10;
            for (var row = 0; row < 4; row++)
            {
                for (var col = 0; col < 10; col++)
                {
                    phone.Ellipse(Steel, 0.1, xt - 12 - (row * 7.5), (-w / 2) + 5 + ((col + 0.5) * pitch), 1.8, 1.8);
                }
            }

            phone.Rect(Organic, 2, xt - 42, (-w / 2) + 4, 33, w - 8);
            if (!classic || Chance(0.3))
            {
                // Removable cell in its plastic case under the back cover, its contacts.
                phone.Rect(Steel, 0.5, (-l / 2) + 6, -19, 55, 38);
                phone.Rect(Mixed, 3.5, (-l / 2) + 6, -19, 55, 38);
                phone.Rect(Organic, 1.5, (-l / 2) + 5, -20, 57, 40);
                phone.Rect(Brass, 1, (-l / 2) + 6 + 55, -6, 2, 12);
            }
            else
            {
                phone.Rect(Steel, 0.7, (-l / 2) + 5, (-w / 2) + 6, l * 0.5, w - 12);
                phone.Rect(Mixed, 3.8, (-l / 2) + 5, (-w / 2) + 6, l * 0.5, w - 12);
            }

            phone.Rect(Steel, 2.5, (-l / 2) + 0.5, -4.5, 4, 9);
            phone.Rect(Steel, 0.6, U(-l / 4, l / 4), (w / 2) - 3.8, 16, 3.5);
            return pen.Box;
        }

        /// <summary>
        /// A phone in a diversion-safe aerosol: a 150–200 × 45–53 mm deodorant or hairspray can (0.4 mm
        /// aluminium, domed base, tinplate valve cup, plastic cap) whose base unscrews on a plastic collar;
        /// inside, a thumb-sized phone packed in tissue, a charging lead on some, and under the valve a
        /// sealed 30–45 mm compartment of real product so it still sprays. Lying on its side, or standing
        /// (the beam down its length).
        /// </summary>
        private PixelBox PhoneInAerosol(double scale)
        {
            var len = U(150, 200);
            var d = U(45, 53);
            var standing = Chance(0.35);
            var pen = Place(standing ? (d / 2) + 10 : (len / 2) + 20, scale);
            var can = new Turned(pen, 0, 0, 0);
            var pl = U(46, Math.Min(72, len - 80));
            var pw = U(20, Math.Min(27, d - 20));
            var product = U(30, 45);
            if (standing)
            {
                can.Ring(Aluminium, 0.4 * len, 1, 0, 0, (d / 2) - 0.5, (d / 2) - 0.5);
                can.Ellipse(Aluminium, 1.3, 0, 0, (d / 2) - 1, (d / 2) - 1);
                can.Ellipse(Steel, 0.6, 0, 0, 12.5, 12.5);
                can.Ellipse(Organic, 8, 0, 0, 4, 4);
                can.Ring(Organic, 25, 1.5, 0, 0, (d / 2) + 0.8, (d / 2) + 0.8);
                can.Ellipse(Organic, 3, 0, 0, d / 2, d / 2);
                can.Ring(Organic, 20, 2.5, 0, 0, (d / 2) - 2.5, (d / 2) - 2.5);
                can.Ellipse(Organic, 1.5 + (product * U(0.5, 0.9)), 0, 0, (d / 2) - 1, (d / 2) - 1);
                can.Ellipse(Organic, (len - product - 30) * 0.08, 0, 0, (d / 2) - 1, (d / 2) - 1);
                var phones = Chance(0.3) ? 2 : 1;
                pen.Item(() =>
                {
                    for (var i = 0; i < phones; i++)
                    {
                        var y = phones == 1 ? U(-4, 4) : (i - 0.5) * 15;
                        PhoneEndOn(new Turned(pen, U(-3, 3), y, U(-0.2, 0.2)), pl, Math.Min(pw, 22), 12);
                    }
                });

                return pen.Box;
            }

            var x0 = -len / 2;
            var xt = (len / 2) - 15;
            can.Tube(Aluminium, x0, -d / 2, len - 15, d, 0.4);
            can.Poly(Aluminium, 0.8, (xt, -d / 2), (xt + 12, -d * 0.3), (xt + 12, d * 0.3), (xt, d / 2));
            can.Rect(Steel, 2, xt + 11, -13, 3, 26);
            can.Rect(Organic, 4, xt + 14, -4, 8, 8);
            can.Tube(Organic, xt - 5, (-d / 2) - 0.8, 32, d + 1.6, 1.2);
            can.Rect(Aluminium, 0.4 * d * 0.7, x0, (-d / 2) + 2, 3, d - 4);
            can.Tube(Organic, x0, (-d / 2) + 1, 14, d - 2, 2);
            can.Rect(Organic, (d - 4) * 0.8, x0 + 14, (-d / 2) + 2, 1.5, d - 4);
            // The sealed compartment: a plastic divider seen edge-on, the product lying in it.
            var xs = xt - product;
            can.Rect(Organic, (d - 2) * 0.8, xs, (-d / 2) + 1, 1.5, d - 2);
            LyingFill(can, Organic, xs + 1.5, product - 2, d - 1.2, U(0.4, 0.9), 0.95);
            // The hidden space: tissue round a thumb phone, a lead beside it on some.
            can.Cylinder(Organic, x0 + 15.5, (-d / 2) + 1, xs - x0 - 16, d - 2, 0.08);
            var xp = x0 + 16 + (pl / 2) + U(0, Math.Max(0, xs - x0 - 18 - pl));
            pen.Item(() => ThumbPhone(new Turned(pen, xp, U(-2, 2), U(-0.08, 0.08) + (Chance(0.5) ? Math.PI : 0)), pl, pw, battery: Chance(0.85)));
            if (Chance(0.4))
            {
                CoiledLead(pen, Math.Min(xp + (pl / 2) + 8, xs - 14), U(-3, 3), U(9, 12));
            }

            return pen.Box;
        }

        /// <summary>
        /// A thumb-sized phone standing on its end (the beam down its length l): its w × depth section
        /// crossed along all of it: the ABS walls running along the beam, the cell, board and screen one
        /// behind another.
        /// </summary>
        private static void PhoneEndOn(Turned phone, double l, double w, double depth)
        {
            phone.Rect(Organic, l * 0.2, -w / 2, -depth / 2, w, depth);
            phone.Line(Organic, l * 0.9, 1.2, true, (-w / 2, -depth / 2), (w / 2, -depth / 2), (w / 2, depth / 2), (-w / 2, depth / 2));
            phone.Rect(Mixed, l * 0.45 * 0.7, -w * 0.37, (-depth / 2) + 2, w * 0.74, 4);
            phone.Rect(Steel, l * 0.45 * 0.12, -w * 0.37, (-depth / 2) + 2, w * 0.74, 4);
            phone.Rect(Mixed, l * 0.5, -w * 0.4, (depth / 2) - 4, w * 0.8, 1.6);
            phone.Rect(Steel, l * 0.08, -w * 0.3, (depth / 2) - 5.5, w * 0.6, 1.5);
        }

        /// <summary>
        /// Phones buried in a tub of protein powder: a 1 kg (120–130 × 170–190 mm) or 2 kg (150–160 × 220–240
        /// mm) HDPE tub (1.8 mm walls, a screw lid) part full of powder at about 0.4 g/cm³ with its
        /// polypropylene scoop; in a grip-seal bag deep in the powder, a smartphone or one to three
        /// thumb-sized phones, a charging lead on some. Lying on its side, or standing (the beam down it).
        /// </summary>
        private PixelBox PhoneInPowderTub(double scale)
        {
            var big = Chance(0.4);
            var d = big ? U(150, 160) : U(120, 130);
            var h = big ? U(220, 240) : U(170, 190);
            var standing = Chance(0.4);
            var level = U(0.55, 0.95);
            var pen = Place(standing ? (d / 2) + 5 : (h / 2) + 5, scale);
            var tub = new Turned(pen, 0, 0, 0);
            double bagL;
            double bagW;
            var smart = !standing && Chance(0.5);
            if (standing)
            {
                tub.Ring(Organic, 1.8 * h / 2, 2, 0, 0, (d / 2) - 1, (d / 2) - 1);
                tub.Ellipse(Organic, 6.6, 0, 0, (d / 2) - 1, (d / 2) - 1);
                tub.Ellipse(Organic, h * level * 0.4, 0, 0, (d / 2) - 2, (d / 2) - 2);
                tub.Ring(Organic, 8, 6, 0, 0, (d / 2) + 1, (d / 2) + 1);
                Scoop(new Turned(pen, U(-d / 5, d / 5), U(-d / 5, d / 5), U(0, 2 * Math.PI)));
            }
            else
            {
                tub.Tube(Organic, -h / 2, -d / 2, h - 12, d, 1.8);
                tub.Rect(Organic, 1.8 * d * 0.8 / 2, -h / 2, -d / 2, 2, d);
                tub.Tube(Organic, (h / 2) - 18, (-d / 2) - 2, 18, d + 4, 2.2);
                tub.Rect(Organic, 3 * d * 0.8 / 2, (h / 2) - 2, (-d / 2) - 2, 2, d + 4);
                LyingFill(tub, Organic, (-h / 2) + 2, h - 20, d - 3.6, level, 0.4);
                Scoop(new Turned(pen, U(-h / 4, h / 4), U(-d / 6, d / 6), U(0, 2 * Math.PI)));
            }

            var at = new Turned(pen, U(-10, 10), U(-8, 8), U(-0.2, 0.2) + (Chance(0.5) ? Math.PI : 0));
            if (smart)
            {
                var pl = U(140, Math.Min(158, h - 30));
                var pw = U(68, 74);
                pen.Item(() => Handset(at, pl, pw, metal: Chance(0.6)));
                (bagL, bagW) = (pl + 14, pw + 14);
            }
            else
            {
                var phones = random.Next(1, 4);
                pen.Item(() =>
                {
                    for (var i = 0; i < phones; i++)
                    {
                        var y = (i - ((phones - 1) / 2.0)) * 26;
                        ThumbPhone(new Turned(pen, U(-6, 6), y + U(-2, 2), U(-0.15, 0.15)), U(46, 66), U(20, 25), battery: Chance(0.85));
                    }
                });

                (bagL, bagW) = (80, Math.Min((phones * 26) + 16, d - 16));
            }

            var bag = new Turned(pen, 0, 0, U(-0.1, 0.1));
            RoundedRect(bag, Organic, 0.1, -bagL / 2, -bagW / 2, bagL, bagW, 3);
            bag.Line(Organic, 1.5, 1.5, false, (-bagL / 2, (-bagW / 2) + 6), (bagL / 2, (-bagW / 2) + 6));
            if (Chance(0.4))
            {
                CoiledLead(pen, U(-20, 20), U(-15, 15), U(12, 18));
            }

            return pen.Box;
        }

        /// <summary>A powder scoop (polypropylene, 2 mm): a 50–60 mm bowl and its 50 mm handle.</summary>
        private static void Scoop(Turned scoop)
        {
            scoop.Ellipse(Organic, 3, 0, 0, 27, 22);
            scoop.Ring(Organic, 12, 2, 0, 0, 27, 22);
            scoop.Rect(Organic, 4, 25, -4, 50, 8);
        }

        // ---- ammunition -----------------------------------------------------------------------

        /// <summary>
        /// Rounds hidden in a tobacco tin: a hinged 95–110 × 60–75 × 20–25 mm tin of 0.25 mm tinplate with
        /// rolled edges (or a 75 mm round tin), hand-rolling tobacco (about 0.2 g/cm³) and a booklet of
        /// papers on some, with 3–12 rounds of 9 × 19 (29.7 mm), .380 (25 mm) or .22 rimfire pushed in
        /// among the tobacco.
        /// </summary>
        private PixelBox RoundsInTobaccoTin(double scale)
        {
            var round = Chance(0.35);
            var (tl, tw) = round ? (75.0, 75.0) : (U(95, 110), U(60, 75));
            var depth = U(20, 25);
            var pen = Place((tl / 2) + 6, scale);
            var tin = new Turned(pen, 0, 0, 0);
            if (round)
            {
                tin.Ellipse(Steel, 0.5, 0, 0, tl / 2, tl / 2);
                tin.Ring(Steel, 0.25 * depth, 1, 0, 0, (tl / 2) - 0.5, (tl / 2) - 0.5);
                tin.Ring(Steel, 1.5, 2, 0, 0, (tl / 2) + 0.5, (tl / 2) + 0.5);
            }
            else
            {
                RoundedRect(tin, Steel, 0.5, -tl / 2, -tw / 2, tl, tw, 6);
                tin.Line(Steel, 0.25 * depth, 1, true, RoundedOutline((-tl / 2) + 0.5, (-tw / 2) + 0.5, tl - 1, tw - 1, 6));
                tin.Line(Steel, 1.5, 2, true, RoundedOutline((-tl / 2) - 0.5, (-tw / 2) - 0.5, tl + 1, tw + 1, 6.5));
                tin.Rect(Steel, 2, (-tl / 2) + 8, (tw / 2) - 1, tl - 16, 2.5);
            }

            var inner = round ? tl * 0.3 : tl * 0.35;
            var innerW = round ? tl * 0.3 : tw * 0.32;
            for (var i = random.Next(6, 13); i > 0; i--)
            {
                tin.Ellipse(Organic, U(2, 5), U(-inner, inner), U(-innerW, innerW), U(10, 22), U(8, 16));
            }

            if (Chance(0.6))
            {
                new Turned(pen, U(-8, 8), U(-8, 8), U(0, 2 * Math.PI)).Rect(Organic, 1.2, -35, -18, 70, 36);
            }

            var (cl, cd, rim, bo, bd, jacketed) = random.Next(3) switch
            {
                0 => (19.15, 9.9, 9.9, 10.5, 9.0, true),
                1 => (17.3, 9.5, 9.5, 7.7, 9.0, true),
                _ => (15.6, 5.7, 7.0, 9.8, 5.6, false),
            };
            var reach = (cl + bo) / 2;
            pen.Item(() =>
            {
                for (var i = random.Next(3, 13); i > 0; i--)
                {
                    var x = U(-Math.Max(2, (tl / 2) - reach - 3), Math.Max(2, (tl / 2) - reach - 3));
                    var y = U(-Math.Max(2, (tw / 2) - reach - 3), Math.Max(2, (tw / 2) - reach - 3));
                    BrassRound(new Turned(pen, x, y, U(0, 2 * Math.PI)), cl, cd, rim, bo, bd, jacketed);
                }
            });

            return pen.Box;
        }

        // ---- SIM cards ------------------------------------------------------------------------

        /// <summary>
        /// SIMs hidden inside a UK three-pin USB mains charger: a 45–50 × 40–46 × 25–28 mm polycarbonate
        /// case, live and neutral pins of solid brass (6.35 × 4 mm, 17.7 mm out), a plastic or brass earth
        /// pin, a 25 mm cartridge fuse, a board with its ferrite transformer and copper windings, aluminium
        /// electrolytic capacitors and a steel USB socket; one to three nano or micro SIMs slid in between
        /// the board and the case. Lying on its back (the pins along the beam) or on its side.
        /// </summary>
        private PixelBox SimInCharger(double scale)
        {
            var l = U(45, 50);
            var w = U(40, 46);
            var depth = U(25, 28);
            var onBack = Chance(0.4);
            var brassEarth = Chance(0.3);
            var pen = Place(onBack ? (l / 2) + 5 : (l / 2) + 20, scale);
            var plug = new Turned(pen, 0, 0, 0);
            var sims = random.Next(1, 4);
            if (onBack)
            {
                RoundedRect(plug, Organic, 5.3, -l / 2, -w / 2, l, w, 5);
                plug.Line(Organic, depth * 1.2, 2.2, true, RoundedOutline(-l / 2, -w / 2, l, w, 5));
                plug.Rect(Brass, 25, (-l / 2) + 8, (-w / 2) + 6, 6.35, 4);
                plug.Rect(Brass, 25, (-l / 2) + 8, (w / 2) - 10, 6.35, 4);
                plug.Rect(brassEarth ? Brass : Organic, brassEarth ? 28 : 34, (l / 2) - 14, -2, 4, 8);
                plug.Rect(Mixed, 1.6, (-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6);
                plug.Rect(Steel, 7, -8, -8, 16, 14);
                plug.Rect(Brass, 3, -6, -10, 12, 18);
                plug.Ellipse(Aluminium, 7, 10, 10, 4, 4);
                plug.Ring(Aluminium, 5, 0.8, 10, 10, 4, 4);
                plug.Ellipse(Aluminium, 6, 12, -10, 3, 3);
                plug.Tube(Mixed, (-l / 2) + 6, -3.15, 25, 6.3, 0.9);
                plug.Rect(Brass, 4, (-l / 2) + 6, -3.3, 5, 6.6);
                plug.Rect(Brass, 4, (-l / 2) + 26, -3.3, 5, 6.6);
                plug.Rect(Steel, 1.2, (l / 2) - 16, -7, 14, 14);
                pen.Item(() =>
                {
                    for (var i = 0; i < sims; i++)
                    {
                        var (sl, sw) = Chance(0.6) ? (12.3, 8.8) : (15.0, 12.0);
                        SimOutline(new Turned(pen, U((-l / 2) + 10, (l / 2) - 10), U((-w / 2) + 9, (w / 2) - 9), U(0, 2 * Math.PI)), sl, sw);
                    }
                });

                return pen.Box;
            }

            // On its side: x along the face, y from the face (y = -depth / 2, the pins toward -y) to the back;
            // the beam crosses the case's width w.
            RoundedRect(plug, Organic, 5.3, -l / 2, -depth / 2, l, depth, 4);
            plug.Line(Organic, w * 1.2, 2.2, true, RoundedOutline(-l / 2, -depth / 2, l, depth, 4));
            plug.Rect(Brass, 8, (-l / 2) + 6, (-depth / 2) - 17.7, 6.35, 23);
            plug.Rect(Organic, 4, (-l / 2) + 5, (-depth / 2) - 9, 8.35, 9);
            plug.Rect(brassEarth ? Brass : Organic, brassEarth ? 8 : 10, (l / 2) - 14, (-depth / 2) - 22.2, 8, 27);
            var yb = (depth / 2) - 7;
            plug.Rect(Mixed, w - 6, (-l / 2) + 3, yb, l - 6, 1.6);
            plug.Rect(Steel, 9, -8, yb - 12, 16, 12);
            plug.Rect(Brass, 4, -9, yb - 10, 18, 8);
            plug.Rect(Aluminium, 5, 10, yb - 12, 8, 12);
            plug.Rect(Aluminium, 4, 14, yb - 9, 6, 9);
            plug.Rect(Mixed, 4, (-l / 2) + 4, yb - 8, 25, 6.3);
            plug.Rect(Steel, 3, (l / 2) - 16, yb + 1.6, 14, 4.5);
            pen.Item(() =>
            {
                for (var i = 0; i < sims; i++)
                {
                    var (sl, sw) = Chance(0.6) ? (12.3, 8.8) : (15.0, 12.0);
                    var sim = new Turned(pen, U((-l / 2) + 10, (l / 2) - 10), yb + 2 + (i * 1.2), U(-0.05, 0.05));
                    sim.Rect(Organic, sw, -sl / 2, -0.4, sl, 0.8);
                    sim.Rect(Brass, 0.35, -Math.Min(sl - 1, 11.5) / 2, -0.4, Math.Min(sl - 1, 11.5), 0.8);
                    sim.Rect(Mixed, 1.2, -2.5, -0.4, 5, 0.8);
                }
            });

            return pen.Box;
        }

        // ---- syringes -------------------------------------------------------------------------

        /// <summary>
        /// A syringe hidden in a marker pen: a 135–150 mm permanent marker (17–20 mm, or a 22–25 mm jumbo
        /// one) of polypropylene, 1.3 mm walls, its ink reservoir taken out; inside, one (or two side by
        /// side in a jumbo) 0.5–1 ml syringes: a 45–58 mm barrel 8 mm across, the plunger and its rubber
        /// stopper pushed home or drawn back, a fixed 8–12.7 mm 29–31 G insulin needle or a 25 G needle of up
        /// to 25 mm on its hub, under its cap, filled on some; the marker's cap on most.
        /// </summary>
        private PixelBox SyringeInMarker(double scale)
        {
            var ml = U(135, 150);
            var md = Chance(0.3) ? U(22, 25) : U(17, 20);
            var pen = Place((ml / 2) + 10, scale);
            var marker = new Turned(pen, 0, 0, 0);
            var x0 = -ml / 2;
            marker.Tube(Organic, x0, -md / 2, ml - 40, md, 1.3);
            marker.Poly(Organic, 2.5, (x0 + ml - 40, -md / 2), (x0 + ml - 28, -md * 0.3), (x0 + ml - 28, md * 0.3), (x0 + ml - 40, md / 2));
            marker.Rect(Organic, 5, x0 + ml - 28, -3, 10, 6);
            marker.Rect(Organic, md * 0.7, x0, (-md / 2) + 1.5, 3, md - 3);
            if (Chance(0.8))
            {
                marker.Tube(Organic, x0 + ml - 48, (-md / 2) - 1.2, 48, md + 2.4, 1.4);
                marker.Rect(Organic, (md + 2) * 0.7, x0 + ml - 2, (-md / 2) - 1, 2, md + 2);
                marker.Rect(Organic, 5, x0 + ml - 40, (-md / 2) - 4, 30, 3);
            }

            // Room inside: from the end plug to where the nib's taper begins.
            var room = ml - 36;
            var count = md > 21 && Chance(0.5) ? 2 : 1;
            pen.Item(() =>
            {
                for (var i = 0; i < count; i++)
                {
                    var bl = U(45, 58);
                    // An insulin syringe's fixed 29–31 G needle (0.3 mm), or a 25 G one (0.5 mm) on a Luer hub.
                    var (needleT, needleW, needleL) = Chance(0.5) ? (0.3, 0.6, U(8, 12.7)) : (0.45, 0.7, U(16, 25));
                    needleL = Math.Max(6, Math.Min(needleL, room - 12 - bl - 8));
                    var pulled = U(0, Math.Clamp(room - 12 - bl - 8 - needleL, 0, bl * 0.6));
                    var syringe = new Turned(pen, x0 + 15 + pulled, count == 1 ? 0 : (i - 0.5) * 9, U(-0.02, 0.02));
                    var xs = bl - 7 - pulled;
                    syringe.Tube(Organic, 0, -4, bl, 8, 0.8);
                    syringe.Rect(Organic, 2, -1, -5, 2, 10);
                    syringe.Rect(Organic, 6, xs, -3.2, 5, 6.4);
                    syringe.Rect(Organic, 4, -10 - pulled, -2.5, xs + 10 + pulled, 5);
                    syringe.Rect(Organic, 2, -12 - pulled, -4, 2.5, 8);
                    if (pulled > 3 && Chance(0.5))
                    {
                        syringe.Cylinder(Organic, xs + 5, -3.2, bl - xs - 5, 6.4, 0.9);
                    }

                    syringe.Rect(Organic, 4, bl, -2, 5, 4);
                    syringe.Line(Steel, needleT, needleW, false, (bl + 5, 0), (bl + 5 + needleL, 0));
                    syringe.Tube(Organic, bl - 2, -3, needleL + 10, 6, 0.8);
                }
            });

            return pen.Box;
        }

        // ---- lithium batteries ----------------------------------------------------------------

        /// <summary>
        /// Disposable vapes (Elf Bar 600 / Lost Mary class), one to four: a 100–110 × 20–22 × 13–15 mm flat
        /// stick or a 55–65 × 35–45 × 18–22 mm box, in a 0.3 mm aluminium or 1.5 mm polycarbonate shell,
        /// round a 550–650 mAh cylindrical Li-ion cell (13–16 mm, 40–50 mm), a 2 ml e-liquid reservoir of
        /// cotton wadding round a steel chimney and mesh coil, an airflow sensor, a small board and an
        /// LED; a USB-C socket on the rechargeable ones.
        /// </summary>
        private PixelBox DisposableVape(double scale)
        {
            var count = random.Next(1, 5);
            var box = Chance(0.4);
            var pen = Place(count == 1 ? 60 : 85, scale);
            for (var i = 0; i < count; i++)
            {
                var v = count == 1
                    ? new Turned(pen, 0, 0, 0)
                    : new Turned(pen, U(-35, 35), U(-35, 35), U(0, 2 * Math.PI));
                var metal = Chance(0.5);
                var shell = metal ? Aluminium : Organic;
                var (l, w, depth) = box ? (U(55, 65), U(35, 45), U(18, 22)) : (U(100, 110), U(20, 22), U(13, 15));
                var wall = metal ? 0.3 : 1.5;
                RoundedRect(v, shell, metal ? 0.6 : 3.6, -l / 2, -w / 2, l, w, box ? 6 : w * 0.45);
                v.Line(shell, depth * wall * (metal ? 1 : 1.2) / 1.2, 1.2, true, RoundedOutline(-l / 2, -w / 2, l, w, box ? 6 : w * 0.45));
                var cd = box ? U(14, 16) : 13;
                var cl = box ? Math.Min(U(40, 50), l - 8) : U(40, 45);
                var cy = box ? (-w / 2) + (cd / 2) + 2 : 0;
                SmallCell(v, (-l / 2) + 4, cy, cl, cd);
                // Tank: wadding soaked in e-liquid (about 1.2 g/cm³) round the chimney, the coil at its base.
                var (tx, ty, tl, tw) = box
                    ? ((-l / 2) + 4, (w / 2) - ((w - cd - 6) / 2) - 2, l - 16, w - cd - 6)
                    : ((-l / 2) + 4 + cl + 14, 0.0, l - cl - 32, w - 3);
                v.Rect(Organic, depth * 0.7 * 1.2, tx, ty - (tw / 2), tl, tw);
                v.Tube(Steel, tx, ty - 2, tl + 6, 4, 0.2);
                v.Rect(Steel, 0.8, tx + 2, ty - 3, 8, 6);
                v.Rect(Organic, 5, box ? (l / 2) - 8 : (l / 2) - 14, -6, box ? 8 : 14, 12);
                // Board with the airflow sensor and LED, next to the cell.
                var bx = box ? (l / 2) - 20 : (-l / 2) + 4 + cl + 1;
                v.Rect(Mixed, 1.2, bx, -w * 0.35, 12, w * 0.5);
                v.Ellipse(Steel, 1, bx + 6, -w * 0.1, 4.5, 4.5);
                if (Chance(0.3))
                {
                    v.Rect(Steel, 1.5, -l / 2, -4.5, 7, 9);
                }
            }

            return pen.Box;
        }

        // ---- tools ----------------------------------------------------------------------------

        /// <summary>
        /// Aviation tin snips, 240–260 mm: two forged jaws (8–10 mm) with 35–45 mm serrated blades crossing
        /// at the main pivot bolt, compound linkage (3 mm steel link plates in pairs and their rivets) to
        /// two 6 mm forged handles joined at their own pivot, PVC-dipped grips, a steel coil spring between
        /// the handles and a wire latch at their ends; shut and latched, or sprung open.
        /// </summary>
        private PixelBox TinSnips(double scale)
        {
            var l = U(240, 260);
            var open = Chance(0.35) ? U(0.12, 0.25) : 0;
            var jawT = U(8, 10);
            var pen = Place((l / 2) + 10, scale);
            var xp = (l / 2) - 48;
            var xh = xp - 44;
            var spread = Math.Tan(open) * 120;
            var ex = (-l / 2) + 2;
            foreach (var s in new[] { -1.0, 1.0 })
            {
                var jaw = new Turned(pen, xp, 0, -s * open * 0.6);
                // Blade ahead of the pivot, the boss round it, the tail back to its link.
                jaw.Poly(Steel, jawT, (-6, s * 9), (22, s * 8), (48, s * 0.5), (46, -s * 1.5), (0, -s * 2));
                jaw.Ellipse(Steel, jawT, 0, 0, 8, 8);
                jaw.Poly(Steel, jawT, (4, s * 4), (-28, s * 17), (-34, s * 12), (-4, -s * 3));
                jaw.Ellipse(Steel, 2 * jawT, -31, s * 14.5, 3, 3);
                // Link plates (two of 3 mm) from the jaw's tail to the handle's front lug.
                var (lx, ly) = (xh - 8, s * (9 + (spread * 0.1)));
                pen.Line(Steel, 6, 8, false, (xp - 31, s * 14.5), (lx, ly));
                pen.Ellipse(Steel, 2 * jawT, lx, ly, 3, 3);
                // Handle: a forged arm from the handles' pivot to its end, the grip over its rear 125 mm.
                var (hx, hy) = (xh, s * 3);
                var (endX, endY) = (ex, s * (15 + spread));
                pen.Poly(Steel, 6, (hx + 4, hy - (s * 4)), (lx, ly + (s * 5)), (endX, endY + (s * 5)), (endX, endY - (s * 5)), (hx, hy - (s * 6)));
                var f = (endX + 125 - hx) / (endX - hx);
                var (gx, gy) = (hx + ((endX - hx) * f), hy + ((endY - hy) * f));
                pen.Poly(Organic, 12, (gx, gy - (s * 7)), (gx, gy + (s * 8)), (endX - 2, endY + (s * 9)), (endX - 2, endY - (s * 8)));
            }

            pen.Ellipse(Steel, 2 * jawT, xp, 0, 3.5, 3.5);
            pen.Ellipse(Steel, 12, xh, 0, 3.5, 3.5);
            var gap = 6 + (spread * 0.35);
            var coil = Enumerable.Range(0, 9).Select(i => (xh - 28 + (i % 2 == 0 ? -3.0 : 3.0), -gap + (i * 2 * gap / 8))).ToArray();
            pen.Line(Steel, 1.2, 1.5, false, coil);
            if (open == 0)
            {
                pen.Line(Steel, 1.6, 2, false, (ex + 14, -17), (ex - 6, 0), (ex + 14, 17));
            }

            return pen.Box;
        }

        /// <summary>
        /// A lock-pick set: a 130–160 × 70–85 mm zipped nylon or leather wallet holding 8–20 picks and rakes
        /// of 0.6 mm spring steel (95–120 mm, 6–8 mm shanks, a plastic handle or bare) and 3–6 tension
        /// wrenches (1–1.5 mm flat steel, 50–80 mm, bent in an L); or a credit-card pick set: an 85.6 × 54
        /// mm stainless card 0.45 mm thick with its picks cut in it, among bank cards in a card holder.
        /// </summary>
        private PixelBox LockPicks(double scale)
        {
            if (Chance(0.35))
            {
                var holder = Place(58, scale);
                var sleeve = new Turned(holder, 0, 0, 0);
                RoundedRect(sleeve, Organic, 2.4, -52, -36, 104, 72, 5);
                sleeve.Line(Organic, 2, 1, true, RoundedOutline(-50, -34, 100, 68, 4));
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    BankCard(new Turned(holder, U(-4, 4), U(-5, 5), U(-0.04, 0.04)));
                }

                holder.Item(() =>
                {
                    var card = new Turned(holder, U(-3, 3), U(-4, 4), U(-0.04, 0.04));
                    RoundedRect(card, Steel, 0.45, -42.8, -27, 85.6, 54, 3);
                    card.Rect(Organic, 0.1, -42.8, -27, 85.6, 54);
                });

                return holder.Box;
            }

            var l = U(130, 160);
            var w = U(70, 85);
            var pen = Place((l / 2) + 5, scale);
            var wallet = new Turned(pen, 0, 0, 0);
            RoundedRect(wallet, Organic, U(2.5, 3.5), -l / 2, -w / 2, l, w, 6);
            if (Chance(0.6))
            {
                SteelZip(wallet, -l / 2, 0, ((-l / 2) + 6, (-w / 2) + 2), ((l / 2) - 6, (-w / 2) + 2), ((l / 2) - 2, 0), ((l / 2) - 6, (w / 2) - 2), ((-l / 2) + 6, (w / 2) - 2));
            }

            wallet.Rect(Organic, 1.5, -l * 0.3, -w / 2, 12, w);
            wallet.Rect(Organic, 1.5, l * 0.2, -w / 2, 12, w);
            var picks = random.Next(8, 21);
            var handles = Chance(0.5);
            var pitch = (w - 12) / picks;
            for (var i = 0; i < picks; i++)
            {
                var flip = i % 2 == 0 ? 0 : Math.PI;
                var pick = new Turned(pen, U(-3, 3), (-w / 2) + 6 + ((i + 0.5) * pitch), flip + U(-0.02, 0.02));
                var pl = U(95, 120);
                var x0 = -pl / 2;
                pick.Rect(Steel, 0.6, x0, -3.5, 55, 7);
                pick.Rect(Steel, 0.6, x0 + 55, -0.7, pl - 60, 1.4);
                pick.Poly(Steel, 0.6, ((pl / 2) - 5, -0.7), ((pl / 2) - 1, random.Next(3) switch { 0 => -2.5, 1 => -1.5, _ => -0.7 }), (pl / 2, 0.7), ((pl / 2) - 5, 0.7));
                if (handles)
                {
                    pick.Rect(Organic, 5, x0, -5, 52, 10);
                }
            }

            for (var i = random.Next(3, 7); i > 0; i--)
            {
                var wrench = new Turned(pen, U(-l / 4, l / 4), U(-w / 3, w / 3), U(-0.1, 0.1) + (Chance(0.5) ? Math.PI : 0));
                var wl = U(50, 80);
                var wt = U(1, 1.5);
                wrench.Rect(Steel, wt, -wl / 2, -1.5, wl, 3);
                wrench.Rect(Steel, wt * 3, (wl / 2) - 2, -1.5, 2, U(8, 12));
            }

            return pen.Box;
        }

        // ---- alcohol --------------------------------------------------------------------------

        /// <summary>
        /// A large PET bottle of cider: 1, 1.5, 2 or 2.5 litres (80–112 mm across, 280–360 mm long), 0.3 mm
        /// walls, a 2–3 mm petaloid base, a 28 mm neck finish and HDPE screw cap; full, or part drunk and
        /// lying on its side, the liquid lying along its bottom.
        /// </summary>
        private PixelBox CiderBottle(double scale)
        {
            var (d, body) = random.Next(4) switch
            {
                0 => (U(80, 84), U(200, 215)),
                1 => (U(88, 92), U(235, 250)),
                2 => (U(100, 104), U(245, 260)),
                _ => (U(108, 112), U(265, 280)),
            };
            var shoulder = d * 0.6;
            const double neck = 22;
            var total = body + shoulder + neck;
            var pen = Place((total / 2) + 5, scale);
            var bottle = new Turned(pen, 0, 0, 0);
            var x0 = -total / 2;
            var level = Chance(0.6) ? 1.0 : U(0.25, 0.9);
            bottle.Tube(Organic, x0, -d / 2, body, d, 0.3);
            bottle.Rect(Organic, 3, x0, (-d / 2) + 3, 22, d - 6);
            bottle.Rect(Organic, 1.5 * d / 4, x0, (-d / 2) + 2, 4, d - 4);
            var xs = x0 + body;
            bottle.Poly(Organic, 0.8, (xs, -d / 2), (xs + shoulder, -13), (xs + shoulder, 13), (xs, d / 2));
            bottle.Tube(Organic, xs + shoulder, -13, neck, 26, 2);
            bottle.Rect(Organic, 12, xs + shoulder + 2, -17, 2, 34);
            bottle.Tube(Organic, xs + shoulder + neck - 16, -14.5, 18, 29, 1.5);
            bottle.Rect(Organic, 29, xs + shoulder + neck, -14.5, 2, 29);
            LyingFill(bottle, Organic, x0 + 2, body - 2, d - 0.6, level, 1);
            if (level > 0.5)
            {
                // Into the shoulder as far as the level reaches.
                var reach = shoulder * Math.Min(1, (level - 0.5) * 2);
                bottle.Poly(Organic, d * 0.45 * level, (xs, -d * 0.45), (xs + reach, -d * 0.45 * (1 - (reach / shoulder * 0.7))), (xs + reach, d * 0.45 * (1 - (reach / shoulder * 0.7))), (xs, d * 0.45));
            }

            return pen.Box;
        }

        // ---- controlled drugs -----------------------------------------------------------------

        /// <summary>
        /// Cannabis resin wrapped in kitchen foil: one 125–250 g "soap bar" (about 1.15 g/cm³, 22–32 mm
        /// thick) or 2–8 pieces of 3.5–28 g (5–12 mm thick), each in 3–6 crumpled layers of 16 µm aluminium
        /// foil creased over it; loose, or together in a sandwich bag.
        /// </summary>
        private PixelBox ResinInFoil(double scale)
        {
            var bar = Chance(0.4);
            var pen = Place(bar ? 70 : 65, scale);
            var pieces = bar ? 1 : random.Next(2, 9);
            pen.Item(() =>
            {
                for (var i = 0; i < pieces; i++)
                {
                    var grams = bar ? U(125, 250) : U(3.5, 28);
                    var t = bar ? U(22, 32) : U(5, 12);
                    var area = grams / 1.15 * 1000 / t;
                    var aspect = U(1.3, 1.8);
                    var w = Math.Sqrt(area / aspect);
                    var l = w * aspect;
                    var piece = bar
                        ? new Turned(pen, 0, 0, U(-0.1, 0.1))
                        : new Turned(pen, U(-35, 35), U(-30, 30), U(0, 2 * Math.PI));
                    var r = Math.Min(w / 3, 8);
                    RoundedRect(piece, Organic, t * 1.15 * 0.6, -l / 2, -w / 2, l, w, r);
                    RoundedRect(piece, Organic, t * 1.15 * 0.4, (-l / 2) + (t * 0.3), (-w / 2) + (t * 0.3), l - (t * 0.6), w - (t * 0.6), r * 0.6);
                    var layers = random.Next(3, 7);
                    RoundedRect(piece, Aluminium, layers * 0.032 * U(1.2, 2), (-l / 2) - 2, (-w / 2) - 2, l + 4, w + 4, r + 2);
                    piece.Line(Aluminium, layers * 0.016 * t / 1.2, 1.2, true, RoundedOutline((-l / 2) - 2, (-w / 2) - 2, l + 4, w + 4, r + 2));
                    for (var k = random.Next(2, 6); k > 0; k--)
                    {
                        piece.Line(Aluminium, layers * 0.064, 0.8, false, (U(-l / 2, l / 2), (-w / 2) - 2), (U(-l / 2, l / 2), (w / 2) + 2));
                    }
                }
            });

            if (!bar && Chance(0.5))
            {
                var bag = new Turned(pen, 0, 0, 0);
                RoundedRect(bag, Organic, 0.1, -60, -50, 120, 100, 4);
                bag.Line(Organic, 1.5, 1.5, false, (-60, -44), (60, -44));
            }

            return pen.Box;
        }

        /// <summary>
        /// Drugs hidden in hollowed-out batteries: 1–3 AA cells (50.5 × 14.5 mm) emptied of their manganese
        /// dioxide and zinc and packed with powder (about 0.5–0.7 g/cm³) in cling film, the steel can (0.25
        /// mm) and caps put back, among real alkaline cells on their card or loose; or one or two 9 V PP3
        /// batteries (48.5 × 26.5 × 17.5 mm, 0.3 mm steel jacket) emptied and filled the same way.
        /// </summary>
        private PixelBox DrugsInBatteries(double scale)
        {
            if (Chance(0.25))
            {
                var nine = Place(40, scale);
                var count = random.Next(1, 3);
                for (var i = 0; i < count; i++)
                {
                    var b = count == 1
                        ? new Turned(nine, 0, 0, U(0, 2 * Math.PI))
                        : new Turned(nine, (i - 0.5) * 30, U(-5, 5), (Math.PI / 2) + U(-0.2, 0.2));
                    HollowPP3(b);
                }

                return nine.Box;
            }

            var carded = Chance(0.5);
            var fakes = random.Next(1, 4);
            var total = fakes + (carded ? random.Next(1, 6) : random.Next(0, 3));
            var pen = Place(carded ? (total * 7.5) + 10 : 48, scale);
            if (carded)
            {
                pen.Rect(Organic, 0.8, -28.25, (-(total * 15) / 2) - 3, 56.5, (total * 15) + 6);
            }

            var fakeAt = new HashSet<int>();
            while (fakeAt.Count < fakes)
            {
                fakeAt.Add(random.Next(total));
            }

            for (var i = 0; i < total; i++)
            {
                var cell = carded
                    ? new Turned(pen, 0, (i - ((total - 1) / 2.0)) * 15, 0)
                    : new Turned(pen, U(-30, 30), U(-30, 30), U(0, 2 * Math.PI));
                if (fakeAt.Contains(i))
                {
                    pen.Item(() => HollowCell(cell));
                }
                else
                {
                    AlkalineCell(cell, 50.5, 14.5);
                }
            }

            return pen.Box;
        }

        /// <summary>An emptied AA can packed with powder, its caps back on and its label round it.</summary>
        private void HollowCell(Turned cell)
        {
            const double length = 50.5;
            const double d = 14.5;
            cell.Tube(Steel, -length / 2, -d / 2, length, d, 0.25);
            cell.Cylinder(Organic, (-length / 2) + 1.5, (-d / 2) + 0.5, length - 4, d - 1, U(0.5, 0.7));
            cell.Rect(Steel, 1.5, length / 2, -2.5, 1.5, 5);
            cell.Rect(Steel, 0.25 * d * 0.7, (length / 2) - 1, (-d / 2) + 1, 1, d - 2);
            cell.Rect(Steel, 0.25 * d * 0.7, -length / 2, (-d / 2) + 1, 1, d - 2);
            cell.Rect(Organic, 1, (-length / 2) - 0.2, (-d / 2) - 0.2, length + 0.4, d + 0.4);
            if (Chance(0.5))
            {
                cell.Rect(Organic, 3, (length / 2) - 4, (-d / 2) + 1, 3, d - 2);
            }
        }

        /// <summary>An emptied 9 V battery lying flat: its steel jacket and snap terminals, powder where the six cells were.</summary>
        private void HollowPP3(Turned b)
        {
            b.Rect(Steel, 0.6, -24.25, -13.25, 48.5, 26.5);
            b.Line(Steel, 17.5 * 0.3, 1, true, (-24.25, -13.25), (24.25, -13.25), (24.25, 13.25), (-24.25, 13.25));
            b.Rect(Organic, 8, 20, -13, 3, 26);
            b.Rect(Steel, 3, 24.25, -9, 4, 6);
            b.Rect(Steel, 2, 24.25, 3, 4, 7);
            b.Rect(Organic, 16 * U(0.5, 0.7), -22, -11.5, 42, 23);
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>
        /// A bicycle D-lock: a U shackle of 13–16 mm hardened steel (inside 225–235 × 100–110 mm, or a mini
        /// 150–160 × 80–90 mm) in a vinyl coat, a crossbar of 30 mm steel tube (2.5 mm wall) under a plastic
        /// cover holding the brass lock cylinder and the steel locking bolts; locked, or the shackle lying
        /// apart; a key or two on some.
        /// </summary>
        private void BikeLock()
        {
            var mini = Chance(0.4);
            var (inL, inW) = mini ? (U(150, 160), U(80, 90)) : (U(225, 235), U(100, 110));
            var sd = U(13, 16);
            var pen = Place((inL / 2) + 30);
            var apart = Chance(0.3);
            var shackle = apart ? new Turned(pen, U(-10, 10), U(-15, 15), U(-0.3, 0.3)) : new Turned(pen, 0, 0, 0);
            var rr = (inW + sd) / 2;
            var xa = (-inL / 2) + rr;
            var xf = (inL / 2) + 10;
            foreach (var s in new[] { -1.0, 1.0 })
            {
                shackle.Cylinder(Steel, xa, (s * rr) - (sd / 2), xf - xa, sd);
            }

            var arc = Enumerable.Range(0, 13).Select(i => (Math.PI / 2) + (Math.PI * i / 12))
                .Select(a => (xa + (rr * Math.Cos(a)), rr * Math.Sin(a))).ToArray();
            shackle.Line(Steel, 0.8 * sd, sd, false, arc);
            var coat = new List<(double X, double Y)> { (xf - 15, rr) };
            for (var i = arc.Length - 1; i >= 0; i--)
            {
                coat.Add(arc[i]);
            }

            coat.Add((xf - 15, -rr));
            shackle.Line(Organic, 3, sd + 3, false, [.. coat]);
            // The crossbar across the shackle's feet (its own frame: x along the bar).
            var bar = new Turned(pen, apart ? xf + U(25, 45) : (inL / 2) + 2, apart ? U(-20, 20) : 0, (Math.PI / 2) + (apart ? U(-0.3, 0.3) : 0));
            var bl = inW + (2 * sd) + 40;
            bar.Tube(Steel, -bl / 2, -15, bl, 30, 2.5);
            bar.Tube(Organic, (-bl / 2) - 5, -17, bl + 10, 34, 2.5);
            bar.Cylinder(Brass, -12, -7, 30, 14, 0.8);
            bar.Cylinder(Steel, -bl / 2 + 8, -5, (bl / 2) - 22, 10, 0.6);
            bar.Cylinder(Steel, 20, -5, (bl / 2) - 28, 10, 0.6);
            bar.Rect(Organic, 15, (-bl / 2) - 5, -17, 6, 34);
            bar.Rect(Organic, 15, (bl / 2) - 1, -17, 6, 34);
            for (var i = random.Next(0, 3); i > 0; i--)
            {
                var key = new Turned(pen, U(-inL / 3, inL / 3), U(-inW / 3, inW / 3), U(0, 2 * Math.PI));
                key.Ellipse(Organic, 6, -22, 0, 13, 11);
                key.Ellipse(Steel, 2.5, -22, 0, 8, 7);
                key.Poly(Steel, 2.5, (-12, -4), (30, -4), (33, 0), (30, 4), (-12, 4));
            }
        }

        /// <summary>
        /// A ring binder of papers: A4 (310–320 × 280–290 mm) or A5 covers of 2 mm board in polypropylene,
        /// the spine edge-on along one long edge, 20–400 sheets of 80 g/m² paper, a nickel-plated steel
        /// mechanism (0.8 mm base plate, two or four rings of 3–4 mm wire standing up, seen edge-on) or a
        /// lever-arch mechanism with its lever and compressor plate.
        /// </summary>
        private void RingBinder()
        {
            var a5 = Chance(0.35);
            var (l, w) = a5 ? (U(225, 235), U(190, 200)) : (U(310, 320), U(280, 290));
            var pen = Place(w / 2);
            var lever = !a5 && Chance(0.4);
            var spine = lever ? U(70, 80) : U(35, 60);
            var sheets = random.Next(20, lever ? 401 : 201);
            pen.Rect(Organic, 3.3, -l / 2, -w / 2, l, w);
            pen.Rect(Organic, spine * 0.75, -l / 2, -w / 2, l, 2);
            var (pl, pw) = a5 ? (210.0, 148.0) : (297.0, 210.0);
            pen.Rect(Organic, sheets * 0.1 * 0.8, -pl / 2, (-w / 2) + 12, pl, pw);
            var yc = (-w / 2) + 26;
            var wire = U(3, 4);
            if (lever)
            {
                pen.Rect(Steel, 1.2, -70, (-w / 2) + 8, 140, 40);
                foreach (var x in new[] { -40.0, 40.0 })
                {
                    pen.Rect(Steel, 2 * 0.8 * wire, x - (wire / 2), yc - 10, wire, 70);
                    pen.Rect(Steel, 20, x - (wire / 2), yc + 58, wire, 3);
                }

                pen.Rect(Steel, 2, -60, (-w / 2) + 10, 55, 14);
                pen.Rect(Steel, 1.5, -70, yc + 40, 140, 18);
                return;
            }

            var rings = a5 || Chance(0.5) ? 2 : 4;
            var plate = rings == 2 ? U(130, 150) : U(270, 285);
            var ringD = U(25, 40);
            pen.Rect(Steel, 0.8, -plate / 2, yc - 15, plate, 30);
            pen.Ellipse(Steel, 3, (-plate / 2) + 10, yc, 2.5, 2.5);
            pen.Ellipse(Steel, 3, (plate / 2) - 10, yc, 2.5, 2.5);
            for (var i = 0; i < rings; i++)
            {
                var x = rings == 2 ? (i - 0.5) * 80 : (i - 1.5) * 80;
                pen.Rect(Steel, 2 * 0.8 * wire, x - (wire / 2), yc - (ringD / 2), wire, ringD);
                pen.Rect(Steel, ringD * 0.3, x - (wire / 2), yc - (ringD / 2), wire, 3);
                pen.Rect(Steel, ringD * 0.3, x - (wire / 2), yc + (ringD / 2) - 3, wire, 3);
            }
        }

        /// <summary>
        /// A puzzle cube (3 × 3, 55–57 mm; or 4 × 4, 60–62 mm): hollow ABS pieces (about 9 mm of plastic down
        /// any line, their walls edge-on where pieces meet), on a 3 × 3 a plastic core with six steel
        /// screws (3 mm) and their springs; 24–48 small neodymium magnets in a speed cube; in a clear box on some.
        /// </summary>
        private void PuzzleCube()
        {
            var four = Chance(0.3);
            var s = four ? U(60, 62) : U(55, 57);
            var n = four ? 4 : 3;
            var pen = Place(s);
            var cube = new Turned(pen, 0, 0, 0);
            cube.Rect(Organic, 9, -s / 2, -s / 2, s, s);
            for (var i = 1; i < n; i++)
            {
                var at = (-s / 2) + (i * s / n);
                cube.Rect(Organic, 6, at - 1, -s / 2, 2, s);
                cube.Rect(Organic, 6, -s / 2, at - 1, s, 2);
            }

            cube.Line(Organic, s * 0.9, 1.5, true, (-s / 2, -s / 2), (s / 2, -s / 2), (s / 2, s / 2), (-s / 2, s / 2));
            if (!four)
            {
                cube.Ellipse(Organic, 14, 0, 0, 9, 9);
                cube.Ellipse(Steel, 16, 0, 0, 1.5, 1.5);
                cube.Ring(Steel, 6, 0.7, 0, 0, 3, 3);
                for (var k = 0; k < 4; k++)
                {
                    var arm = new Turned(pen, 0, 0, k * Math.PI / 2);
                    arm.Cylinder(Steel, 4, -1.5, 14, 3);
                    arm.Line(Steel, 0.5, 0.6, false, [.. Enumerable.Range(0, 9).Select(i => (6 + i, i % 2 == 0 ? -3.0 : 3.0))]);
                }
            }

            if (Chance(0.5))
            {
                for (var i = random.Next(24, 49); i > 0; i--)
                {
                    var (mx, my) = (((random.Next(2 * n) + 0.5) * s / (2 * n)) - (s / 2), ((random.Next(2 * n) + 0.5) * s / (2 * n)) - (s / 2));
                    cube.Ellipse(Steel, 2, mx, my, 1.5, 1.5);
                }
            }

            if (Chance(0.3))
            {
                cube.Rect(Organic, 2, (-s / 2) - 4, (-s / 2) - 4, s + 8, s + 8);
                cube.Line(Organic, s * 1.4, 1.2, true, ((-s / 2) - 4, (-s / 2) - 4), ((s / 2) + 4, (-s / 2) - 4), ((s / 2) + 4, (s / 2) + 4), ((-s / 2) - 4, (s / 2) + 4));
            }
        }

        /// <summary>
        /// An empty 2 litre hot-water bottle: 320–350 × 200–215 mm, two walls of 1.8–2.2 mm rubber (about
        /// 1.4 g/cm³ with its chalk and clay filler), ribs on one face, a moulded seam, a 45 mm neck with a
        /// polypropylene stopper and its washer, a hanging tab; in a knitted or fleece cover on some. Empty:
        /// a filled one is drink's weight of water and not for the bag.
        /// </summary>
        private void HotWaterBottle()
        {
            var l = U(320, 350);
            var w = U(200, 215);
            var pen = Place((l / 2) + 10);
            var rubber = U(1.8, 2.2) * 2 * 1.4;
            var outline = new (double X, double Y)[]
            {
                ((-l / 2) + 15, -w / 2), ((l / 2) - 95, -w / 2), ((l / 2) - 50, -24), (l / 2, -22),
                (l / 2, 22), ((l / 2) - 50, 24), ((l / 2) - 95, w / 2), ((-l / 2) + 15, w / 2), (-l / 2, (w / 2) - 15), (-l / 2, (-w / 2) + 15),
            };
            var bottle = new Turned(pen, 0, 0, 0);
            bottle.Poly(Organic, rubber, outline);
            bottle.Poly(Mixed, 0.3, outline);
            bottle.Line(Organic, 10, 4, true, outline);
            for (var x = (-l / 2) + 25; x < (l / 2) - 110; x += 12)
            {
                bottle.Rect(Organic, 2, x, (-w / 2) + 15, 4, w - 30);
            }

            bottle.Cylinder(Organic, (l / 2) - 30, -14, 40, 28, 0.5);
            bottle.Rect(Organic, 14, (l / 2) + 6, -20, 8, 40);
            bottle.Rect(Organic, 4, (l / 2) - 4, -16, 3, 32);
            bottle.Rect(Organic, rubber * 1.5, (-l / 2) - 15, -15, 15, 30);
            if (Chance(0.4))
            {
                bottle.Poly(Organic, U(3, 6), [.. outline.Select(p => (p.X * 1.04, p.Y * 1.06))]);
            }
        }

        /// <summary>
        /// A retractable dog lead: a 115–150 mm ABS housing (2 mm faces, 35–45 mm deep) with its handle loop,
        /// a spool of 3–5 m nylon tape or cord, the spiral steel spring inside it (0.4 × 8 mm strip), a steel
        /// axle and brake; the tape out 0–150 mm to a zinc-alloy snap hook with a steel spring gate.
        /// </summary>
        private void DogLead()
        {
            var size = U(115, 150);
            var pen = Place((size / 2) + 30);
            var lead = new Turned(pen, 0, 0, 0);
            var depth = U(35, 45);
            var r = size * 0.38;
            var cx = (-size / 2) + r;
            lead.Ellipse(Organic, 4.2, cx, 0, r, r);
            lead.Ring(Organic, depth, 2, cx, 0, r, r);
            var grip = new (double X, double Y)[] { (cx + (r * 0.7), -r * 0.7), ((size / 2) - 8, -r * 0.45), (size / 2, 0), ((size / 2) - 8, r * 0.45), (cx + (r * 0.7), r * 0.7) };
            lead.Line(Organic, 20, 14, false, grip);
            var tape = Chance(0.6);
            lead.Ring(Organic, (tape ? 12 : 8) * 0.9, r * 0.25, cx, 0, r * 0.62, r * 0.62);
            lead.Ellipse(Organic, 3, cx, 0, r - 4, r - 4);
            lead.Ring(Steel, 8 * 0.6, 6.4, cx, 0, r * 0.3, r * 0.3);
            lead.Ellipse(Steel, depth * 0.7, cx, 0, 2, 2);
            lead.Rect(Steel, 2, cx + (r * 0.6), -r * 0.9, 12, 4);
            lead.Rect(Organic, 12, cx + (r * 0.5), (-r * 0.95) - 6, 16, 8);
            // The lead out of the mouth at the front.
            var outLen = Chance(0.5) ? U(0, 20) : U(40, 150);
            var hx = (-size / 2) - 8 - outLen;
            var hy = U(-10, 10);
            lead.Line(Organic, tape ? 1.1 : 2.4, tape ? 12 : 3, false, (-size / 2, 0), ((-size / 2) - (outLen * 0.5), hy * 0.3), (hx + 5, hy));
            lead.Rect(Organic, 10, (-size / 2) - 12, -6, 10, 12);
            var hook = new Turned(pen, hx, hy, Math.PI + U(-0.3, 0.3));
            hook.Ring(ZincAlloy, 5, 3, 0, 0, 6, 5);
            hook.Poly(ZincAlloy, 5, (6, -5), (50, -5), (56, 0), (52, 6), (44, 6), (44, 2), (6, 5));
            hook.Rect(Steel, 1.5, 30, 1, 14, 3);
        }

        /// <summary>
        /// A cycle helmet: a 255–290 × 195–220 mm shell of in-mould EPS foam (about 25 mm at 0.06–0.08
        /// g/cm³) under a 0.5 mm polycarbonate microshell, vents between its ribs, nylon straps with a plastic
        /// buckle, the retention cradle and its dial at the back; no metal.
        /// </summary>
        private void CycleHelmet()
        {
            var l = U(255, 290);
            var w = U(195, 220);
            var eps = U(0.06, 0.08);
            var pen = Place((l / 2) + 10);
            var helmet = new Turned(pen, 0, 0, 0);
            helmet.Ellipse(Organic, (25 * eps) + 1, 0, 0, l / 2, w / 2);
            helmet.Ring(Organic, (60 * eps) + 4, 18, 0, 0, (l / 2) - 9, (w / 2) - 9);
            for (var k = -2; k <= 2; k++)
            {
                var y = k * w * 0.16;
                var half = (l / 2) * Math.Sqrt(Math.Max(0, 1 - Math.Pow(y / (w / 2), 2))) - 12;
                helmet.Line(Organic, 50 * eps, 14, false, (-half, y), (0, y * 1.1), (half, y));
            }

            foreach (var s in new[] { -1.0, 1.0 })
            {
                helmet.Line(Organic, 1.2, 15, false, (-l * 0.25, s * ((w / 2) - 20)), (-l * 0.05, s * ((w / 2) + 30)), (l * 0.08, s * ((w / 2) + 60)));
                helmet.Line(Organic, 1.2, 15, false, (l * 0.2, s * ((w / 2) - 20)), (l * 0.1, s * ((w / 2) + 30)), (l * 0.08, s * ((w / 2) + 60)));
                helmet.Rect(Organic, 8, l * 0.05, (s * ((w / 2) + 28)) - 8, 14, 16);
            }

            helmet.Rect(Organic, 12, l * 0.05, (w / 2) + 58, 30, 20);
            helmet.Ellipse(Organic, 12, (-l / 2) + 25, 0, 14, 14);
            helmet.Line(Organic, 2, 10, false, [.. Enumerable.Range(0, 9).Select(i => (-(l / 2) + 25 + (l * 0.5 * Math.Sin(Math.PI * i / 8)), -w * 0.35 * Math.Cos(Math.PI * i / 8)))]);
        }

        /// <summary>
        /// A hand magnifying glass: a 65–100 mm biconvex lens of glass or acrylic (2–3 mm at the edge, 6–10 mm
        /// in the middle) in a chromed zinc-alloy or plastic rim, a 95–125 mm wooden or plastic handle.
        /// </summary>
        private void MagnifyingGlass()
        {
            var d = U(65, 100);
            var handle = U(95, 125);
            var glass = Chance(0.6);
            var pen = Place(((d + handle) / 2) + 5);
            var mag = new Turned(pen, 0, 0, 0);
            var lx = -(handle / 2);
            var r = d / 2;
            var (lens, density) = glass ? (Glass, 1.0) : (Organic, 1.19);
            var edge = U(2, 3);
            var centre = U(6, 10);
            mag.Ellipse(lens, edge * density, lx, 0, r, r);
            const int bands = 4;
            var before = edge;
            for (var i = 1; i <= bands; i++)
            {
                var rho = r * (1 - (i / (bands + 1.0)));
                var t = edge + ((centre - edge) * (1 - (rho * rho / (r * r))));
                mag.Ellipse(lens, (t - before) * density, lx, 0, rho, rho);
                before = t;
            }

            var metal = Chance(0.5);
            mag.Ring(metal ? ZincAlloy : Organic, metal ? 4 : 10, metal ? 2 : 4, lx, 0, r + 1, r + 1);
            var wood = Chance(0.5);
            mag.Cylinder(Organic, lx + r + 2, -10, handle, 20, wood ? 0.7 : 1.05);
            mag.Tube(metal ? ZincAlloy : Organic, lx + r - 2, -8, 15, 16, metal ? 0.6 : 2);
        }

        /// <summary>
        /// A wooden toy train: an engine and one to three carriages of beech (about 0.7 g/cm³, 60–90 × 35 ×
        /// 35–45 mm) standing on their wheels, each on two 3 mm steel axles with plastic wheels, joined by
        /// magnetic couplings (a small magnet in a plastic cup on a steel pin); a few 144 × 40 × 12 mm
        /// grooved track pieces with them on some.
        /// </summary>
        private void WoodenTrain()
        {
            var pen = Place(110);
            for (var k = random.Next(0, 5); k > 0; k--)
            {
                var track = new Turned(pen, U(-60, 60), U(-50, 50), U(0, 2 * Math.PI));
                track.Rect(Organic, 8.4, -72, -20, 144, 8);
                track.Rect(Organic, 5.6, -72, -12, 144, 6);
                track.Rect(Organic, 8.4, -72, -6, 144, 12);
                track.Rect(Organic, 5.6, -72, 6, 144, 6);
                track.Rect(Organic, 8.4, -72, 12, 144, 8);
                track.Ellipse(Organic, 8.4, 79, 0, 6, 6);
                track.Rect(Organic, 8.4, 72, -3, 3, 6);
            }

            var cars = random.Next(2, 5);
            var bend = U(-0.15, 0.15);
            var x = -(cars * 80) / 2.0;
            for (var c = 0; c < cars; c++)
            {
                var cl = c == 0 ? U(80, 90) : U(60, 75);
                var h = c == 0 ? U(40, 45) : U(35, 40);
                var car = new Turned(pen, x + (cl / 2), c * bend * 30, c * bend);
                car.Rect(Organic, h * 0.7, -cl / 2, -17.5, cl, 35);
                if (c == 0)
                {
                    car.Rect(Organic, 20 * 0.7, -cl / 2, -15, 30, 30);
                    car.Ellipse(Organic, 15 * 0.7, (cl / 2) - 15, 0, 8, 8);
                }

                foreach (var ax in new[] { (-cl / 2) + 14, (cl / 2) - 14 })
                {
                    car.Rect(Steel, 2.4, ax - 1.5, -22, 3, 44);
                    car.Rect(Organic, 25, ax - 10, -22, 20, 4.5);
                    car.Rect(Organic, 25, ax - 10, 17.5, 20, 4.5);
                }

                foreach (var (cx, dir) in new[] { (-cl / 2, -1.0), (cl / 2, 1.0) })
                {
                    car.Rect(Organic, 6, dir < 0 ? cx - 12 : cx, -4, 12, 8);
                    car.Ellipse(Steel, 4, cx + (dir * 12), 0, 4, 4);
                    car.Ellipse(Steel, 6, cx + (dir * 3), 0, 1.5, 1.5);
                }

                x += cl + 14;
            }
        }
    }
}
