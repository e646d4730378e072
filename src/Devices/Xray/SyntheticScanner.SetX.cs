namespace Screening.Devices.Xray;

// Variant set X (held out after W): threat shapes and clutter kinds that none of A to W and R draws.
// About two thirds are the ordinary forms a prison gate meets, in models, sizes and materials no set drew
// (knives sold for the kitchen, the outdoors and formal dress, handguns as they are made and sold, phones with
// the accessories people carry them in); the rest are hidden inside something innocent or made at home. Each
// is written from what the real thing measures and is made of, by someone who read neither the analyser nor
// any x-ray figures. Thicknesses follow the rest of the scene: roughly the millimetres of that material the
// beam crosses where the part lies flat (a round bar of diameter d counts as about 0.8 d, a hollow part as
// its two walls, a sheet or wall seen edge-on as the depth the beam runs along it, shared out over the width
// of the line it is drawn as); a material lighter or heavier than water counts its thickness times its
// density; iron sand and steel shot count as steel at their packed density over steel's 7.85 g/cm³, nickel
// silver as brass, ceramics and quartz as glass by their density over glass's 2.5 g/cm³.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        /// <summary>Draws one of set X's threat shapes; null for a shape that is not set X's.</summary>
        private PixelBox? DrawSetXThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.TantoKnife => TantoKnife(scale),
            ThreatShape.SgianDubh => SgianDubh(scale),
            ThreatShape.LaguioleFolder => LaguioleFolder(scale),
            ThreatShape.KnifeInChocolateBox => KnifeInChocolateBox(scale),
            ThreatShape.TentPegShiv => TentPegShiv(scale),
            ThreatShape.LowBoreRevolver => LowBoreRevolver(scale),
            ThreatShape.AkPistol => AkPistol(scale),
            ThreatShape.SawnOffOverUnder => SawnOffOverUnder(scale),
            ThreatShape.PistolInBoardGame => PistolInBoardGame(scale),
            ThreatShape.RevolverInVanityCase => RevolverInVanityCase(scale),
            ThreatShape.PhoneInFaradayPouch => PhoneInFaradayPouch(scale),
            ThreatShape.ControllerClampPhone => ControllerClampPhone(scale),
            ThreatShape.PhoneInJiffyBag => PhoneInJiffyBag(scale),
            ThreatShape.PhoneInIcePack => PhoneInIcePack(scale),
            ThreatShape.PhoneInChocolateBar => PhoneInChocolateBar(scale),
            ThreatShape.DrumMagazine => DrumMagazine(scale),
            ThreatShape.SimInUsbReader => SimInUsbReader(scale),
            ThreatShape.InsulinSyringeCarton => InsulinSyringeCarton(scale),
            ThreatShape.RechargeableHeadTorch => RechargeableHeadTorch(scale),
            ThreatShape.SolderingIron => SolderingIron(scale),
            ThreatShape.AluminiumBeerBottles => AluminiumBeerBottles(scale),
            ThreatShape.CannabisCaliTin => CannabisCaliTin(scale),
            ThreatShape.DrugsInSandwichBiscuits => DrugsInSandwichBiscuits(scale),
            _ => null,
        };

        /// <summary>Draws one of set X's clutter kinds; false for a kind that is not set X's.</summary>
        private bool DrawSetXClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.TravelAdaptor:
                    TravelAdaptor();
                    return true;
                case ClutterKind.Nebuliser:
                    Nebuliser();
                    return true;
                case ClutterKind.TensMachine:
                    TensMachine();
                    return true;
                case ClutterKind.AnkleWeights:
                    AnkleWeights();
                    return true;
                case ClutterKind.ToyTeaSet:
                    ToyTeaSet();
                    return true;
                case ClutterKind.CordedMassager:
                    CordedMassager();
                    return true;
                case ClutterKind.ResistanceBands:
                    ResistanceBands();
                    return true;
                case ClutterKind.SilkFlowers:
                    SilkFlowers();
                    return true;
                default:
                    return false;
            }
        }

        // ---- shared parts ---------------------------------------------------------------------

        /// <summary>
        /// The outline of a rectangle (<paramref name="x0"/>, <paramref name="y0"/>)–(<paramref name="x1"/>, <paramref name="y1"/>) with a
        /// rectangular hole (<paramref name="hx0"/>, <paramref name="hy0"/>)–(<paramref name="hx1"/>, <paramref name="hy1"/>) cut from it,
        /// joined to the rim by a slit of no width: a layer of fill round something set into it, not counted where the thing is.
        /// </summary>
        private static (double X, double Y)[] XHoled(double x0, double y0, double x1, double y1, double hx0, double hy0, double hx1, double hy1) =>
        [
            (x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, hy0), (hx0, hy0), (hx0, hy1), (hx1, hy1), (hx1, hy0), (hx0, hy0), (x0, hy0),
        ];

        /// <summary>
        /// A slab smartphone of <paramref name="l"/> × <paramref name="w"/> mm face up or down on its part's origin (see
        /// <see cref="SPhone"/>), with its camera island; the maker's spread of sizes, frames and cells.
        /// </summary>
        private void XPhone(Turned p, double l, double w)
        {
            var alu = Chance(0.7);
            SPhone(p, l, w, 9, alu ? Aluminium : Steel, U(7.4, 8.9), Chance(0.7), U(3500, 5000), Chance(0.5));
            SCamera(p, (-l / 2) + 13, (-w / 2) + 13, 11, true);
            SCamera(p, (-l / 2) + 13, (-w / 2) + 28, 9, false);
            if (Chance(0.5))
            {
                SCamera(p, (-l / 2) + 28, (-w / 2) + 13, 9, false);
            }
        }

        /// <summary>
        /// A blade sheath of moulded Kydex or leather round an outline: its two walls (<paramref name="wall"/> mm at
        /// <paramref name="density"/>) face-on and its rim, where the walls are folded or riveted together, about three walls deep.
        /// </summary>
        private static void XSheath(Turned k, (double X, double Y)[] outline, double cx, double cy, double wall, double density)
        {
            k.Poly(Organic, 2 * wall * density, outline);
            k.Line(Organic, 3 * wall * density * 2, 2, true, Shrunk(outline, cx, cy, 0.985, 0.95));
        }

        /// <summary>
        /// A 9 × 19 mm round on its side centred on its part's origin, bullet toward +x: a brass case and a copper-jacketed lead bullet
        /// (see <see cref="CartridgeSide"/>).
        /// </summary>
        private static void XNine(Turned c) => CartridgeSide(c, 19.15, 9.93, 9.96, 10.5, 9.03, true, Brass);

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// A tactical tanto fixed blade (the Cold Steel Recon and SOG Seal class, sold as outdoor and "tactical" knives): a 150–180 mm
        /// blade 32–38 mm deep of 4–5 mm steel, its straight edge meeting a short steep front edge at the secondary point, saber ground
        /// (the spine half full thickness, the lower half ground to the edge); a small integral guard; a full tang the shape of the
        /// 120–135 mm handle between scales of Kraton rubber (about 1.15 g/cm³) or G10 (about 1.85), 12–16 mm thick together, on three
        /// steel screws, a lanyard hole; in its Kydex sheath on most (two 2 mm walls at about 1.35 g/cm³ moulded round the blade and
        /// guard, eight brass eyelets down its edge, a glass-filled nylon belt clip on three steel screws).
        /// </summary>
        private PixelBox TantoKnife(double scale)
        {
            var bl = U(150, 180);
            var bw = U(32, 38);
            var t = U(4, 5);
            var hl = U(120, 135);
            var hw = U(28, 32);
            var sheath = Chance(0.65);
            var top = -bw / 2;
            var m = sheath ? 12.0 : 6.0;
            var pen = Lay(-hl - m, top - m, bl + m, (bw / 2) + m, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] blade = [(0, top), (bl - 3, top + 1.5), (bl, top + 3), (bl * 0.86, (bw / 2) - 3), (bl * 0.8, bw / 2), (0, bw / 2)];
            k.Poly(Steel, t * 0.5, blade);
            k.Poly(Steel, t * 0.5, Shrunk(blade, 0, top, 1, 0.5));
            k.Poly(Steel, t, (-6, top - 1), (0, top - 1), (0, (bw / 2) + 5), (-6, (bw / 2) + 5));
            (double X, double Y)[] handle = [(-6, -hw / 2), (-hl * 0.5, (-hw / 2) + 1), (-hl + 4, -hw / 2), (-hl, (-hw / 2) + 6), (-hl, (hw / 2) - 4), (-hl + 6, hw / 2), (-hl * 0.6, (hw / 2) - 3), (-hl * 0.3, hw / 2), (-6, (hw / 2) - 2)];
            k.Poly(Steel, t, handle);
            var g10 = Chance(0.4);
            RoundSection(k, Organic, Shrunk(handle, -hl / 2, 0, 0.97, 0.96), -hl / 2, 0, U(12, 16) - t, g10 ? 1.85 : 1.15);
            foreach (var f in new[] { 0.2, 0.5, 0.8 })
            {
                k.Ellipse(Steel, 14, -hl * f, 0, 2.5, 2.5);
            }

            k.Ring(Steel, 2 * t, 1.5, -hl + 10, 0, 3.5, 3.5);
            if (sheath)
            {
                (double X, double Y)[] shell = [(-14, top - 7), (bl * 0.9, top - 5), (bl + 8, top + 2), (bl * 0.88, (bw / 2) + 7), (-14, (bw / 2) + 9)];
                XSheath(k, shell, bl / 2, 0, 2, 1.35);
                for (var i = 0; i < 8; i++)
                {
                    var x = -8 + (i * (bl * 0.95 / 7));
                    k.Ring(Brass, 2 * 0.4 * 2.5, 1.2, x, (bw / 2) + 4, 2.2, 2.2);
                }

                k.Rect(Organic, 2 * 3 * 1.4, -12, top - 4, 45, bw + 8);
                for (var i = 0; i < 3; i++)
                {
                    k.Ellipse(Steel, 10, 0, top + 4 + (i * (bw - 8) / 2), 2.5, 2.5);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// A sgian dubh, the small knife worn in the sock with Highland dress (at weddings, ceilidhs and in pipe bands): an 85–100 mm
        /// spear-point blade 18–22 mm deep of 3 mm stainless; a 4 × 5 mm stick tang into a 75–90 mm handle of carved bog oak or ebony
        /// (about 1.0–1.2 g/cm³) or black resin (about 1.2), 20–24 mm thick, a nickel-silver ferrule and a pommel cup with a faceted glass or
        /// quartz "cairngorm" stone 12–16 mm across; in its sheath on most (two 2.5 mm layers of leather at about 0.9 g/cm³, with a
        /// nickel-silver throat and chape of 0.6 mm sheet).
        /// </summary>
        private PixelBox SgianDubh(double scale)
        {
            var bl = U(85, 100);
            var bw = U(18, 22);
            const double t = 3;
            var hl = U(75, 90);
            var hd = U(20, 24);
            var sheath = Chance(0.65);
            var m = sheath ? 8.0 : 3.0;
            var pen = Lay(-hl - 12, (-hd / 2) - m, bl + m, (hd / 2) + m, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] blade = [(0, -bw / 2), (bl * 0.65, -bw / 2), (bl, -1), (bl * 0.7, bw * 0.42), (0, bw / 2)];
            k.Poly(Steel, t * 0.55, blade);
            k.Poly(Steel, t * 0.45, Shrunk(blade, 0, -bw / 2, 1, 0.5));
            k.Rect(Steel, 0.8 * 4, -hl * 0.8, -2.5, hl * 0.8, 5);
            (double X, double Y)[] grip = [(-8, -(hd / 2) + 2), (-hl * 0.5, -hd / 2), (-hl + 4, (-hd / 2) + 1), (-hl + 4, (hd / 2) - 1), (-hl * 0.5, hd / 2), (-8, (hd / 2) - 2)];
            RoundSection(k, Organic, grip, -hl / 2, 0, hd, U(1.0, 1.2));
            k.Tube(Brass, -8, (-hd / 2) + 1.5, 8, hd - 3, 0.6);
            k.Rect(Brass, 0.8 * (hd - 4) * 0.6 / 1.0, -hl, (-hd / 2) + 2, 4, hd - 4);
            k.Ellipse(Glass, U(6, 9) * 2.65 / 2.5, -hl - 3, 0, 7, 7);
            k.Ring(Brass, 0.8 * 3, 1.5, -hl - 3, 0, 7.5, 7.5);
            if (sheath)
            {
                (double X, double Y)[] shell = [(-12, (-bw / 2) - 5), (bl * 0.7, (-bw / 2) - 4), (bl + 6, 0), (bl * 0.7, (bw / 2) + 4), (-12, (bw / 2) + 5)];
                XSheath(k, shell, bl / 2, 0, 2.5, 0.9);
                k.Tube(Brass, -12, (-bw / 2) - 5, 14, bw + 10, 0.6);
                k.Poly(Brass, 2 * 0.6 + 1, (bl - 16, (-bw / 2) + 1), (bl + 6, 0), (bl - 16, (bw / 2) - 1));
            }

            return pen.Box;
        }

        /// <summary>
        /// A Laguiole folding knife (the French slip-joint sold in every kitchen shop and given as a gift, often with a corkscrew): a
        /// slightly curved handle 110–130 mm long and 16–19 mm deep; a slim yatagan blade as long again, 2.5–3 mm thick; the backspring
        /// (4 × 3 mm steel) with its forged "bee" over the pivot; solid bolsters of stainless or brass at each end (10 mm long, 11 mm
        /// through), brass liners (two 0.8 mm) on some, scales of horn (about 1.3 g/cm³), olive or juniper wood (about 0.9 or 0.6) on pins;
        /// open or folded shut, a corkscrew (a 2 mm steel helix on a tang) folded into the back on some.
        /// </summary>
        private PixelBox LaguioleFolder(double scale)
        {
            var hl = U(110, 130);
            var hw = U(16, 19);
            var bl = hl * U(0.85, 0.95);
            var bw = U(16, 19);
            var t = U(2.5, 3);
            var open = Chance(0.5);
            var cork = Chance(0.3);
            var pen = Lay(-hl - 3, (-hw / 2) - 6, open ? bl + 3 : 6, (hw / 2) + 8, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] handle = [(4, -hw / 2), (-hl * 0.5, (-hw / 2) + 1.5), (-hl + 5, (-hw / 2) + 1), (-hl, (-hw / 2) + 5), (-hl + 2, (hw / 2) + 3), (-hl * 0.6, (hw / 2) + 1), (-hl * 0.3, hw / 2), (4, (hw / 2) - 1)];
            const double th = 11;
            if (Chance(0.5))
            {
                k.Poly(Brass, 2 * 0.8, Shrunk(handle, -hl / 2, 0, 0.97, 0.92));
            }

            var scales = Shrunk(handle, -hl / 2, 0, 0.8, 1);
            RoundSection(k, Organic, scales, -hl / 2, 0, th - 2, random.Next(3) switch { 0 => 1.3, 1 => 0.9, _ => 0.6 });
            var bolster = Chance(0.6) ? Steel : Brass;
            k.Poly(bolster, th * 0.85, (4, -hw / 2), (-8, -hw / 2), (-8, hw / 2), (4, (hw / 2) - 1));
            k.Poly(bolster, th * 0.85, (-hl + 12, (-hw / 2) + 1), (-hl + 5, (-hw / 2) + 1), (-hl, (-hw / 2) + 5), (-hl + 2, (hw / 2) + 3), (-hl + 12, (hw / 2) + 2));
            k.Rect(Steel, 3, -hl + 10, (-hw / 2) + 0.5, hl - 14, 4);
            k.Poly(Steel, 3, (-6, (-hw / 2) - 4), (6, (-hw / 2) - 4), (4, -hw / 2), (-4, -hw / 2));
            for (var i = 0; i < 6; i++)
            {
                k.Ellipse(bolster == Steel ? Steel : Brass, th, -hl * (0.2 + (i * 0.12)), 2, 0.9, 0.9);
            }

            (double X, double Y)[] blade = [(0, -bw / 2), (bl * 0.7, (-bw / 2) + 1), (bl, (-bw / 2) + 3), (bl * 0.75, bw * 0.3), (bl * 0.35, bw / 2), (0, bw / 2)];
            var b = open ? new Turned(pen, 0, 0, 0) : new Turned(pen, 0, 1, Math.PI);
            b.Poly(Steel, t * 0.55, blade);
            b.Poly(Steel, t * 0.45, Shrunk(blade, 0, -bw / 2, 1, 0.45));
            k.Ellipse(Steel, th, 0, 0, 2.5, 2.5);
            if (cork)
            {
                k.Rect(Steel, 2.5, -hl + 14, (-hw / 2) + 2, 25, 4);
                k.Line(Steel, 0.8 * 2 * 2, 2, false, Zigzag(-hl + 38, -hl + 78, (-hw / 2) + 1, 6, 5));
            }

            return pen.Box;
        }

        /// <summary>
        /// A kitchen knife under the tray of a box of chocolates: a carton 220–290 × 165–240 mm and 30–40 mm deep (0.6 mm board at about 0.7
        /// g/cm³, lid and base face-on, its sides edge-on), a cushion sheet of paper, a thermoformed PET tray (0.3 mm at about 1.38) holding
        /// a chocolate in each 34 mm cell (truffles and pralines 24–30 mm across and 16–22 mm tall at about 1.3 g/cm³, some in 12 µm foil);
        /// under the tray a utility or small cook's knife (a 100–130 mm blade, a riveted handle; see <see cref="KitchenBlade"/>) lying along
        /// the box.
        /// </summary>
        private PixelBox KnifeInChocolateBox(double scale)
        {
            var oblong = Chance(0.6);
            var (l, w) = oblong ? (U(260, 290), U(165, 185)) : (U(220, 240), U(220, 240));
            var depth = U(30, 40);
            var pen = Lay((-l / 2) - 1, (-w / 2) - 1, (l / 2) + 1, (w / 2) + 1, scale);
            var b = new Turned(pen, 0, 0, 0);
            SheetBox(b, Organic, -l / 2, -w / 2, l, w, depth, 0.6, 0.7, 3);
            RoundedRect(b, Organic, 0.2 * 0.8, (-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6, 3);
            RoundedRect(b, Organic, 0.3 * 1.38 * 2, (-l / 2) + 4, (-w / 2) + 4, l - 8, w - 8, 3);
            const double pitch = 34;
            var cols = (int)((l - 10) / pitch);
            var rows = (int)((w - 10) / pitch);
            for (var i = 0; i < cols; i++)
            {
                for (var j = 0; j < rows; j++)
                {
                    var (cx, cy) = ((-cols * pitch / 2) + ((i + 0.5) * pitch), (-rows * pitch / 2) + ((j + 0.5) * pitch));
                    b.Line(Organic, 18 * 0.3 * 1.38 / 0.8, 0.8, true, SCorners(cx - 16, cy - 16, 32, 32));
                    var r = U(12, 15);
                    if (Chance(0.3))
                    {
                        b.Rect(Organic, U(14, 18) * 1.3, cx - (r * 0.85), cy - (r * 0.85), r * 1.7, r * 1.7);
                    }
                    else
                    {
                        Spheroid(b, Organic, cx, cy, r, r, U(16, 22), 1.3);
                    }

                    if (Chance(0.2))
                    {
                        b.Ellipse(Aluminium, 3 * 0.012, cx, cy, r + 1, r + 1);
                    }
                }
            }

            var bl = U(100, 130);
            var hl = Math.Min(U(95, 110), l - 24 - bl);
            var a = (Chance(0.5) ? 0 : Math.PI) + U(-0.06, 0.06);
            var x0 = -(bl - hl) / 2;
            var (ox, oy) = Moved(0, U(-w * 0.15, w * 0.15), a, x0, 0);
            pen.Item(() => KitchenBlade(new Turned(pen, ox, oy, a), bl, U(20, 26), U(1.6, 2), hl, Chance(0.3), Chance(0.4)));
            return pen.Box;
        }

        /// <summary>
        /// A shiv made from a steel tent peg: a 6–8 mm round rock peg 180–230 mm long with its head bent into a hook, or a galvanised
        /// V-section peg (1.2 mm sheet folded to a V about 20 mm across, seen as its two walls and along its fold), its point ground
        /// longer and sharper over 25–35 mm; its grip 80–100 mm of PVC tape (1–1.5 mm a side at about 1.4 g/cm³) or strips of cloth (2.5
        /// mm a side at about 0.5) wound over the hook or the head.
        /// </summary>
        private PixelBox TentPegShiv(double scale)
        {
            var len = U(180, 230);
            var point = U(25, 35);
            var gl = U(80, 100);
            var tape = Chance(0.55);
            var wrap = tape ? U(1, 1.5) : 2.5;
            var rho = tape ? 1.4 : 0.5;
            var round = Chance(0.6);
            var x0 = -len / 2;
            var x1 = len / 2;
            var pen = Lay(x0 - 14, -24, x1 + 1, 14, scale);
            var k = new Turned(pen, 0, 0, 0);
            if (round)
            {
                var d = U(6, 8);
                k.Cylinder(Steel, x0, -d / 2, len - point, d);
                k.Poly(Steel, 0.8 * d * 0.55, (x1 - point, -d / 2), (x1, 0), (x1 - point, d / 2));
                k.Line(Steel, 0.8 * d, d, false, UArc(x0, -9, 9, 9, Math.PI / 2, 1.5 * Math.PI, 10));
                k.Tube(Organic, x0 - 12, -20, gl + 12, 20 + (d / 2) + wrap, wrap * rho);
            }
            else
            {
                (double X, double Y)[] peg = [(x0, -10), (x1 - point, -10), (x1, 0), (x1 - point, 10), (x0, 10)];
                k.Poly(Steel, 2 * 1.2 * 1.15, peg);
                k.Rect(Steel, 0.8 * 8 * 1.2 / 1.2, x0, -0.6, len - (point * 0.7), 1.2);
                k.Rect(Steel, 2 * 1.2, x0 - 4, -12, 8, 24);
                k.Tube(Organic, x0 - 5, -12 - wrap, gl + 5, 24 + (2 * wrap), wrap * rho);
            }

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// A low-bore-axis revolver (the Chiappa Rhino, .357 Magnum, sold since 2009): it fires from the bottom chamber of a six-shot
        /// cylinder whose flats make it look hexagonal (38 mm across, 41 mm long, about half steel once bored), so the barrel (14 mm over
        /// a 9 mm bore, 51, 102, 127 or 152 mm long, under a flat-sided aluminium shroud) lies low in front of it; a frame of 7075
        /// aluminium alloy (two 4 mm walls round the cylinder window, a thick top strap), the hammer hidden under a cocking lever, the
        /// trigger and guard; a high grip raked back 15°, wood (about 0.75 g/cm³) or rubber (about 1.15) 30 mm thick over an alloy grip
        /// frame; empty or loaded with .357 Magnum rounds.
        /// </summary>
        private PixelBox LowBoreRevolver(double scale)
        {
            double[] barrels = [51, 102, 127, 152];
            var bl = barrels[random.Next(barrels.Length)];
            const double cd = 38;
            const double cl = 41;
            var pr = cd * 0.3;
            var gl = U(85, 95);
            var rk = Math.Tan(15 * Math.PI / 180);
            var pen = Lay(-cl - 18 - (gl * rk) - 36, (-cd / 2) - 16, bl + 3, (cd / 2) + gl, scale);
            var g = new Turned(pen, 0, 0, 0);
            g.Tube(Steel, 0, pr - 7, bl, 14, 2.5);
            g.Rect(Aluminium, 2 * 2.5, 0, pr - 12, bl, 24);
            g.Line(Aluminium, 22 * 2.5 / 2, 2, false, (0, pr - 11), (bl, pr - 11));
            g.Rect(Steel, 4, bl - 8, pr - 16, 6, 4);
            g.Rect(Aluminium, 2 * 4, -cl - 12, (-cd / 2) - 8, cl + 22, cd + 14);
            g.Rect(Aluminium, 0.8 * 16, -cl - 12, (-cd / 2) - 10, cl + 30, 8);
            g.Rect(Aluminium, 0.8 * 16, -cl - 16, (-cd / 2) - 6, 12, cd + 10);
            g.Cylinder(Steel, -cl, -cd / 2, cl, cd, 0.5);
            g.Cylinder(Steel, -cl - 3, pr - 2.5, cl + 8, 5);
            g.Poly(Steel, 0.8 * 8, (-cl - 14, (-cd / 2) - 10), (-cl - 4, (-cd / 2) - 10), (-cl - 12, (-cd / 2) - 20), (-cl - 20, (-cd / 2) - 16));
            var fy = (cd / 2) + 6;
            g.Line(Aluminium, 0.8 * 9, 4, false, UArc(-cl + 10, fy, 16, 14, 0, Math.PI, 10));
            g.Poly(Steel, 6, (-cl + 3, fy - 1), (-cl + 9, fy - 1), (-cl + 4, fy + 11), (-cl, fy + 10));
            var gx = -cl - 18;
            (double X, double Y)[] grip = [(gx + 8, -6), (gx - 30, -10), (gx - 34 - (gl * rk), gl - 14), (gx - (gl * rk), gl - 12), (gx + 10, fy)];
            g.Poly(Aluminium, 2 * 2.5, Shrunk(grip, gx - 12, gl / 2, 0.55, 0.95));
            RoundSection(g, Organic, grip, gx - 12, gl / 2, 30, Chance(0.5) ? 0.75 : 1.15);
            var loaded = random.Next(0, 7);
            for (var i = 0; i < loaded; i++)
            {
                var y = pr * Math.Sin((Math.PI / 2) + (i * Math.PI / 3));
                CartridgeSide(new Turned(pen, -cl + 20, y, 0), 33, 9.6, 11.2, 7, 9.1, true, Brass);
            }

            return pen.Box;
        }

        /// <summary>
        /// An AK-pattern pistol (the Romanian Draco and its kin, 7.62 × 39 mm, sold in America and found in Europe): no stock; a stamped
        /// receiver of 1 mm steel (30 mm through the beam, 42 mm tall, 210 mm long) with its riveted trunnions, the bolt carrier and its
        /// piston, the recoil spring, the dust cover and the long safety lever; a 16 mm barrel (about 4 mm walls) 120–250 mm beyond the
        /// receiver, its gas block and front sight and a muzzle nut, the gas tube above it, wooden handguards (about 0.7 g/cm³); a
        /// polymer pistol grip (two 3 mm walls at about 1.3) on its steel bolt, a stamped trigger guard; a curved steel magazine of 20 or 30
        /// (0.9 mm walls, its spine and front seen edge-on), empty or loaded with rounds in brass or lacquered steel cases.
        /// </summary>
        private PixelBox AkPistol(double scale)
        {
            var bp = U(120, 250);
            var cap = Chance(0.75) ? 30 : 20;
            var ml = cap == 30 ? 230.0 : 170.0;
            const double mr = 300;
            const double xm = -62;
            var drop = mr * Math.Sin(ml / mr);
            var pen = Lay(-216, -42, bp + 22, 22 + drop + 12, scale);
            var g = new Turned(pen, 0, 0, 0);
            g.Rect(Steel, 2 * 1.0, -210, -20, 210, 42);
            g.Line(Steel, 30 * 1.0 / 1.0, 1.0, true, SCorners(-209.5, -19.5, 209, 41));
            g.Rect(Steel, 2 * 0.8, -200, -28, 190, 9);
            g.Rect(Steel, 0.8 * 28, -32, -17, 32, 30);
            g.Rect(Steel, 0.8 * 26, -210, -14, 24, 28);
            var bx = Chance(0.7) ? -150.0 : -185.0;
            g.Rect(Steel, 0.8 * 20, bx, -19, 115, 15);
            g.Cylinder(Steel, bx + 115, -33, Math.Min(bp * 0.7, 150), 10, 0.9);
            g.Line(Steel, 0.8 * 1.6 * 2, 1.6, false, Zigzag(-205, bx, -12, 4, 6));
            g.Rect(Steel, 1.8, -175, -2, 120, 5);
            g.Tube(Steel, 0, -14, bp, 16, 3.8);
            g.Rect(Steel, 0.8 * 24, bp - 42, -36, 30, 38);
            g.Cylinder(Steel, bp, -15, 20, 18, 0.45);
            g.Tube(Steel, 15, -39, bp - 60, 14, 0.8);
            var guardL = Math.Max(60, bp - 60);
            g.Rect(Organic, 0.8 * 32 * 0.7, 15, -41, guardL * 0.55, 16);
            g.Rect(Organic, 0.8 * 40 * 0.7, 4, -20, guardL, 30);
            g.Rect(Steel, 0.8 * 10, 2, -32, 26, 8);
            (double X, double Y)[] grip = [(-128, 20), (-96, 20), (-112, 112), (-148, 106)];
            g.Poly(Organic, 2 * 3 * 1.3, grip);
            g.Line(Organic, 30 * 3 * 1.3 / 2, 2, true, grip);
            g.Line(Steel, 0.8 * 6, 6, false, (-112, 16), (-122, 72));
            g.Line(Steel, 12, 1.5, false, UArc(-110, 22, 24, 18, 0, Math.PI, 10));
            g.Poly(Steel, 6, (-116, 20), (-110, 20), (-113, 36), (-118, 35));
            g.Rect(Steel, 0.8 * 8, xm - 32, 16, 8, 10);
            var cxc = xm + mr;
            const int n = 14;
            var seg = ml / n;
            var steelCase = Chance(0.6);
            for (var i = 0; i < n; i++)
            {
                var th = (i + 0.5) * seg / mr;
                var s = new Turned(pen, cxc - (mr * Math.Cos(th)), 22 + (mr * Math.Sin(th)), (Math.PI / 2) - th);
                s.Rect(Steel, 2 * 0.9, -seg / 2, -30, seg, 60);
                s.Rect(Steel, 26 * 0.9 / 1.2, -seg / 2, -30, seg, 1.2);
                s.Rect(Steel, 26 * 0.9 / 1.2, -seg / 2, 28.8, seg, 1.2);
            }

            var rounds = random.Next(0, cap + 1);
            for (var i = 0; i < rounds; i++)
            {
                var sAt = 8 + (i * 11.35 * 0.55);
                if (sAt > ml - 12)
                {
                    break;
                }

                var th = sAt / mr;
                var off = i % 2 == 0 ? -1.5 : 1.5;
                var (px, py) = (cxc - ((mr - off) * Math.Cos(th)), 22 + ((mr - off) * Math.Sin(th)));
                CartridgeSide(new Turned(pen, px, py, -th), 38.7, 11.35, 11.35, 17, 7.9, true, steelCase ? Steel : Brass);
            }

            return pen.Box;
        }

        /// <summary>
        /// An over-and-under 12-bore shotgun sawn off: two barrels one over the other (22 mm across over an 18.4 mm bore, 3 mm walls along
        /// the 70 mm chambers, 0.9 mm toward the cut muzzles) cut to 250–330 mm, a ventilated top rib and thin side ribs, the lumps under the
        /// monobloc; a boxlock action of steel (36 mm through the beam, about 45 % of it metal round the locks), the top lever, single
        /// trigger and guard; a walnut fore-end (about 0.7 g/cm³, 40 mm thick) on its steel iron; the stock cut back to a pistol grip or a
        /// short butt on its steel stock bolt; a 12-bore cartridge in none, one or both chambers.
        /// </summary>
        private PixelBox SawnOffOverUnder(double scale)
        {
            var bl = U(250, 330);
            var butt = Chance(0.3);
            var pen = Lay(butt ? -305 : -158, -32, bl + 2, butt ? 74 : 62, scale);
            var g = new Turned(pen, 0, 0, 0);
            foreach (var y in new[] { -11.0, 11.0 })
            {
                g.Tube(Steel, 0, y - 11, 70, 22, 2.8);
                g.Tube(Steel, 70, y - 10.2, bl - 70, 20.4, 0.9);
            }

            g.Rect(Steel, 7 * 0.5, 0, -25, bl, 3);
            g.Rect(Steel, 2 * 1.0, 70, -3, bl - 70, 6);
            g.Rect(Steel, 0.8 * 20, 6, 20, 45, 9);
            g.Rect(Steel, 36 * 0.45, -65, -26, 65, 54);
            g.Poly(Steel, 8, (-40, -26), (-12, -26), (-14, -32), (-36, -32));
            g.Line(Steel, 0.8 * 8, 4, false, UArc(-40, 28, 18, 14, 0, Math.PI, 10));
            g.Poly(Steel, 6, (-44, 27), (-38, 27), (-42, 40), (-47, 39));
            if (bl > 200)
            {
                (double X, double Y)[] fore = [(10, 20), (Math.Min(180, bl - 20), 20), (Math.Min(180, bl - 20), 34), (10, 36)];
                RoundSection(g, Organic, fore, 95, 27, 40, 0.7);
                g.Rect(Steel, 4, 14, 20, 60, 10);
            }

            (double X, double Y)[] stock = butt
                ? [(-65, -22), (-300, -8), (-300, 70), (-150, 42), (-92, 38), (-65, 28)]
                : [(-65, -22), (-118, -12), (-155, 46), (-128, 60), (-84, 32), (-65, 28)];
            var (sx, sy) = butt ? (-180.0, 25.0) : (-105.0, 20.0);
            RoundSection(g, Organic, stock, sx, sy, 40, 0.7);
            g.Line(Steel, 0.8 * 7, 7, false, (-62, 0), (butt ? -210 : -112, butt ? 14 : 10));
            var shells = random.Next(0, 3);
            for (var i = 0; i < shells; i++)
            {
                TShell(g, 0, i == 0 ? -11 : 11, U(28, 36));
            }

            return pen.Box;
        }

        /// <summary>
        /// A handgun in the box of a family board game: a box 370–405 × 250–270 mm and 50–60 mm deep (1.5 mm greyboard at about 0.75
        /// g/cm³, the lid's skirt over the base's walls), the board folded in four on top (four layers of 2 mm greyboard), a polystyrene
        /// insert tray (0.5 mm at about 1.05, its walls edge-on), two packs of cards, the paper money in bundles, plastic houses and hotels,
        /// two dice and eight die-cast zinc-alloy tokens; under the board in place of part of the tray, wrapped in a tea towel (two
        /// 1 mm layers of cotton at about 0.5), a striker-fired polymer pistol, loaded or not, or a small-frame revolver.
        /// </summary>
        private PixelBox PistolInBoardGame(double scale)
        {
            var l = U(370, 405);
            var w = U(250, 270);
            var depth = U(50, 60);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var b = new Turned(pen, 0, 0, 0);
            SheetBox(b, Organic, -l / 2, -w / 2, l, w, depth, 1.5, 0.75, 3);
            b.Line(Organic, depth * 1.5 * 0.75 / 0.8, 0.8, true, RoundedOutline((-l / 2) + 1.6, (-w / 2) + 1.6, l - 3.2, w - 3.2, 2));
            RoundedRect(b, Organic, 0.5 * 1.05 * 2, (-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6, 3);
            b.Line(Organic, (depth - 12) * 0.5 * 1.05 / 0.8, 0.8, false, ((-l / 2) + 120, (-w / 2) + 3), ((-l / 2) + 120, (w / 2) - 3));
            b.Line(Organic, (depth - 12) * 0.5 * 1.05 / 0.8, 0.8, false, ((-l / 2) + 3, 0), ((-l / 2) + 120, 0));
            var board = U(245, 252);
            var (bx, by) = (U(-l / 2 + board / 2 + 4, l / 2 - board / 2 - 4), U(-w / 2 + board / 2 + 2, w / 2 - board / 2 - 2));
            b.Rect(Organic, 4 * 2 * 0.75, bx - (board / 2), by - (board / 2), board, board);
            foreach (var cy in new[] { -w / 4, w / 4 })
            {
                b.Rect(Organic, 16 * 0.3 * 0.9, (-l / 2) + 12, cy - 30, 90, 58);
            }

            for (var i = 0; i < 7; i++)
            {
                b.Rect(Organic, 30 * 0.08 * 0.8, (-l / 2) + 10 + (i * 15), (w / 2) - 75, 14, 70);
            }

            for (var i = random.Next(10, 30); i > 0; i--)
            {
                b.Rect(Organic, 10 * 1.05 * 0.6, U((l / 2) - 110, (l / 2) - 20), U((-w / 2) + 15, (-w / 2) + 60), U(8, 15), 8);
            }

            for (var i = 0; i < 2; i++)
            {
                b.Rect(Organic, 16 * 1.05, (l / 2) - 40 + (i * 20), (w / 2) - 40, 16, 16);
            }

            for (var i = 0; i < 8; i++)
            {
                var tk = new Turned(pen, (l / 2) - 100 + ((i % 4) * 22), (w / 2) - 60 + ((i / 4) * 24), U(0, 2 * Math.PI));
                tk.Poly(ZincAlloy, U(5, 8), (-9, -7), (9, -8), (10, 6), (0, 9), (-10, 6));
            }

            var revolver = Chance(0.35);
            var slideL = U(165, 187);
            var gripL = U(78, 92);
            var rk = Math.Tan(20 * Math.PI / 180);
            var (ex0, ex1, ey0, ey1) = revolver ? (-78.0, 65.0, -31.0, 95.0) : ((-slideL / 2) - (gripL * rk) - 6, (slideL / 2) + 1, -34.0, gripL + 2);
            var oa = U(-0.2, 0.2) + (Chance(0.5) ? 0 : Math.PI);
            var (mx, my) = Moved(0, 0, oa, (ex0 + ex1) / 2, (ey0 + ey1) / 2);
            var (gx, gy) = (U(-l * 0.12, l * 0.12), U(-w * 0.08, w * 0.08));
            var (ox, oy) = (gx - mx, gy - my);
            pen.Item(() =>
            {
                var towel = new Turned(pen, ox, oy, oa);
                towel.Poly(Organic, 2 * 2 * 0.5, SCorners(ex0 - 8, ey0 - 8, ex1 - ex0 + 16, ey1 - ey0 + 16));
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

        /// <summary>
        /// A revolver in the bottom of a make-up vanity case (the aluminium-framed train case sold for cosmetics and nail kits), the case
        /// lying on its base with the beam down through it: 290–330 × 190–215 mm and 180–200 mm tall; panels of 3 mm MDF (about 0.75 g/cm³)
        /// faced with 0.2 mm aluminium, its walls seen edge-on all their height; aluminium edge extrusions (1.2 mm walls) round the lid and
        /// base and up its four corners, steel corner caps, two steel catches and the handle's steel brackets; a 2.5 mm mirror in the lid;
        /// two cantilever trays of ABS (2 mm at about 1.05) on steel arms, holding glass bottles of nail varnish, aluminium lipstick cases
        /// and a compact; in the well under them a small-frame revolver, loaded or not, lying on its side.
        /// </summary>
        private PixelBox RevolverInVanityCase(double scale)
        {
            var l = U(290, 330);
            var w = U(190, 215);
            var h = U(180, 200);
            var pen = Lay((-l / 2) - 6, (-w / 2) - 16, (l / 2) + 6, (w / 2) + 6, scale);
            var c = new Turned(pen, 0, 0, 0);
            RoundedRect(c, Organic, 2 * 3 * 0.75, -l / 2, -w / 2, l, w, 4);
            RoundedRect(c, Aluminium, 2 * 2 * 0.2, -l / 2, -w / 2, l, w, 4);
            c.Line(Organic, h * 3 * 0.75 / 3, 3, true, RoundedOutline((-l / 2) + 1.5, (-w / 2) + 1.5, l - 3, w - 3, 3));
            c.Line(Aluminium, h * 2 * 0.2 / 3, 3, true, RoundedOutline((-l / 2) + 1.5, (-w / 2) + 1.5, l - 3, w - 3, 3));
            c.Line(Aluminium, 4 * 2 * 1.2 * 3 / 6, 6, true, RoundedOutline((-l / 2) + 2, (-w / 2) + 2, l - 4, w - 4, 3));
            foreach (var (sx, sy) in new[] { (-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0) })
            {
                var (x, y) = (sx * ((l / 2) - 6), sy * ((w / 2) - 6));
                c.Rect(Aluminium, 0.8 * h * 1.2 * 2 / 12, x - 6, y - 6, 12, 12);
                c.Rect(Steel, 2 * 2 * 0.8, x - 7, y - 7, 14, 14);
            }

            foreach (var sx in new[] { -1.0, 1.0 })
            {
                c.Rect(Steel, 2 * 1.0, (sx * l / 4) - 14, (-w / 2) - 10, 28, 14);
                c.Rect(Steel, 3, (sx * l / 6) - 6, -6, 12, 12);
            }

            c.Rect(Glass, 2.5, (-l / 2) + 10, (-w / 2) + 10, l - 20, w - 20);
            foreach (var side in new[] { -1.0, 1.0 })
            {
                var tray = new Turned(pen, 0, side * w * 0.22, 0);
                RoundedRect(tray, Organic, 2 * 1.05 * 1.5, (-l / 2) + 8, -w * 0.2, l - 16, w * 0.4, 4);
                tray.Line(Organic, 40 * 2 * 1.05 / 2, 2, true, RoundedOutline((-l / 2) + 9, (-w * 0.2) + 1, l - 18, (w * 0.4) - 2, 3));
                tray.Line(Steel, 2 * 2.5, 3, false, ((-l / 2) + 10, -w * 0.18), ((-l / 2) + 40, w * 0.18));
                tray.Line(Steel, 2 * 2.5, 3, false, ((l / 2) - 10, -w * 0.18), ((l / 2) - 40, w * 0.18));
                for (var i = random.Next(2, 6); i > 0; i--)
                {
                    var v = new Turned(pen, U((-l / 2) + 30, (l / 2) - 30), (side * w * 0.22) + U(-w * 0.12, w * 0.12), U(0, 2 * Math.PI));
                    if (Chance(0.5))
                    {
                        RoundedRect(v, Glass, 2 * 3, -12, -12, 24, 24, 4);
                        v.Rect(Glass, 6 * 2, -12, -12, 24, 3);
                        v.Rect(Organic, 12 * 1.0, -9, -9, 18, 18);
                    }
                    else
                    {
                        v.Tube(Aluminium, -37, -10, 75, 20, 0.5);
                        v.Cylinder(Organic, -30, -6, 40, 12, 0.95);
                    }
                }
            }

            var oa = U(-0.25, 0.25) + (Chance(0.5) ? 0 : Math.PI);
            var (mx, my) = Moved(0, 0, oa, -6.5, 32);
            var (gx, gy) = (U(-l * 0.1, l * 0.1), U(-w * 0.05, w * 0.05));
            pen.Item(() => TSnubRevolver(pen, gx - mx, gy - my, oa, Chance(0.4), random.Next(0, 6), U(0, 2 * Math.PI)));
            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>
        /// A smartphone in a signal-blocking ("Faraday") pouch, sold to stop phones and car keys being tracked or relayed: 100–115 ×
        /// 200–230 mm, each face two or three layers of polyester fabric (0.1 mm at about 1.38 g/cm³) plated with copper and nickel (about 3
        /// µm of metal a layer), under an outer of nylon (1 mm at about 0.6) with its stitched rim; a roll-top folded over two or three
        /// times and closed by a Velcro strip or two small neodymium magnets; the phone inside (see <see cref="SPhone"/>).
        /// </summary>
        private PixelBox PhoneInFaradayPouch(double scale)
        {
            var pl = U(146, 165);
            var pw = U(70, 77);
            var l = U(200, 230);
            var w = U(100, 115);
            var layers = random.Next(2, 4);
            var fold = random.Next(2, 4);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var p = new Turned(pen, 0, 0, 0);
            var outline = RoundedOutline(-l / 2, -w / 2, l, w, 6);
            p.Poly(Organic, (2 * layers * 0.1 * 1.38) + (2 * 1 * 0.6), outline);
            p.Poly(Brass, 2 * layers * 0.003, outline);
            p.Line(Organic, 6 * 1 * 0.6, 3, true, RoundedOutline((-l / 2) + 1.5, (-w / 2) + 1.5, l - 3, w - 3, 5));
            var rollW = U(35, 45);
            p.Rect(Organic, fold * 2 * ((layers * 0.1 * 1.38) + 0.6), (l / 2) - rollW, -w / 2, rollW, w);
            p.Rect(Brass, fold * 2 * layers * 0.003, (l / 2) - rollW, -w / 2, rollW, w);
            if (Chance(0.5))
            {
                p.Rect(Organic, 2 * 2 * 0.5, (l / 2) - rollW + 5, (-w / 2) + 8, 20, w - 16);
            }
            else
            {
                p.Rect(Steel, 2 * 0.95, (l / 2) - 20, (-w / 2) + 15, 10, 5);
                p.Rect(Steel, 2 * 0.95, (l / 2) - 20, (w / 2) - 20, 10, 5);
            }

            var q = new Turned(pen, (-l / 2) + 4 + (pl / 2) + U(0, Math.Max(0, l - rollW - pl - 8)), U(-2, 2), Chance(0.5) ? 0 : Math.PI);
            XPhone(q, pl, pw);
            return pen.Box;
        }

        /// <summary>
        /// A smartphone clamped into a telescopic mobile game controller (the Backbone One and Razer Kishi class, which draw power from
        /// the phone and have no battery): a grip at each end of the phone, each about 45 × 85 mm and 35 mm deep (an ABS shell of two 1.8
        /// mm walls at about 1.05 g/cm³, its sides edge-on), with its board, a thumbstick module (a steel frame and two potentiometers),
        /// silicone button membranes, steel trigger springs and, on one grip, the USB-C plug (a 0.3 mm steel shell) in the phone's
        /// socket; behind the phone the bridge that pulls the grips together (an ABS slide over two steel flat springs 8 mm wide). The
        /// controller is a thing packed with the phone; the phone is the item.
        /// </summary>
        private PixelBox ControllerClampPhone(double scale)
        {
            var pl = U(146, 168);
            var pw = U(70, 78);
            const double gw = 45;
            const double gh = 85;
            var pen = Lay((-pl / 2) - gw - 3, (-gh / 2) - 3, (pl / 2) + gw + 3, (gh / 2) + 3, scale);
            var c = new Turned(pen, 0, 0, 0);
            c.Rect(Organic, 2 * 1.5 * 1.05, (-pl / 2) - 10, -12, pl + 20, 24);
            c.Rect(Steel, 0.6, (-pl / 2) - 10, -10, pl + 20, 8);
            c.Rect(Steel, 0.6, (-pl / 2) - 10, 2, pl + 20, 8);
            foreach (var side in new[] { -1.0, 1.0 })
            {
                var x0 = side < 0 ? (-pl / 2) - gw : pl / 2;
                var outline = RoundedOutline(x0, -gh / 2, gw, gh, 14);
                c.Poly(Organic, 2 * 1.8 * 1.05, outline);
                c.Line(Organic, 35 * 1.8 * 1.05 / 1.8, 1.8, true, Shrunk(outline, x0 + (gw / 2), 0, 0.98, 0.98));
                c.Rect(Mixed, 0.6, x0 + 4, (-gh / 2) + 6, gw - 8, gh - 12);
                c.Rect(Brass, 0.06, x0 + 4, (-gh / 2) + 6, gw - 8, gh - 12);
                var sy = side < 0 ? -gh * 0.2 : gh * 0.15;
                c.Rect(Steel, 1.2, x0 + (gw / 2) - 9, sy - 9, 18, 18);
                c.Ellipse(Steel, 2.5, x0 + (gw / 2) - 6, sy + 10, 2.5, 4);
                c.Ellipse(Steel, 2.5, x0 + (gw / 2) + 6, sy - 10, 4, 2.5);
                c.Ellipse(Silicone, 1.5, x0 + (gw / 2), -sy, 12, 12);
                c.Line(Steel, 0.8 * 0.8 * 2, 0.8, false, Zigzag(x0 + 6, x0 + 16, (-gh / 2) + 8, 1.5, 3));
                c.Line(Steel, 0.8 * 0.8 * 2, 0.8, false, Zigzag(x0 + gw - 16, x0 + gw - 6, (-gh / 2) + 8, 1.5, 3));
            }

            c.Rect(Steel, 2 * 0.3, (pl / 2) - 6, -4.2, 8, 8.4);
            c.Line(Steel, 3 * 0.3 / 0.5, 0.5, true, SCorners((pl / 2) - 6, -4.2, 8, 8.4));
            var flip = Chance(0.5);
            pen.Item(() => XPhone(new Turned(pen, 0, 0, flip ? Math.PI : 0), pl, pw));
            return pen.Box;
        }

        /// <summary>
        /// A smartphone posted in a padded envelope, as refurbished phones are sent: a kraft envelope 180–200 × 260–280 mm (two faces of
        /// 0.1 mm paper at about 0.8 g/cm³ lined with 4 mm polyethylene bubble film at about 0.05 effective, its folded and glued edges three
        /// or four layers deep); in it the phone in a sleeve of bubble wrap, a printed delivery note (an A5 sheet) and on some a short
        /// USB cable coiled beside it. The envelope, the wrap, the note and the cable are packing round the phone; the phone is the item.
        /// </summary>
        private PixelBox PhoneInJiffyBag(double scale)
        {
            var l = U(260, 280);
            var w = U(180, 200);
            var pl = U(140, 165);
            var pw = U(68, 77);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var e = new Turned(pen, 0, 0, 0);
            var outline = SCorners(-l / 2, -w / 2, l, w);
            e.Poly(Organic, (2 * 0.1 * 0.8) + (2 * 4 * 0.05), outline);
            e.Line(Organic, 4 * 0.1 * 0.8 * 2, 3, true, Shrunk(outline, 0, 0, 0.99, 0.985));
            e.Rect(Organic, 3 * 0.1 * 0.8, (l / 2) - 40, -w / 2, 40, w);
            var (px, py, pa) = (U(-l * 0.15, l * 0.1), U(-w * 0.1, w * 0.1), U(-0.3, 0.3) + (Chance(0.5) ? 0 : Math.PI));
            var sleeve = new Turned(pen, px, py, pa);
            sleeve.Rect(Organic, 2 * 2 * 4 * 0.05, (-pl / 2) - 12, (-pw / 2) - 12, pl + 24, pw + 24);
            var note = new Turned(pen, U(-20, 20), U(-10, 10), U(-0.2, 0.2));
            note.Rect(Organic, 2 * 0.1 * 0.8, -105, -74, 210, 148);
            if (Chance(0.5))
            {
                var coil = UArc(0, 0, 30, 24, 0, 6 * Math.PI, 40).Select(pt => (X: pt.X + ((l / 2) - 60) + (pt.Y * 0.1), Y: pt.Y + (w / 4))).ToArray();
                e.Line(Organic, 0.8 * 3.5 * 1.3, 3.5, false, coil);
                e.Line(Brass, 0.8 * 4 * 0.2 / 1.5, 1.5, false, coil);
                e.Rect(Steel, 2 * 0.3 + 1, coil[^1].X, coil[^1].Y - 4, 9, 8);
            }

            pen.Item(() => XPhone(sleeve, pl, pw));
            return pen.Box;
        }

        /// <summary>
        /// A phone sealed inside a gel ice pack from a cool bag: a soft pack of polyethylene and nylon film (0.1 mm a side at about 1.0
        /// g/cm³, heat-sealed round a 6 mm margin) 250–280 × 170–190 mm holding 18–25 mm of gel (water and a cellulose thickener at about
        /// 1.05), thinner toward its seals; in the middle of the gel, in a grip-seal bag, a slab smartphone or a thumb-sized phone, the gel
        /// pressed aside round it.
        /// </summary>
        private PixelBox PhoneInIcePack(double scale)
        {
            var l = U(250, 280);
            var w = U(170, 190);
            var dep = U(18, 25);
            var slab = Chance(0.5);
            var (pl, pw, pd) = slab ? (U(140, 160), U(68, 75), U(7.5, 8.5)) : (U(46, 72), U(20, 24), U(11, 14));
            var pen = Lay((-l / 2) - 1, (-w / 2) - 1, (l / 2) + 1, (w / 2) + 1, scale);
            var k = new Turned(pen, 0, 0, 0);
            RoundedRect(k, Organic, 2 * 0.1 * 1.0, -l / 2, -w / 2, l, w, 8);
            k.Line(Organic, 4 * 0.1 * 1.0 * 2, 6, true, RoundedOutline((-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6, 6));
            RoundedRect(k, Organic, dep * 0.4 * 1.05, (-l / 2) + 6, (-w / 2) + 6, l - 12, w - 12, 10);
            var (hx, hy) = (U(-l * 0.12, l * 0.12), U(-w * 0.1, w * 0.1));
            var (hx0, hy0, hx1, hy1) = (hx - (pl / 2) - 2, hy - (pw / 2) - 2, hx + (pl / 2) + 2, hy + (pw / 2) + 2);
            var (ix0, iy0, ix1, iy1) = ((-l / 2) + 16, (-w / 2) + 16, (l / 2) - 16, (w / 2) - 16);
            k.Poly(Organic, dep * 0.6 * 1.05, XHoled(ix0, iy0, ix1, iy1, hx0, hy0, hx1, hy1));
            k.Rect(Organic, Math.Max(0, (dep * 0.6) - pd) * 1.05, hx0, hy0, hx1 - hx0, hy1 - hy0);
            var a = Chance(0.5) ? 0 : Math.PI;
            pen.Item(() =>
            {
                var q = new Turned(pen, hx, hy, a);
                VFilmBag(q, (-pl / 2) - 2, (-pw / 2) - 2, pl + 4, pw + 4, 0.06, 0.92);
                if (slab)
                {
                    XPhone(q, pl, pw);
                }
                else
                {
                    ThumbHandset(q, pl, pw, pd);
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// A thumb-sized phone inside a large bar of Swiss triangular chocolate (the 360 g Toblerone size): a triangular card sleeve (0.5
        /// mm at about 0.7 g/cm³) 330–350 mm long, 52 mm across its base and 45 mm high, lying on one face, so the beam crosses its base
        /// and both sloping faces; in it a foil wrap (9 µm aluminium) round twelve peaked segments of chocolate (about 1.3 g/cm³, the path
        /// through it deepest along the ridge and nothing at the edges), notched between segments; two to four segments in the middle
        /// dug out and a thumb phone (46–72 × 20–24 × 11–14 mm; see <see cref="ThumbHandset"/>) pushed into the space, the chocolate
        /// melted back thin round it.
        /// </summary>
        private PixelBox PhoneInChocolateBar(double scale)
        {
            var l = U(330, 350);
            const double half = 26;
            const double h = 45;
            var pl = U(46, 72);
            var pw = U(20, 24);
            var pd = U(11, 14);
            var pen = Lay((-l / 2) - 1, -half - 1, (l / 2) + 1, half + 1, scale);
            var k = new Turned(pen, 0, 0, 0);
            k.Rect(Organic, 3 * 0.5 * 0.7, -l / 2, -half, l, 2 * half);
            k.Rect(Organic, h * 0.5 * 0.7 / 1.2, -l / 2, -half, l, 1.2);
            k.Rect(Organic, h * 0.5 * 0.7 / 1.2, -l / 2, half - 1.2, l, 1.2);
            k.Rect(Organic, 0.8 * 2 * half * 0.5 * 0.7, -l / 2, -half, 1, 2 * half);
            k.Rect(Organic, 0.8 * 2 * half * 0.5 * 0.7, (l / 2) - 1, -half, 1, 2 * half);
            k.Rect(Aluminium, 3 * 0.009, (-l / 2) + 2, -half + 1, l - 4, (2 * half) - 2);
            var seg = (l - 10) / 12;
            var cx = U(-seg, seg);
            var (c0, c1) = (cx - (pl / 2) - 3, cx + (pl / 2) + 3);
            void Span(double s0, double s1, double f)
            {
                foreach (var (u0, u1, g) in new[] { (s0, Math.Min(s1, c0), f), (Math.Max(s0, c1), s1, f), (Math.Max(s0, c0), Math.Min(s1, c1), 0.25) })
                {
                    if (u1 > u0 + 0.2)
                    {
                        ProfileFill(k, Organic, u0, u1 - u0, half - 2, y => g * h * (1 - (y / (half - 2))) * 1.3);
                    }
                }
            }

            for (var i = 0; i < 12; i++)
            {
                var x = (-l / 2) + 5 + (i * seg);
                Span(x, x + seg - 4, 1.0);
                if (i < 11)
                {
                    Span(x + seg - 4, x + seg, 0.35);
                }
            }

            pen.Item(() => ThumbHandset(new Turned(pen, cx, U(-1, 1), Chance(0.5) ? 0 : Math.PI), pl, pw, pd));
            return pen.Box;
        }

        // ---- one each of the rest, and a second drug form ---------------------------------------

        /// <summary>
        /// A 50-round drum magazine for 9 mm pistols (the polymer drums sold for Glock-pattern pistols and carbines): a drum 95–100 mm
        /// across and 48 mm deep of glass-filled nylon (two 2.5 mm faces at about 1.3 g/cm³, its rim edge-on), lying on a face; inside, the
        /// rounds stand on their heads in two spiral tracks round a rotor on a 6 mm steel axle, driven by a clock spring (steel strip 0.4 mm
        /// thick and 25 mm wide, about six turns), their bullets all toward the same face; above the drum its feed tower (35 × 80 mm, 24
        /// mm deep, polymer walls and steel-lined feed lips) in which the rounds turn to lie on their sides, stacked two abreast. Empty or
        /// loaded with up to 50 rounds.
        /// </summary>
        private PixelBox DrumMagazine(double scale)
        {
            var r = U(47.5, 50);
            var pen = Lay(-r - 2, -r - 82, r + 2, r + 2, scale);
            var d = new Turned(pen, 0, 0, 0);
            d.Ellipse(Organic, 2 * 2.5 * 1.3, 0, 0, r, r);
            d.Ring(Organic, 48 * 2.5 * 1.3 / 2, 2, 0, 0, r - 1, r - 1);
            d.Ellipse(Organic, 40 * 0.4 * 1.3, 0, 0, 20, 20);
            d.Ellipse(Steel, 0.8 * 46, 0, 0, 3, 3);
            var spiral = Enumerable.Range(0, 85).Select(i => i / 84.0).Select(f => (f * 6 * 2 * Math.PI, 7 + (f * 12)))
                .Select(p => (p.Item2 * Math.Cos(p.Item1), p.Item2 * Math.Sin(p.Item1))).ToArray();
            d.Line(Steel, 25 * 0.4 / 0.6, 0.6, false, spiral);
            var tower = new Turned(pen, 0, -r - 40, 0);
            tower.Rect(Organic, 2 * 2 * 1.3, -17.5, -40, 35, 82);
            tower.Line(Organic, 24 * 2 * 1.3 / 2, 2, true, SCorners(-16.5, -39, 33, 80));
            tower.Rect(Steel, 2 * 0.6, -15, -40, 30, 10);
            var rounds = random.Next(0, 51);
            var inTower = Math.Min(rounds, 7);
            for (var i = 0; i < inTower; i++)
            {
                XNine(new Turned(pen, i % 2 == 0 ? -1.5 : 1.5, -r - 72 + (i * 5.5), 0));
            }

            var left = rounds - inTower;
            var phase = U(0, 2 * Math.PI);
            for (var i = 0; i < left; i++)
            {
                var outer = i < 26;
                var (rr, n, k) = outer ? (r - 8, 26, i) : (r - 19, 19, i - 26);
                var a = (-Math.PI / 2) + 0.35 + (k * 2 * Math.PI / n * 0.97) + (outer ? 0 : phase * 0.05);
                RoundEndOn(d, rr * Math.Cos(a), rr * Math.Sin(a), 19.15, 9.93, 10.5, 9.03);
            }

            return pen.Box;
        }

        /// <summary>
        /// A SIM in a USB SIM-card reader (the dongles sold to copy and back up a SIM's contacts): an ABS body 55–65 × 22–26 mm and 8–10
        /// mm deep (two 1.2 mm walls at about 1.05 g/cm³, its sides edge-on), a USB-A plug (a 12 × 4.5 mm shell of 0.3 mm steel round a
        /// plastic tongue with four brass contacts), the board and its controller, the SIM socket's steel frame and spring contacts; in the
        /// socket a full-size SIM (25 × 15 mm) or a smaller one in its adapter (see <see cref="SimChip"/>); its ABS cap on the plug on some.
        /// The reader is the SIM's host; the SIM is the item.
        /// </summary>
        private PixelBox SimInUsbReader(double scale)
        {
            var l = U(55, 65);
            var w = U(22, 26);
            var dep = U(8, 10);
            var cap = Chance(0.5);
            var pen = Lay((-l / 2) - 1, (-w / 2) - 1, (l / 2) + (cap ? 18 : 13), (w / 2) + 1, scale);
            var r = new Turned(pen, 0, 0, 0);
            var body = RoundedOutline(-l / 2, -w / 2, l, w, 4);
            r.Poly(Organic, 2 * 1.2 * 1.05, body);
            r.Line(Organic, dep * 1.2 * 1.05 / 1.2, 1.2, true, Shrunk(body, 0, 0, 0.98, 0.95));
            r.Rect(Mixed, 0.6, (l / 2) - 20, (-w / 2) + 2, 18, w - 4);
            r.Rect(Brass, 0.06, (l / 2) - 20, (-w / 2) + 2, 18, w - 4);
            r.Rect(Steel, 0.6, (l / 2) - 14, -3, 6, 6);
            r.Rect(Steel, 2 * 0.3, l / 2, -6, 12, 12);
            r.Line(Steel, 4.5 * 0.3 / 0.6, 0.6, true, SCorners((l / 2) + 0.3, -5.7, 11.4, 11.4));
            r.Rect(Organic, 2 * 1.05, l / 2, -5, 10, 10);
            for (var i = 0; i < 4; i++)
            {
                r.Rect(Brass, 0.2, (l / 2) + 3, -4.5 + (i * 2.5), 6, 1);
            }

            if (cap)
            {
                r.Rect(Organic, (2 * 1 * 1.05) + (6 * 1.05 * 0.5), (l / 2) - 2, (-w / 2) + 3, 19, w - 6);
            }

            var sx = (-l / 2) + 16;
            r.Rect(Steel, 0.3, sx - 12, -8, 24, 16);
            for (var i = 0; i < 6; i++)
            {
                r.Rect(Steel, 0.25, sx - 7 + ((i % 3) * 5), i < 3 ? -5 : 2, 3, 3);
            }

            var full = Chance(0.5);
            pen.Item(() =>
            {
                var s = new Turned(pen, sx, 0, 0);
                if (full)
                {
                    SimChip(s, 25, 15);
                }
                else
                {
                    s.Poly(Organic, 0.76 * 1.38, (-12.5, -7.5), (9, -7.5), (12.5, -4), (12.5, 7.5), (-12.5, 7.5));
                    SimChip(s, 12.3, 8.8);
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// One insulin syringe along its part's x from its white plunger cap at the origin: a 1 or 0.5 ml polypropylene barrel (7.5 mm
        /// across, 0.7 mm walls at about 0.9 g/cm³) with its plunger rod and rubber stopper (about 1.1), a fixed 31-gauge needle (0.25 mm, 8
        /// mm long) under an orange cap (7 mm across, 22 mm long), the plunger's white end cap.
        /// </summary>
        private static void XInsulinSyringe(Turned s, double bl)
        {
            s.Tube(Organic, 0, -4, 12, 8, 0.9 * 0.9);
            s.Rect(Organic, 0.8 * 4 * 0.9, 10, -2.5, bl * 0.4, 5);
            s.Rect(Organic, 2 * 0.9 * 1.5, 12, -7, 1.5, 14);
            s.Tube(Organic, 13, -3.75, bl, 7.5, 0.7 * 0.9);
            s.Rect(Organic, 0.8 * 6 * 1.1, 13 + (bl * 0.42), -3, 4, 6);
            s.Rect(Organic, 0.8 * 3 * 0.9, 13 + (bl * 0.42) - (bl * 0.4), -1.5, bl * 0.4, 3);
            s.Line(Steel, TMeanWall(0.25, 0.15), 0.3, false, (13 + bl, 0), (21 + bl, 0));
            s.Tube(Organic, 13 + bl - 2, -3.5, 20, 7, 0.8 * 0.9);
        }

        /// <summary>
        /// A carton of insulin syringes as sold on prescription: a carton 165–180 × 95–110 mm and 45–55 mm deep (0.45 mm board at about 0.75
        /// g/cm³) holding bags of ten syringes (0.05 mm polyethylene), two bags side by side and up to three layers of them, the syringes
        /// in each bag lying side by side (see <see cref="XInsulinSyringe"/>); some bags taken out.
        /// </summary>
        private PixelBox InsulinSyringeCarton(double scale)
        {
            var l = U(165, 180);
            var w = U(95, 110);
            var dep = U(45, 55);
            var pen = Lay((-l / 2) - 1, (-w / 2) - 1, (l / 2) + 1, (w / 2) + 1, scale);
            var c = new Turned(pen, 0, 0, 0);
            SheetBox(c, Organic, -l / 2, -w / 2, l, w, dep, 0.45, 0.75, 1.5);
            var bl = Chance(0.5) ? 48.0 : 38.0;
            var layers = random.Next(1, 4);
            for (var layer = 0; layer < layers; layer++)
            {
                foreach (var side in new[] { -1.0, 1.0 })
                {
                    if (layer > 0 && Chance(0.3))
                    {
                        continue;
                    }

                    var bx = side * l / 4;
                    var a = side < 0 ? 0 : Math.PI;
                    var bag = new Turned(pen, bx, 0, a);
                    VFilmBag(bag, -41, -46, 82, 92, 0.05, 0.92);
                    for (var i = 0; i < 10; i++)
                    {
                        XInsulinSyringe(SWithin(pen, bx, 0, a, -40.5, -40.5 + (i * 9), 0), bl);
                    }
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// A rechargeable head torch (the Petzl and Ledlenser class): a lamp unit 60–70 × 38–42 mm and 30–35 mm deep (an ABS housing of two
        /// 2 mm walls at about 1.05 g/cm³) with an aluminium heat sink behind its LED board, a PMMA lens (3 mm at about 1.18), a tilt
        /// bracket; its cell either an 18650 in a longer lamp (80–88 mm) or in a battery box at the back of the strap, or a 1200–2000 mAh flat pouch cell
        /// in the lamp; a USB-C socket; the strap of 25 mm elastic (1.5 mm at about 0.6) with silicone grip strips and two plastic
        /// buckles, looped up beside it. The cell is the item; the torch round it holds it.
        /// </summary>
        private PixelBox RechargeableHeadTorch(double scale)
        {
            var kind = random.Next(3);
            var l = kind == 1 ? U(80, 88) : U(60, 70);
            var w = U(38, 42);
            var dep = U(30, 35);
            var pen = Lay((-l / 2) - 4, (-w / 2) - 4, (l / 2) + 185, (w / 2) + 95, scale);
            var t = new Turned(pen, 0, 0, 0);
            var body = RoundedOutline(-l / 2, -w / 2, l, w, 8);
            t.Poly(Organic, 2 * 2 * 1.05, body);
            t.Line(Organic, dep * 2 * 1.05 / 2, 2, true, Shrunk(body, 0, 0, 0.97, 0.95));
            t.Rect(Aluminium, 4, (-l / 2) + 6, -12, 20, 24);
            t.Rect(Mixed, 0.6, (-l / 2) + 5, (-w / 2) + 4, l - 10, w - 8);
            t.Rect(Brass, 0.06, (-l / 2) + 5, (-w / 2) + 4, l - 10, w - 8);
            t.Ellipse(Organic, 3 * 1.18, (-l / 2) + 16, 0, 12, 12);
            t.Rect(Steel, 0.9, (l / 2) - 7.5, -4.5, 7, 9);
            t.Rect(Organic, 2 * 3 * 1.05, (l / 2) - 2, -w / 2, 10, w);
            var strap = UArc((l / 2) + 70, 40, 70, 45, -Math.PI * 0.9, Math.PI * 1.1, 24);
            t.Line(Organic, 2 * 1.5 * 0.6, 25, false, strap);
            t.Line(Silicone, 2 * 1.0, 4, false, strap);
            t.Rect(Organic, 2 * 2 * 1.1, strap[6].X - 12, strap[6].Y - 16, 24, 32);
            t.Rect(Organic, 2 * 2 * 1.1, strap[18].X - 12, strap[18].Y - 16, 24, 32);
            if (kind == 0)
            {
                var bb = new Turned(pen, strap[12].X, strap[12].Y, 0);
                RoundedRect(bb, Organic, 2 * 2 * 1.05, -40, -15, 80, 30, 6);
                bb.Line(Organic, 26 * 2 * 1.05 / 2, 2, true, RoundedOutline(-39, -14, 78, 28, 5));
                bb.Rect(Mixed, 0.6, 26, -10, 10, 20);
                pen.Item(() => SCylCell(bb, -33, 0, 65, 18.4));
                return pen.Box;
            }

            if (kind == 1)
            {
                pen.Item(() => SCylCell(t, (-l / 2) + 8, 4, 65, 18.4));
            }
            else
            {
                pen.Item(() => SPouchCell(t, (-l / 2) + 28, (-w / 2) + 6, l - 34, w - 12, U(5, 7)));
            }

            return pen.Box;
        }

        /// <summary>
        /// A mains soldering iron (25–40 W, the Antex and Weller pencil class): a polypropylene handle 95–110 mm long and 20–24 mm across
        /// (2 mm walls at about 0.9 g/cm³) with its cord grip; a stainless shaft 5–6 mm across (0.3 mm wall) 55–70 mm long round the
        /// heating element (nichrome wound on a ceramic core, counted as glass at 3.2 g/cm³); a 4 mm iron-plated copper bit 25–35 mm long;
        /// its lead coiled with a moulded plug (see <see cref="UMainsCable"/>). Beside it its stand (a coil of 1.5 mm steel wire on a
        /// pressed-steel base with a cellulose sponge) on some, and a reel of solder (0.7–1 mm wire of tin-copper or tin-lead, 50–100 g
        /// on a 50 mm plastic reel). The iron and its lead are the item; the stand and solder are packed with it.
        /// </summary>
        private PixelBox SolderingIron(double scale)
        {
            var hl = U(95, 110);
            var hd = U(20, 24);
            var sl = U(55, 70);
            var tip = U(25, 35);
            var stand = Chance(0.4);
            var coilR = U(28, 38);
            var pen = Lay(-hl - 80, -40, sl + tip + 5, (hd / 2) + (2 * coilR) + 80, scale);
            var s = new Turned(pen, 0, 0, 0);
            if (stand)
            {
                var st = new Turned(pen, -20, -18, 0);
                st.Rect(Steel, 2 * 0.8, -60, -18, 110, 36);
                st.Line(Steel, 0.8 * 1.5 * 2, 1.5, false, Zigzag(-10, 60, -8, 5, 16));
                st.Rect(Organic, 12 * 0.05, -55, -15, 30, 30);
            }

            var reel = new Turned(pen, sl - 10, (hd / 2) + 40, 0);
            reel.Ellipse(Organic, 2 * 1.5 * 1.05, 0, 0, 25, 25);
            var lead = Chance(0.4);
            var solderT = 0.8 * U(8, 14) * (lead ? 0.55 : 0.85);
            reel.Ring(lead ? Lead : Brass, solderT, 12, 0, 0, 15, 15);
            pen.Item(() =>
            {
                s.Tube(Organic, -hl, -hd / 2, hl, hd, 2 * 0.9);
                s.Cylinder(Organic, -hl - 18, -4, 20, 8, 1.4);
                var sd = U(5, 6);
                s.Tube(Steel, -6, -sd / 2, sl, sd, 0.3);
                s.Cylinder(Glass, 0, -1.8, sl - 8, 3.6, 3.2 / 2.5);
                s.Line(Steel, 0.8 * 0.3 * 2, 0.3, false, Zigzag(0, sl - 8, -1.5, 1.2, 3));
                s.Cylinder(Brass, sl - 20, -2, 20 + tip, 4);
                s.Poly(Brass, 0.8 * 3, (sl + tip, -2), (sl + tip + 4, -0.5), (sl + tip + 4, 0.5), (sl + tip, 2));
                UMainsCable(pen, -hl - 14, (hd / 2) + coilR + 6, coilR, random.Next(3, 6), false);
            });

            return pen.Box;
        }

        /// <summary>
        /// Beer in aluminium bottles (the 330 ml "bottle cans" of the big lagers, sold in fours and twelves): each 170–178 mm tall and 66
        /// mm across, 0.25 mm aluminium walls (thicker than a can's, about 0.6 mm at the base and shoulder), a 26 mm neck under a steel
        /// crown cap or an aluminium screw cap, 90 % full of beer at about 1.01 g/cm³; two to six, lying on their sides or standing with
        /// the beam down each, in the card cluster pack they are sold in on some.
        /// </summary>
        private PixelBox AluminiumBeerBottles(double scale)
        {
            var n = random.Next(2, 7);
            var standing = Chance(0.3);
            var h = U(170, 178);
            const double d = 66;
            const double r = 33;
            var pack = Chance(0.35);
            if (standing)
            {
                var cols = Math.Min(n, 3);
                var rows = (n + cols - 1) / cols;
                var up = Lay(-(cols * 34) - 3, -(rows * 34) - 3, (cols * 34) + 3, (rows * 34) + 3, scale);
                if (pack)
                {
                    SheetBox(new Turned(up, 0, 0, 0), Organic, -(cols * 34) - 1, -(rows * 34) - 1, (cols * 68) + 2, (rows * 68) + 2, 60, 0.45, 0.75, 3);
                }

                for (var i = 0; i < n; i++)
                {
                    var c = new Turned(up, -(cols * 34) + 34 + ((i % cols) * 68), -(rows * 34) + 34 + ((i / cols) * 68), 0);
                    c.Ellipse(Aluminium, 0.6 + 0.4, 0, 0, r, r);
                    c.Ring(Aluminium, (h - 60) * 0.25 / 0.8, 0.8, 0, 0, r - 0.4, r - 0.4);
                    c.Ellipse(Aluminium, 2 * 40 * 0.25 / 12, 0, 0, 22, 22);
                    c.Ring(Aluminium, 30 * 0.25 / 0.8, 0.8, 0, 0, 13, 13);
                    c.Ellipse(Organic, h * 0.82 * 1.01, 0, 0, r - 0.5, r - 0.5);
                    c.Ellipse(Chance(0.6) ? Steel : Aluminium, 0.25 * 2 + 0.3, 0, 0, 14.5, 14.5);
                }

                return up.Box;
            }

            var pen = Lay(-(h / 2) - 3, -(n * (d + 1) / 2) - 3, (h / 2) + 3, (n * (d + 1) / 2) + 3, scale);
            if (pack)
            {
                var box = new Turned(pen, 0, 0, 0);
                box.Rect(Organic, 2 * 0.45 * 0.75, -h * 0.4, -(n * (d + 1) / 2) - 1, h * 0.55, (n * (d + 1)) + 2);
            }

            for (var i = 0; i < n; i++)
            {
                var b = new Turned(pen, U(-4, 4), -(n * (d + 1) / 2) + ((i + 0.5) * (d + 1)), (Chance(0.5) ? 0 : Math.PI) + U(-0.04, 0.04));
                var body = h - 60;
                var x0 = -h / 2;
                b.Tube(Aluminium, x0, -r, body, d, 0.25);
                b.Rect(Aluminium, 0.8 * d * 0.6 / 2, x0, -r, 2, d);
                b.Poly(Aluminium, 2 * 0.4, (x0 + body, -r), (x0 + body + 34, -13), (x0 + body + 34, 13), (x0 + body, r));
                b.Tube(Aluminium, x0 + body + 32, -13, 28, 26, 0.35);
                b.Rect(Chance(0.6) ? Steel : Aluminium, 0.8 * 26 * 0.25 * 2 / 6 + 0.5, (h / 2) - 6, -14.5, 6, 29);
                LyingFill(b, Organic, x0 + 1, body - 2, d - 1, 0.9, 1.01);
                b.Poly(Organic, 13 * 1.01, (x0 + body, -r + 6), (x0 + body + 20, -18), (x0 + body + 20, 18), (x0 + body, r - 6));
            }

            return pen.Box;
        }

        /// <summary>
        /// Cannabis in "Cali tins", the sealed ring-pull cans it is now sold in on the street: a tin 65–75 mm across and 70–85 mm tall
        /// (0.2 mm aluminium or 0.18 mm tinplate body, a 0.25 mm ring-pull end with its steel ring, the seams rolled), a printed sleeve,
        /// in it 3.5 or 7 g of dried buds (at about 0.15 g/cm³ loosely packed) in a foil-lined pouch (12 µm aluminium); one to four tins,
        /// standing with the beam down each or lying on their sides. The tin is the drug's packaging as sold.
        /// </summary>
        private PixelBox CannabisCaliTin(double scale)
        {
            var n = random.Next(1, 5);
            var r = U(32.5, 37.5);
            var h = U(70, 85);
            var steel = Chance(0.4);
            var metal = steel ? Steel : Aluminium;
            var wall = steel ? 0.18 : 0.2;
            var grams = Chance(0.6) ? 3.5 : 7;
            var budDepth = grams / 0.15 * 1000 / (Math.PI * r * r);
            var pen = Lay(-(n * (r + 1)) - (h / 2), -(r + 1) - (h / 2), (n * (r + 1)) + (h / 2), (r + 1) + (h / 2), scale);
            for (var i = 0; i < n; i++)
            {
                var (cx, cy) = (-(n * (r + 1)) + r + 1 + (i * 2 * (r + 1)), U(-3, 3));
                if (Chance(0.6))
                {
                    var c = new Turned(pen, cx, cy, 0);
                    WStanding(c, metal, r, h, wall, wall + 0.25);
                    c.Ring(Steel, 0.8 * 1.2, 1.2, r * 0.35, 0, 6, 4);
                    c.Ring(Organic, h * 0.08 * 1.2 / 0.8, 0.8, 0, 0, r + 0.3, r + 0.3);
                    c.Ellipse(Aluminium, 2 * 0.012, 0, 0, r - 6, r - 6);
                    c.Ellipse(Organic, Math.Min(h - 10, budDepth * 1.6) * 0.15 * U(0.6, 1.4), U(-3, 3), U(-3, 3), r - 8, r - 9);
                    continue;
                }

                var k = new Turned(pen, cx, cy, U(0, 2 * Math.PI));
                k.Tube(metal, -h / 2, -r, h, 2 * r, wall);
                k.Rect(metal, 0.8 * 2 * r * 0.25 / 1.0, -h / 2, -r, 1, 2 * r);
                k.Rect(metal, 0.8 * 2 * r * 0.25 / 1.0, (h / 2) - 1, -r, 1, 2 * r);
                k.Tube(metal, (-h / 2) - 0.5, -r - 0.5, 3, (2 * r) + 1, 3 * wall);
                k.Tube(metal, (h / 2) - 2.5, -r - 0.5, 3, (2 * r) + 1, 3 * wall);
                k.Rect(Organic, 2 * 0.08 * 1.2, -h / 2, -r, h, 2 * r);
                LyingFill(k, Organic, (-h / 2) + 4, h - 10, (2 * r) - 4, U(0.4, 0.9), 0.15);
            }

            return pen.Box;
        }

        /// <summary>
        /// Drug wraps inside sandwich biscuits: a roll of fourteen chocolate sandwich biscuits (each 45 mm across: two 4.5 mm wafers at
        /// about 0.7 g/cm³ round 3.5 mm of cream at about 1.1) standing on edge in a polypropylene tray (0.3 mm at about 0.9) inside a
        /// printed film wrapper (50 µm), lying on its side so the beam crosses each biscuit across its width; one to four of them twisted
        /// apart and their cream scraped out for a flat cling-filmed disc of powder (28–34 mm across and 3–4 mm thick at about 1.1 g/cm³),
        /// pressed back together. The biscuits, tray and wrapper are the host; the wraps are the item.
        /// </summary>
        private PixelBox DrugsInSandwichBiscuits(double scale)
        {
            const double r = 22.5;
            const double bt = 12.5;
            var n = 14;
            var len = (n * bt) + 10;
            var pen = Lay((-len / 2) - 2, -r - 4, (len / 2) + 2, r + 4, scale);
            var k = new Turned(pen, 0, 0, 0);
            k.Rect(Organic, 2 * 0.05 * 0.92, -len / 2, -r - 3, len, (2 * r) + 6);
            k.Line(Organic, 8 * 0.05 * 0.92 * 3, 2, false, (-len / 2, -r - 3), (-len / 2, r + 3));
            k.Line(Organic, 8 * 0.05 * 0.92 * 3, 2, false, (len / 2, -r - 3), (len / 2, r + 3));
            k.Rect(Organic, 2 * 0.3 * 0.9, (-len / 2) + 3, -r - 1, len - 6, (2 * r) + 2);
            k.Rect(Organic, 0.8 * 30 * 0.3 * 0.9 / 1.0, (-len / 2) + 3, r, len - 6, 1.0);
            var hidden = Enumerable.Range(0, n).OrderBy(_ => random.Next()).Take(random.Next(1, 5)).ToHashSet();
            static double Chord(double y, double rr) => 2 * Math.Sqrt(Math.Max(0, (rr * rr) - (y * y)));
            for (var i = 0; i < n; i++)
            {
                var x = (-len / 2) + 5 + (i * bt);
                ProfileFill(k, Organic, x, 4.5, r, y => Chord(y, r) * 0.7);
                ProfileFill(k, Organic, x + 8, 4.5, r, y => Chord(y, r) * 0.7);
                if (!hidden.Contains(i))
                {
                    ProfileFill(k, Organic, x + 4.5, 3.5, r - 2, y => Chord(y, r - 2) * 1.1);
                    continue;
                }

                var wr = U(14, 17);
                var wt = U(3, 3.5);
                ProfileFill(k, Organic, x + 4.5, 3.5, r - 2, y => Math.Max(0, Chord(y, r - 2) - Chord(y, wr)) * 1.1 * 0.3);
                pen.Item(() => ProfileFill(k, Organic, x + 4.5 + ((3.5 - wt) / 2), wt, wr, y => Chord(y, wr) * 1.1));
            }

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>
        /// A universal travel plug adaptor with no USB charger in it: a polycarbonate body 60–72 × 48–56 mm and 40–50 mm deep (two 2 mm
        /// walls at about 1.2 g/cm³, its sides edge-on); one set of pins slid out (UK: three brass pins 4 × 6.35 × 18 mm and the earth 4 × 8
        /// × 22 mm; Europe: two 4.8 mm round pins 19 mm long; America: two 1.5 × 6.3 × 16 mm blades) and the others slid home inside it,
        /// the brass contact strips (0.6 mm) of its socket, the steel springs of its sliders and shutters, a 10 A cartridge fuse (a ceramic
        /// tube with brass caps, counted as glass).
        /// </summary>
        private void TravelAdaptor()
        {
            var pen = Place(60);
            var k = new Turned(pen, 0, 0, 0);
            var l = U(60, 72);
            var w = U(48, 56);
            var dep = U(40, 50);
            var body = RoundedOutline(-l / 2, -w / 2, l, w, 6);
            k.Poly(Organic, 2 * 2 * 1.2, body);
            k.Line(Organic, dep * 2 * 1.2 / 2, 2, true, Shrunk(body, 0, 0, 0.97, 0.96));
            foreach (var y in new[] { -12.0, 0.0, 12.0 })
            {
                k.Rect(Brass, 0.8 * 6 * 0.6 / 1.0 + 0.6, -l / 2 + 8, y - 3, l * 0.5, 6);
            }

            var out0 = random.Next(3);
            if (out0 == 0)
            {
                k.Rect(Brass, 4 * 0.95, l / 2, -14.3, 18, 6.35);
                k.Rect(Brass, 4 * 0.95, l / 2, 7.9, 18, 6.35);
                k.Rect(Brass, 4 * 0.95, (l / 2) - 2, -4, 24, 8);
            }
            else if (out0 == 1)
            {
                k.Cylinder(Brass, l / 2, -11.2, 19, 4.8, 0.9);
                k.Cylinder(Brass, l / 2, 6.4, 19, 4.8, 0.9);
            }
            else
            {
                k.Rect(Brass, 6.3 * 0.95, l / 2, -7, 16, 1.5);
                k.Rect(Brass, 6.3 * 0.95, l / 2, 5.5, 16, 1.5);
            }

            if (out0 != 0)
            {
                k.Rect(Brass, 4 * 0.95, -4, -14.3, 18, 6.35);
                k.Rect(Brass, 4 * 0.95, -4, 7.9, 18, 6.35);
            }

            if (out0 != 1)
            {
                k.Cylinder(Brass, -l / 2 + 6, -w / 2 + 6, 19, 4.8, 0.9);
                k.Cylinder(Brass, -l / 2 + 6, (w / 2) - 11, 19, 4.8, 0.9);
            }

            k.Line(Steel, 0.8 * 0.7 * 2, 0.7, false, Zigzag(-l / 2 + 4, -l / 2 + 20, -3, 2, 5));
            k.Line(Steel, 0.8 * 0.7 * 2, 0.7, false, Zigzag(-l / 2 + 4, -l / 2 + 20, 6, 2, 5));
            k.Rect(Steel, 0.3 * 2, -l / 2 + 3, -w / 2 + 3, 20, 10);
            k.Rect(Glass, 6.3 * 0.8 * 0.5 * 2.4 / 2.5, 0, (w / 2) - 12, 25, 6.3);
            k.Rect(Brass, 6.3 * 0.8 * 0.3, 0, (w / 2) - 12, 4, 6.3);
            k.Rect(Brass, 6.3 * 0.8 * 0.3, 21, (w / 2) - 12, 4, 6.3);
        }

        /// <summary>
        /// A mains compressor nebuliser (the Omron CompAir class, prescribed for children's asthma and for COPD): a unit 150–190 × 95–130
        /// mm and 80–110 mm deep (an ABS case, two 2 mm walls at about 1.05 g/cm³, its sides edge-on); in it a shaded-pole motor (a
        /// stack of iron laminations 40 × 45 mm and 20 mm deep round its rotor, a copper coil on one limb), the steel crank and connecting
        /// rod, the piston's die-cast aluminium cylinder head, steel screws and the air filter; beside it 1.5–2 m of PVC air tube (6.5 mm
        /// across, 4 mm bore) coiled, the polypropylene nebuliser cup and a soft PVC mask (1 mm at about 1.3); its mains lead coiled with
        /// its plug (see <see cref="UMainsCable"/>).
        /// </summary>
        private void Nebuliser()
        {
            var pen = Place(140);
            var l = U(150, 190);
            var w = U(95, 130);
            var d = U(80, 110);
            var u = new Turned(pen, -30, 0, U(-0.2, 0.2));
            RoundedRect(u, Organic, 2 * 2 * 1.05, -l / 2, -w / 2, l, w, 14);
            u.Line(Organic, d * 2 * 1.05 / 2, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, 13));
            u.Poly(Steel, 20 * 0.95, XHoled(-20, -22, 20, 23, -9, -9, 9, 9));
            u.Ellipse(Steel, 20 * 0.9 * 0.8, 0, 0, 8.5, 8.5);
            u.Rect(Brass, 0.8 * 16 * 0.7, -20, -30, 40, 10);
            u.Rect(Steel, 4, 20, -4, 30, 8);
            u.Rect(Steel, 3, 45, -10, 10, 20);
            u.Rect(Aluminium, 2 * 3 + 6, 50, -16, 26, 32);
            u.Rect(Organic, 20 * 0.3, -l / 2 + 10, (w / 2) - 30, 30, 22);
            for (var i = 0; i < 4; i++)
            {
                u.Ellipse(Steel, 12, (i % 2 == 0 ? -1 : 1) * ((l / 2) - 10), (i < 2 ? -1 : 1) * ((w / 2) - 10), 1.5, 1.5);
            }

            var tube = Enumerable.Range(0, 50).Select(i => i / 49.0)
                .Select(f => (60 + (40 * Math.Cos(f * 6 * Math.PI)) + (f * 20), 40 + (30 * Math.Sin(f * 6 * Math.PI)))).ToArray();
            var tk = new Turned(pen, 0, 0, 0);
            tk.Line(Organic, TMeanWall(6.5, 4) * 1.3, 6.5, false, tube);
            var cup = new Turned(pen, U(70, 100), U(-60, -40), U(0, 2 * Math.PI));
            cup.Tube(Organic, -30, -20, 60, 40, 1.5 * 0.9);
            cup.Rect(Organic, 0.8 * 8 * 0.9, 30, -5, 15, 10);
            var mask = new Turned(pen, U(-40, 40), U(50, 70), U(0, 2 * Math.PI));
            mask.Ellipse(Organic, 2 * 1 * 1.3, 0, 0, 50, 40);
            mask.Ring(Organic, 30 * 1 * 1.3 / 2, 2, 0, 0, 49, 39);
            mask.Ring(Steel, 0.8 * 0.6, 0.6, 0, -30, 12, 3);
            UMainsCable(pen, -l / 2 - 60, w / 2, 35, random.Next(3, 6), false);
        }

        /// <summary>
        /// A TENS machine for pain relief (sold over the counter and lent by maternity units): a unit 100–120 × 58–65 mm and 22–28 mm deep
        /// (an ABS case of two 1.8 mm walls at about 1.05 g/cm³) with its LCD (two 0.7 mm glass sheets), the board and its output
        /// transformers (ferrite and copper), a belt clip; powered by a 9 V PP3 alkaline battery (a 0.25 mm steel can 48.5 × 26.5 × 17.5 mm
        /// round six AAAA cells) or three AAA alkaline cells; two lead wires (2 mm across, thin copper in PVC) with their pin plugs, and
        /// two to four self-adhesive electrode pads (50 × 50 or 50 × 90 mm: 0.1 mm carbon film, 0.8 mm of hydrogel at about 1.2, a PET
        /// liner) with steel press studs.
        /// </summary>
        private void TensMachine()
        {
            var pen = Place(110);
            var l = U(100, 120);
            var w = U(58, 65);
            var dep = U(22, 28);
            var (ux, uy, ua) = (U(-30, -10), U(-10, 10), U(-0.3, 0.3));
            var u = new Turned(pen, ux, uy, ua);
            var body = RoundedOutline(-l / 2, -w / 2, l, w, 10);
            u.Poly(Organic, 2 * 1.8 * 1.05, body);
            u.Line(Organic, dep * 1.8 * 1.05 / 1.8, 1.8, true, Shrunk(body, 0, 0, 0.98, 0.97));
            u.Rect(Glass, 1.4, -l / 2 + 10, -w / 2 + 8, l * 0.4, w - 16);
            u.Rect(Mixed, 0.6, -l / 2 + 5, -w / 2 + 5, l * 0.5, w - 10);
            u.Rect(Brass, 0.06, -l / 2 + 5, -w / 2 + 5, l * 0.5, w - 10);
            for (var i = 0; i < 2; i++)
            {
                u.Rect(Steel, 0.65 * 8, -l / 2 + 12 + (i * 16), -w / 2 + 6, 10, 10);
                u.Rect(Brass, 0.8 * 3, -l / 2 + 13 + (i * 16), -w / 2 + 5, 8, 12);
            }

            u.Rect(Organic, 2 * 1.5 * 1.05, -l / 2 + 20, -w / 2 + 2, 50, w - 4);
            if (Chance(0.5))
            {
                var bx = (l / 2) - 52;
                u.Rect(Steel, 2 * 0.25, bx, -13.25, 48.5, 26.5);
                u.Line(Steel, 17.5 * 0.25 / 0.6, 0.6, true, SCorners(bx, -13.25, 48.5, 26.5));
                for (var i = 0; i < 3; i++)
                {
                    AlkalineCell(SWithin(pen, ux, uy, ua, bx + 24, -8.5 + (i * 8.5), 0), 42.5, 8.3);
                    AlkalineCell(SWithin(pen, ux, uy, ua, bx + 24, -8.5 + (i * 8.5), Math.PI), 42.5, 8.3);
                }

                u.Rect(Steel, 2, bx + 48.5, -8, 4, 16);
            }
            else
            {
                for (var i = 0; i < 3; i++)
                {
                    AlkalineCell(SWithin(pen, ux, uy, ua, (l / 2) - 28, -12 + (i * 11), i % 2 == 0 ? 0 : Math.PI), 44.5, 10.5);
                }
            }

            for (var lead = 0; lead < 2; lead++)
            {
                var path = Wander(14, U(18, 28), 45).Select(p => (X: p.X + 40, Y: p.Y + (lead * 20) - 10)).ToArray();
                var lk = new Turned(pen, 0, 0, 0);
                lk.Line(Organic, 0.8 * 2 * 1.3, 2, false, path);
                lk.Line(Brass, 0.8 * 0.3 * 0.5, 0.6, false, path);
                lk.Rect(Brass, 0.8 * 2, path[^1].X, path[^1].Y - 1, 10, 2);
            }

            for (var i = random.Next(2, 5); i > 0; i--)
            {
                var big = Chance(0.4);
                var pad = new Turned(pen, U(10, 80), U(-60, 60), U(0, 2 * Math.PI));
                var (pw, ph) = big ? (90.0, 50.0) : (50.0, 50.0);
                RoundedRect(pad, Organic, (0.1 * 1.5) + (0.8 * 1.2) + (0.1 * 1.38), -pw / 2, -ph / 2, pw, ph, 6);
                pad.Ellipse(Steel, 1.2, 0, 0, 4, 4);
            }
        }

        /// <summary>
        /// Ankle weights for exercise and physiotherapy: one or a pair of 0.5–2.5 kg straps 320–380 × 100–110 mm of neoprene and nylon
        /// (two 2 mm layers at about 1.1 g/cm³), 220 mm of each divided by stitching into four to six pockets of iron sand (packed at about
        /// 4.5 g/cm³, counted as steel at 4.5 / 7.85, pillowed thickest in the middle), a Velcro tail (3 mm at about 0.5) and a steel D-ring
        /// (3.5 mm wire); lying straight, curved, or closed in a ring as stored.
        /// </summary>
        private void AnkleWeights()
        {
            var pen = Place(160);
            var count = Chance(0.8) ? 2 : 1;
            var kg = 0.5 * random.Next(1, 6);
            var pockets = random.Next(4, 7);
            for (var s = 0; s < count; s++)
            {
                var (ox, oy, oa) = (U(-20, 20), (s - ((count - 1) / 2.0)) * U(90, 130), U(-0.4, 0.4));
                var bend = random.Next(3);
                var len = U(320, 380);
                const double sw = 105;
                (double X, double Y, double A) At(double u)
                {
                    if (bend == 0)
                    {
                        return (u, 0, 0);
                    }

                    var rr = bend == 1 ? 260.0 : len / (2 * Math.PI);
                    var a = u / rr;
                    return (rr * Math.Sin(a), rr - (rr * Math.Cos(a)) - (bend == 2 ? rr : 0), a);
                }

                const int parts = 12;
                for (var i = 0; i < parts; i++)
                {
                    var u = (-len / 2) + ((i + 0.5) * len / parts);
                    var (px, py, pa) = At(u);
                    var (mx, my) = Moved(ox, oy, oa, px, py);
                    var p = new Turned(pen, mx, my, oa + pa);
                    p.Rect(Organic, 2 * 2 * 1.1, -len / parts / 2, -sw / 2, len / parts, sw);
                    if (i >= parts - 3)
                    {
                        p.Rect(Organic, 3 * 0.5, -len / parts / 2, -sw * 0.4, len / parts, sw * 0.8);
                    }
                }

                var pl = 220.0 / pockets;
                var tSteel = kg * 1000 / pockets / ((pl - 6) * 90) * 1000 / 7.85 / 1000;
                for (var i = 0; i < pockets; i++)
                {
                    var u = -110 + ((i + 0.5) * pl) - (len * 0.1);
                    var (px, py, pa) = At(u);
                    var (mx, my) = Moved(ox, oy, oa, px, py);
                    var p = new Turned(pen, mx, my, oa + pa);
                    p.Rect(Steel, tSteel * 0.6, -(pl - 6) / 2, -45, pl - 6, 90);
                    p.Ellipse(Steel, tSteel * 0.4 / 0.7, 0, 0, (pl - 6) * 0.4, 35);
                }

                var (rx, ry, ra) = At(-len / 2);
                var (dx, dy) = Moved(ox, oy, oa, rx, ry);
                var ring = new Turned(pen, dx, dy, oa + ra);
                ring.Line(Steel, 0.8 * 3.5, 3.5, true, (0, -20), (0, 20), (-10, 16), (-14, 0), (-10, -16));
            }
        }

        /// <summary>
        /// A child's tinplate tea set (the printed tin sets sold as toys): a teapot 90–110 mm long with its lid, spout and handle, a milk
        /// jug, two to four cups 45–50 mm across and 35–40 mm tall, their saucers (75–80 mm) and plates (90–95 mm), all of 0.22–0.25 mm
        /// tinplate with rolled rims (three layers of it, seen edge-on round the rim); the cups standing (the beam down each, crossing its
        /// wall all its height), saucers and plates flat; in its card box with a PET insert (0.3 mm at about 1.38 g/cm³) on some.
        /// </summary>
        private void ToyTeaSet()
        {
            var pen = Place(130);
            var t = U(0.22, 0.25);
            var boxed = Chance(0.5);
            if (boxed)
            {
                var bx = new Turned(pen, 0, 0, 0);
                SheetBox(bx, Organic, -130, -90, 260, 180, 60, 0.5, 0.75, 3);
                RoundedRect(bx, Organic, 0.3 * 1.38 * 2, -126, -86, 252, 172, 4);
            }

            var cups = random.Next(2, 5);
            for (var i = 0; i < cups; i++)
            {
                var (cx, cy) = (-95 + (i * 52), U(-70, -50));
                var saucer = new Turned(pen, cx, cy + 5, 0);
                saucer.Ellipse(Steel, t, 0, 0, 38, 38);
                saucer.Ring(Steel, 3 * t * 3 / 1.5, 1.5, 0, 0, 37, 37);
                saucer.Ring(Steel, 2 * t * 4 / 1.5, 1.5, 0, 0, 18, 18);
                var c = new Turned(pen, cx, cy, U(0, 2 * Math.PI));
                var r = U(22.5, 25);
                var h = U(35, 40);
                WStanding(c, Steel, r, h, t, t);
                c.Line(Steel, 4 * t / 1.0 * 4, 1.0, false, UArc(r + 6, 0, 7, 9, -Math.PI / 2, Math.PI / 2, 8));
            }

            for (var i = random.Next(1, 4); i > 0; i--)
            {
                var p = new Turned(pen, U(-60, 60), U(20, 60), 0);
                p.Ellipse(Steel, t, 0, 0, 46, 46);
                p.Ring(Steel, 3 * t * 3 / 1.5, 1.5, 0, 0, 45, 45);
                p.Ring(Steel, 2 * t * 5 / 1.5, 1.5, 0, 0, 30, 30);
            }

            var pot = new Turned(pen, U(40, 80), U(-10, 30), U(0, 2 * Math.PI));
            var pl = U(90, 110);
            pot.Ellipse(Steel, 2 * t, 0, 0, 38, 34);
            pot.Ring(Steel, 70 * t / 3.0, 3.0, 0, 0, 37, 33);
            pot.Line(Steel, TMeanWall(12, 11.5) + 0.4, 10, false, (34, 8), (50, -4), (pl - 40, -22));
            pot.Line(Steel, 10 * t / 1.0 * 2, 1.0, false, UArc(-44, -2, 14, 18, Math.PI / 2, 1.5 * Math.PI, 10));
            pot.Ring(Steel, 4 * t * 3 / 1.5, 1.5, 0, -2, 18, 16);
            pot.Ellipse(Steel, 3 * t * 4, 0, -2, 5, 5);
            var jug = new Turned(pen, U(-100, -60), U(10, 60), 0);
            WStanding(jug, Steel, 18, 40, t, t);
            jug.Poly(Steel, 4 * t, (17, -4), (26, 0), (17, 4));
        }

        /// <summary>
        /// A corded stick massager (the HoMedics and Beurer percussion class, 360–420 mm long): a handle tube of ABS (38 mm across, 2.5 mm
        /// walls at about 1.05 g/cm³) holding the switch and speed-control board (a triac on a small aluminium heat sink); a head 90 × 70
        /// mm and 60 mm deep (2.5 mm walls) round a 230 V motor (a 0.5 mm steel can 35 mm across and 55 mm long, two ferrite magnets, a
        /// laminated-iron armature and its copper winding) turning an eccentric steel weight (a half disc 25 mm across, 10 mm thick);
        /// rubber massage heads (about 1.2 g/cm³); its mains lead coiled with its plug (see <see cref="UMainsCable"/>).
        /// </summary>
        private void CordedMassager()
        {
            var pen = Place(170);
            var l = U(360, 420);
            var hl = l - 90;
            var k = new Turned(pen, 0, 0, U(-0.2, 0.2));
            k.Tube(Organic, -l / 2, -19, hl, 38, 2.5 * 1.05);
            k.Rect(Mixed, 0.6, -l / 2 + 40, -10, 60, 20);
            k.Rect(Brass, 0.06, -l / 2 + 40, -10, 60, 20);
            k.Rect(Aluminium, 4, -l / 2 + 70, -8, 16, 14);
            k.Rect(Steel, 1.2, -l / 2 + 105, -6, 12, 12);
            var hx = (l / 2) - 90;
            var head = RoundedOutline(hx, -45, 90, 90, 30);
            k.Poly(Organic, 2 * 2.5 * 1.05, head);
            k.Line(Organic, 60 * 2.5 * 1.05 / 2.5, 2.5, true, Shrunk(head, hx + 45, 0, 0.97, 0.97));
            k.Tube(Steel, hx + 15, -17.5, 55, 35, 0.5);
            k.Rect(Steel, 0.65 * 8, hx + 18, -17, 48, 7);
            k.Rect(Steel, 0.65 * 8, hx + 18, 10, 48, 7);
            k.Cylinder(Steel, hx + 22, -11, 40, 22, 0.85);
            k.Cylinder(Brass, hx + 22, -11, 40, 22, 0.3);
            k.Cylinder(Steel, hx + 5, -2.5, 80, 5);
            k.Poly(Steel, 10, (hx + 72, -12.5), (hx + 84, -12.5), (hx + 84, 12.5), (hx + 72, 12.5));
            foreach (var y in new[] { -28.0, 28.0 })
            {
                k.Ellipse(Organic, 15 * 1.2, hx + 75, y, 12, 12);
            }

            UMainsCable(pen, (-l / 2) - 40, 40, 35, random.Next(3, 6), false);
        }

        /// <summary>
        /// A set of resistance tubes for exercise: three to five natural-latex tubes 1.2 m long (10–14 mm across, 2–3 mm walls at about 0.95
        /// g/cm³) coiled loosely, each with a steel or zinc-alloy snap hook (5 mm section, 60 × 25 mm) at each end on its steel D-ring; two
        /// handles (a polypropylene tube 25 mm across with 2.5 mm walls under 6 mm of foam at about 0.08, a nylon webbing loop and a steel
        /// D-ring); a door anchor (a 25 mm nylon webbing loop, 1.5 mm at about 0.9, round a foam block) and in a mesh pouch (polyester, 0.3
        /// mm at about 1.38, about half of it holes) on some.
        /// </summary>
        private void ResistanceBands()
        {
            var pen = Place(160);
            var n = random.Next(3, 6);
            var part = new Turned(pen, 0, 0, 0);
            for (var i = 0; i < n; i++)
            {
                var od = U(10, 14);
                var wall = U(2, 3);
                var path = Wander(16, U(38, 50), 60).Select(p => (p.X * 0.6, p.Y * 0.6)).ToArray();
                part.Line(Organic, TMeanWall(od, od - (2 * wall)) * 0.95, od, false, path);
                foreach (var end in new[] { path[0], path[^1] })
                {
                    var h = new Turned(pen, end.Item1, end.Item2, U(0, 2 * Math.PI));
                    var metal = Chance(0.5) ? Steel : ZincAlloy;
                    h.Line(metal, 0.8 * 5, 5, true, (0, -12), (45, -12), (60, 0), (45, 12), (0, 12));
                    h.Ring(Steel, 0.8 * 3, 3, -10, 0, 8, 10);
                }
            }

            for (var i = 0; i < 2; i++)
            {
                var h = new Turned(pen, U(-90, 90), U(-90, 90), U(0, 2 * Math.PI));
                h.Tube(Organic, -70, -12.5, 140, 25, 2.5 * 0.9);
                h.Tube(Organic, -68, -18.5, 136, 37, 6 * 0.08);
                h.Line(Organic, 2 * 1.5 * 0.9, 25, false, (-70, 0), (-90, 40), (0, 70), (90, 40), (70, 0));
                h.Line(Steel, 0.8 * 4, 4, true, (-6, 66), (6, 66), (10, 80), (-10, 80));
            }

            if (Chance(0.5))
            {
                var a = new Turned(pen, U(-60, 60), U(-60, 60), U(0, 2 * Math.PI));
                a.Line(Organic, 2 * 1.5 * 0.9, 25, false, (0, 0), (120, 0));
                a.Rect(Organic, 40 * 0.05, -30, -25, 30, 50);
            }

            if (Chance(0.5))
            {
                var bag = RoundedOutline(-150, -130, 300, 260, 30);
                part.Poly(Organic, 2 * 0.3 * 1.38 * 0.5, bag);
                part.Line(Organic, 4 * 0.3 * 1.38, 3, true, Shrunk(bag, 0, 0, 0.99, 0.99));
            }
        }

        /// <summary>
        /// A bunch of artificial (silk) flowers: six to twelve stems 300–400 mm long, each a steel wire 1.5–2 mm across in 0.4 mm of paper or
        /// polyethylene tape, fanning out from where they are tied (a rubber band and a satin ribbon); at each tip a head of 8–20 layers of
        /// polyester petals (0.15 mm at about 1.38 g/cm³, heaped toward its middle) on a polypropylene hub; leaves (two layers of polyester
        /// with a 0.3 mm steel vein wire) up the stems; wrapped in a cone of cellophane (two to four layers of 30 µm) on some.
        /// </summary>
        private void SilkFlowers()
        {
            var pen = Place(170);
            var n = random.Next(6, 13);
            var k = new Turned(pen, -150, 0, 0);
            for (var i = 0; i < n; i++)
            {
                var len = U(300, 400) * 0.85;
                var a = U(-0.3, 0.3);
                var wire = U(1.5, 2);
                var (ex, ey) = (len * Math.Cos(a), len * Math.Sin(a));
                (double X, double Y)[] stem = [(0, 0), (ex * 0.5, (ey * 0.5) + U(-4, 4)), (ex, ey)];
                k.Line(Steel, 0.8 * wire, wire, false, stem);
                k.Line(Organic, 0.8 * 1.0 * (wire + 0.8), wire + 0.8, false, stem);
                var layers = random.Next(8, 21);
                var r = U(25, 45);
                Spheroid(k, Organic, ex, ey, r, r * U(0.8, 1), layers * 0.15 * 1.5, 1.38);
                k.Ellipse(Organic, 10 * 0.9, ex, ey, 6, 6);
                for (var j = random.Next(1, 4); j > 0; j--)
                {
                    var f = U(0.3, 0.8);
                    var (lx, ly) = (ex * f, ey * f);
                    var side = Chance(0.5) ? 1 : -1;
                    var leaf = new Turned(pen, lx - 150, ly, a + (side * U(0.4, 0.9)));
                    (double X, double Y)[] blade = [(0, 0), (18, -10), (45, 0), (18, 10)];
                    leaf.Poly(Organic, 2 * 0.15 * 1.38, blade);
                    leaf.Line(Steel, 0.8 * 0.3, 0.4, false, (0, 0), (42, 0));
                }
            }

            k.Rect(Organic, 12 * 0.95, 60, -14, 10, 28);
            k.Rect(Organic, 4 * 0.2 * 1.3, 70, -18, 30, 36);
            if (Chance(0.5))
            {
                (double X, double Y)[] cone = [(-5, -10), (380, -150), (380, 150), (-5, 10)];
                k.Poly(Organic, random.Next(2, 5) * 0.03 * 0.9 * 2, cone);
            }
        }
    }
}
