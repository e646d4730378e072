namespace Screening.Devices.Xray;

/// <summary>Everyday things the synthetic scanner packs into bags.</summary>
public enum ClutterKind
{
    Clothes,
    Cable,
    Charger,
    Coins,
    Keys,
    PlasticBottle,
    Toiletries,
    Book,
    Shoes,
    TrolleyFrame,
    Pen,

    // Evaluation only (variant set B): never drawn while tuning the analyser.
    Belt,
    Headphones,
    LaptopCharger,
    TinCan,
    Cutlery,
    Watch,

    // Held out (variant set C): never drawn by A or B, and chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    Spectacles,
    GlassesCase,
    Hairdryer,
    Padlock,
    CardWallet,
    AlkalineBatteries,
    Torch,
    Lanyard,
    Compact,
    Hairbrush,

    // Fresh held out (variant set D): never drawn by A, B or C, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    Scarf,
    SunHat,
    Rosary,
    HearingAidCase,
    WaterBottle,
    Lunchbox,
    Comb,
    HairGrips,

    // Set E (held out after D's run): never drawn by A, B, C or D, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    Gloves,
    Bangle,
    Necklace,
    ClawClip,
    Dummy,
    Nappy,
    ToyCar,
    FlipFlops,

    // Set R (training only, domain randomisation): each kind is a procedural family, harmless only.
    RandomVessel,
    RandomMetalJunk,
    RandomGadget,
    RandomPlastic,

    // Set F (held out after E's run): never drawn by A to E or R, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    Harmonica,
    CoinPurse,
    RingBox,
    FidgetSpinner,
    SoftToy,
    TinWhistle,
    HairStraightener,
    PhotoFrame,

    // Set G (held out after F's run): never drawn by A to F or R, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    Umbrella,
    Calculator,
    Stapler,
    PlayingCards,
    MintTin,
    SpiralNotebook,
    PencilTin,
    CoatHanger,

    // Set H (held out after G was tuned on): never drawn by A to G or R, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    HandFan,
    Stethoscope,
    WalkingStick,
    KneeBrace,
    HandWarmers,
    BabyBottle,
    MakeUpBag,
    TravelChess,

    // Set I (held out after H's run): never drawn by A to H or R, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    BikeLock,
    RingBinder,
    PuzzleCube,
    HotWaterBottle,
    DogLead,
    CycleHelmet,
    MagnifyingGlass,
    WoodenTrain,

    // Set J (held out after I's run): never drawn by A to I or R, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    NailClippers,
    BinderClips,
    CeramicMug,
    PerfumeBottle,
    Clipboard,
    BabyWipes,
    BuildingBricks,
    FirstAidKit,

    // Set K (held out after J's run): never drawn by A to J or R, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    VacuumFlask,
    BiscuitTin,
    FilmCamera,
    Binoculars,
    KnittingNeedles,
    BicyclePump,
    BabyFoodJars,
    MusicBox,

    // Set L (held out after K's run): never drawn by A to K or R, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    ManicureSet,
    SmokingKit,
    PocketRadio,
    SafetyBoots,
    ChocolateBox,
    Passport,
    SewingKit,
    Inhaler,

    // Set M (held out after L): never drawn by A to L or R, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    Crayons,
    FoilSandwich,
    Fruit,
    NailPolish,
    ToyXylophone,
    SwimKit,
    Denture,
    CoffeeJar,

    // Set N (held out after M's run): never drawn by A to M or R, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    SpringToy,
    Marbles,
    Tambourine,
    SkippingRope,
    ClothesPegs,
    DescantRecorder,
    ShoeHorn,
    Dominoes,

    // Set O (held out after N): never drawn by A to N or R, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    Doll,
    GolfBalls,
    HairRollers,
    ShoePolishKit,
    TableTennisSet,
    Cufflinks,
    ShinPads,
    HolePunch,

    // Set P (held out after O): never drawn by A to O or R, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    SnowGlobe,
    Kaleidoscope,
    HandGripper,
    GuitarCapo,
    TumbledStones,
    YoYo,
    BabyRattle,
    TravelPillow,

    // Set Q (held out after P): never drawn by A to P or R, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    RubberDuck,
    SippyCup,
    Sunglasses,
    ChangingMat,
    PocketTissues,
    TeethingRing,
    StickerBook,
    ContactLensCase,

    // Set S (held out after Q): never drawn by A to Q or R, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    WristSplint,
    GeometrySet,
    MetalChopsticks,
    CdCase,
    TravelAlarmClock,
    Jeans,
    WaterPistol,
    SodaCan,

    // Set T (held out after S): never drawn by A to S or R, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    TrouserBraces,
    EmbroideryHoop,
    BoardGame,
    ShuttlecockTube,
    MusicTriangle,
    MagneticDrawingBoard,
    PorcelainFigurine,
    ClutchBag,

    // Set U (held out after T): never drawn by A to T or R, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    ShoeTrees,
    Metronome,
    Abacus,
    MedalCase,
    GlassBaubles,
    Ocarina,
    FlyingDisc,
    ShapeSorter,

    // Set V (held out after U): never drawn by A to U or R, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    Handbell,
    ClockworkToy,
    SlateCoasters,
    JugglingBalls,
    IcePack,
    BreastPump,
    Earmuffs,
    SpinningTops,

    // Set W (held out after V): never drawn by A to V or R, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    TravelIron,
    TiffinCarrier,
    HandWeights,
    CurlingTongs,
    SteelStraws,
    MagneticTiles,
    BloodPressureMonitor,
    BabyCarrier,

    // Set X (held out after W): never drawn by A to W or R, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    TravelAdaptor,
    Nebuliser,
    TensMachine,
    AnkleWeights,
    ToyTeaSet,
    CordedMassager,
    ResistanceBands,
    SilkFlowers,

    // Set Y (held out after X): never drawn by A to X or R, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    PocketWatch,
    Carabiners,
    ToyKeyboard,
    FairyLights,
    CampingLantern,
    YogaMat,
    Football,
    WheatBag,

    // Set Z (held out after Y): never drawn by A to Y or R, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    MokaPot,
    Kalimba,
    TuningFork,
    UsbDeskFan,
    TravelKettle,
    SportsTrophy,
    GlassPaperweight,
    PillarCandles,

    // Set 1 (held out after Z): never drawn by A to Z or R, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    SingingBowl,
    NewtonsCradle,
    LuggageScale,
    HeatPad,
    GarmentSteamer,
    MilkFrother,
    RainPoncho,
    WellingtonBoots,

    // Set 2 (held out after 1): never drawn by A to Z, R or 1, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    BottleWarmer,
    SaltLamp,
    KitchenTimer,
    TeaInfuser,
    BalloonWhisk,
    Jacks,
    StackingCups,
    ToyDinosaurs,

    // Set 3 (held out after 2): never drawn by A to Z, R, 1 or 2, chosen without reading the analyser.
    // Each is legal for a visitor or officer to carry: on no list of the gate catalogue.
    ExtensionLead,
    HotAirBrush,
    ToyPhone,
    FluteInCase,
    BrassCandlesticks,
    PetanqueBoules,
    WatercolourTin,
    JigsawPuzzle,
}

/// <summary>How a threat is drawn; each shape belongs to one catalogue item (<see cref="SyntheticVariants.ItemOf"/>).</summary>
public enum ThreatShape
{
    // Tuning shapes (variant set A).
    KitchenKnife,
    Dagger,
    Pistol,
    Smartphone,
    PistolRounds,
    SimCard,
    Syringe,
    Cell18650,
    Screwdriver,
    Spanner,
    WineBottle,
    DrugBrick,

    // Evaluation shapes (variant set B): never drawn while tuning the analyser.
    FoldingKnife,
    CurvedKnife,
    Revolver,
    CompactPistol,
    FeaturePhone,
    LargeSmartphone,
    RifleRounds,
    SimInCarrier,
    InsulinSyringe,
    PowerBank,
    PouchCell,
    Pliers,
    Hammer,
    SpiritsBottle,
    Miniature,
    DrugWraps,
    DrugPouch,

    // Held-out shapes (variant set C): never drawn by A or B, and chosen without reading the analyser.
    ChefKnife,
    UtilityKnife,
    ButterflyKnife,
    PolymerPistol,
    PocketPistol,
    Derringer,
    FlipPhone,
    SlimPhone,
    RuggedPhone,
    MiniPhone,
    ShotgunShells,
    RimfireRounds,
    MicroSim,
    NanoSim,
    Syringe10Ml,
    TuberculinSyringe,
    Cell21700,
    PhoneBatteryPack,
    AdjustableWrench,
    Chisel,
    HipFlask,
    SpiritsCan,
    FlaskBottle,
    ClingFilmBundles,
    PillStrips,
    TabletBag,

    // Fresh held-out shapes (variant set D): never drawn by A, B or C, chosen without reading the analyser.
    BreadKnife,
    BoningKnife,
    PushDagger,
    MultiTool,
    Shank,
    LongRevolver,
    PrintedPistol,
    MachinePistol,
    CasedPhone,
    PhoneShell,
    FoldablePhone,
    BoxedRounds,
    Loose38Rounds,
    SimInAdapter,
    SimOnTray,
    Syringe3Ml,
    BlisterSyringe,
    VapeBattery,
    CameraBattery,
    LaptopBatteryPack,
    HacksawBlade,
    AllenKeys,
    FlatFile,
    WineBoxBag,
    PlasticSpiritsBottle,
    VacuumBlock,
    BalloonPowder,
    PaperWraps,

    // Set E shapes (held out after D's run): never drawn by A, B, C or D, chosen without reading the analyser.
    Cleaver,
    CeramicKnife,
    SnubRevolver,
    SawnOffShotgun,
    PhoneParts,
    SliderPhone,
    StripperClip,
    LoadedMagazine,
    SimStack,
    SimInBag,
    Syringe20Ml,
    InsulinPen,
    CoinCells,
    DrillBattery,
    PryBar,
    DrillBits,
    ChampagneBottle,
    SpiritPouches,
    DrugCapsules,
    PillBottle,

    // Set R shapes (training only, domain randomisation): each is a procedural family, not one model.
    RandomKnife,
    RandomFirearm,
    RandomPhone,

    // Set F shapes (held out after E's run): never drawn by A to E or R, chosen without reading the analyser.
    Karambit,
    FilletKnife,
    CraftScalpel,
    BreakActionPistol,
    TargetPistol,
    StrippedPistol,
    PhoneInBook,
    WalletCasePhone,
    WatchPhone,
    Speedloader,
    SimInCard,
    AutoInjector,
    LiPoPack,
    RatchetSockets,
    BeerBottles,
    HerbalBag,

    // Set G shapes (held out after F's run): never drawn by A to F or R, chosen without reading the analyser.
    Bayonet,
    CutThroatRazor,
    SteakKnife,
    HolsteredPistol,
    CutDownLeverAction,
    PipeGun,
    BatteryCasePhone,
    KeyFobPhone,
    PhoneInShoe,
    LinkedRounds,
    SimInCigarettes,
    DentalSyringe,
    JumpStarter,
    BoltCutters,
    WineCarton,
    FilmSachets,

    // Set H shapes (held out after G was tuned on): never drawn by A to G or R, chosen without reading the analyser.
    CardKnife,
    ToothbrushShiv,
    ThrowingKnives,
    PenKnife,
    PenGun,
    MiniRevolver,
    AirPistol,
    CardPhone,
    PhoneInTin,
    WrappedPhoneBundle,
    PhoneInSoftToy,
    SteelCaseRounds,
    SimInSoap,
    GlassSyringe,
    LithiumPrimaryCells,
    LockingPliers,
    TapeMeasure,
    BeerCans,
    DrugsInTennisBall,

    // Set I shapes (held out after H's run): never drawn by A to H or R, chosen without reading the analyser.
    RetractableKnife,
    WoodHandleFolder,
    LipstickKnife,
    BeltBuckleKnife,
    OpenSlidePistol,
    TakedownRifle,
    PhoneShapedPistol,
    ConvertedBlankRevolver,
    ClamshellFoldable,
    QwertyPhone,
    PhoneInAerosol,
    PhoneInPowderTub,
    RoundsInTobaccoTin,
    SimInCharger,
    SyringeInMarker,
    DisposableVape,
    TinSnips,
    LockPicks,
    CiderBottle,
    ResinInFoil,
    DrugsInBatteries,

    // Set J shapes (held out after I's run): never drawn by A to I or R, chosen without reading the analyser.
    ParingKnife,
    Santoku,
    HuntingKnife,
    LockbackFolder,
    GlassShiv,
    TopBreakRevolver,
    BlowbackPistol,
    CapAndBallRevolver,
    ImprovisedSmg,
    PistolInCerealBox,
    CompactSmartphone,
    MagWalletPhone,
    RemovableBatteryPhone,
    PhoneInCrispTube,
    PhoneInToothbrush,
    RifleMagazine,
    SimInRemote,
    Syringe50Ml,
    MagneticPowerBank,
    PipeWrench,
    WhiskyInTube,
    PreRolls,
    DrugsInNappy,

    // Set K shapes (held out after J's run): never drawn by A to J or R, chosen without reading the analyser.
    Machete,
    FrameLockFolder,
    Stiletto,
    CombKnife,
    ScissorShiv,
    MicroCompactPistol,
    SwingOutRevolver,
    ToggleLockPistol,
    PistolPartsInWashbag,
    RevolverInBiscuitTin,
    BudgetSmartphone,
    CellularTablet,
    BigButtonPhone,
    PhoneInGlassesCase,
    PhoneInBra,
    MoonClipRounds,
    SimInLipBalm,
    SafetySyringe,
    DroneBattery,
    JuniorHacksaw,
    SwingTopBottle,
    CannabisEdibles,
    DrugsInShampoo,

    // Set L shapes (held out after K's run): never drawn by A to K or R, chosen without reading the analyser.
    BushcraftKnife,
    OutTheFrontKnife,
    PruningKnife,
    KnifeRoll,
    KeyKnife,
    GovernmentPistol,
    SingleActionRevolver,
    ConvertedBlankPistol,
    ConvertedFlarePistol,
    PistolInBook,
    MetalUnibodyPhone,
    StylusPhone,
    GamingPhone,
    PhoneInPeanutButter,
    PhoneInGamepad,
    SpeedStripRounds,
    SimCardHolder,
    PrefilledSyringe,
    UsbRechargeableCells,
    FoldingSaw,
    SpiritInMouthwash,
    SpicePaper,
    DrugsInChocolateEggs,

    // Set M shapes (held out after L): never drawn by A to L or R, chosen without reading the analyser.
    OysterKnife,
    NeckKnife,
    SwissArmyKnife,
    Mezzaluna,
    KnifeInCake,
    PolymerFrameRevolver,
    MagnumAutoPistol,
    FoldingCarbine,
    PistolInLaptop,
    TorchGun,
    SteelFramePhone,
    SatellitePhone,
    SelfieStickPhone,
    PhoneInDeodorant,
    PhoneInHeadphones,
    CartridgeBelt,
    SimsInBlisterPack,
    VeterinarySyringe,
    EBikeBattery,
    RotaryTool,
    BinocularFlask,
    CannabisGrinder,
    DrugsInCandle,

    // Set N shapes (held out after M's run): never drawn by A to M or R, chosen without reading the analyser.
    Nakiri,
    Kukri,
    DiveKnife,
    KnifeInHairbrush,
    SpoonShiv,
    CasedPistol,
    SuppressedPistol,
    ZincSlidePistol,
    TakenDownArPistol,
    PistolInSoftToy,
    TitaniumPhone,
    PhoneInArmband,
    PhoneWithCharger,
    PhoneInTissueBox,
    PhoneInSanitaryPads,
    RoundsInSock,
    SimsInEarbudCase,
    SyringeInTampon,
    BoxModVape,
    PrecisionScrewdriverSet,
    SpiritInWaterBottle,
    CannabisJar,
    DrugsInTeabags,

    // Set O shapes (held out after N): never drawn by A to N or R, chosen without reading the analyser.
    CarvingKnife,
    Kirpan,
    FoldingUtilityKnife,
    RulerShiv,
    BladesInCard,
    HiPowerPistol,
    TokarevPistol,
    NagantRevolver,
    PistolInSpeaker,
    KeyringGun,
    BoxedPhone,
    GlitterCasePhone,
    PhonePair,
    PhoneInCardPack,
    PhoneInYarnBall,
    HuntingRifleRounds,
    SimInLetter,
    OralSyringe,
    RechargeableHandWarmer,
    TorpedoLevel,
    Growler,
    DealBags,
    DrugsInToothpaste,

    // Set P shapes (held out after O): never drawn by A to O or R, chosen without reading the analyser.
    TomatoKnife,
    LinoleumKnife,
    TrapperKnife,
    KnifeInPencilCase,
    TinLidShiv,
    Cz75Pistol,
    AlloyFramePistol,
    ShotshellRevolver,
    PrintedCarbine,
    PistolInHairdryer,
    KeyboardCasePhone,
    EInkPhone,
    CrossbodyCasePhone,
    PhoneInToiletRoll,
    PhoneInCoatLining,
    RoundsInFlipBox,
    SimInHollowCoin,
    SharpsBin,
    LipstickPowerBank,
    StapleGun,
    StonewareBottle,
    VapeCartridges,
    DrugsInPenBarrels,

    // Set Q shapes (held out after P): never drawn by A to P or R, chosen without reading the analyser.
    SerratedUtilityKnife,
    FlipperFolder,
    CheeseKnife,
    KnifeInUmbrella,
    NailShiv,
    MakarovPistol,
    PistolWithWeaponLight,
    ServiceRevolver,
    PistolInGamesConsole,
    PrintedRevolver,
    PopGripPhone,
    PhoneWithEarphones,
    TripleCameraPhone,
    PhoneInLoaf,
    PhoneInCigarettePack,
    ShotgunSlugs,
    SimInWristwatch,
    Syringe5Ml,
    Cell26650,
    SideCutters,
    AlcopopBottles,
    MethadoneBottle,
    DrugsInSweets,

    // Set S shapes (held out after Q): never drawn by A to Q or R, chosen without reading the analyser.
    TableKnife,
    ButtonLockFolder,
    ZombieKnife,
    KnifeInBabyWipes,
    BedSlatShiv,
    ExtendedMagPistol,
    TipUpPistol,
    SawnOffSingleBarrel,
    PistolInShoebox,
    DoorBoltGun,
    CameraBarPhone,
    RoundCameraPhone,
    MidRangePhone,
    PhoneInBiscuitRoll,
    PhoneInRolledSocks,
    Rounds44Magnum,
    SimInLighter,
    NeedleExchangePack,
    HeatedClothingBattery,
    RivetGun,
    MiniKeg,
    CannabisMylarPouch,
    DrugsInSoapBar,

    // Set T shapes (held out after S): never drawn by A to S or R, chosen without reading the analyser.
    GrapefruitKnife,
    FrictionFolder,
    HoriHoriKnife,
    KnifeInVacuumFlask,
    BroomHandleShiv,
    C96Pistol,
    PistolGripPump,
    CutDownBoltAction,
    PistolInNappyPack,
    WalkingStickGun,
    TinySmartphone,
    ModularPhone,
    PhoneInWaterproofPouch,
    PhoneInHotWaterBottle,
    PhoneInCoffeeBrick,
    Rounds50Bmg,
    SimInEyeshadowPalette,
    DispensingSyringeKit,
    Cr123aCells,
    BlockPlane,
    WineInSealedGlass,
    DriedMushrooms,
    DrugsInCrispPacket,

    // Set U shapes (held out after T): never drawn by A to T or R, chosen without reading the analyser.
    BowieKnife,
    DebaKnife,
    ElectricCarvingKnife,
    KnifeInHairStraighteners,
    CoatHangerSpike,
    SkorpionPistol,
    AirCartridgeRevolver,
    FiveSeveNPistol,
    PistolInKettle,
    ZipGun,
    CeramicBackPhone,
    DualScreenPhone,
    BlisterPackPhone,
    PhoneInPhotoFrame,
    PhoneInCushion,
    Rounds410Bore,
    SimInTeaLight,
    GlucagonKit,
    Lithium9VBattery,
    GClamp,
    WineInWireMesh,
    KhatBundle,
    DrugsInStashCan,

    // Set V shapes (held out after U): never drawn by A to U or R, chosen without reading the analyser.
    SurvivalKnife,
    YanagibaKnife,
    PizzaCutter,
    KnifeInTrainer,
    BallpointShiv,
    PinfireRevolver,
    VestPocketPistol,
    SpringAirPistol,
    PistolInPaintTin,
    BicyclePumpGun,
    PopUpCameraPhone,
    PhoneInBeltHolster,
    PhoneInMetalBumper,
    PhoneInHollowCandle,
    PhoneInJigsawBox,
    Rounds20Bore,
    SimInPlasters,
    ButterflyNeedleSet,
    HandheldFan,
    CaulkingGun,
    PremixSlimCans,
    CannabisConcentrates,
    DrugsInInhaler,

    // Set W shapes (held out after V): never drawn by A to V or R, chosen without reading the analyser.
    ChineseCleaver,
    LetterOpener,
    GutHookSkinner,
    KnifeInHollowBook,
    HacksawShiv,
    BulldogRevolver,
    Tec9Pistol,
    NineShot22Revolver,
    PistolInRiceBag,
    LighterGun,
    TriFoldPhone,
    EndurancePhone,
    GlyphBackPhone,
    PhoneInFormulaTin,
    PhoneInFoilSandwich,
    BlankCartridges,
    SimInLocket,
    SteroidInjectionKit,
    ArcLighter,
    AngleGrinder,
    JellyShots,
    CannabinoidELiquid,
    DrugsInModellingDough,

    // Set X shapes (held out after W): never drawn by A to W or R, chosen without reading the analyser.
    TantoKnife,
    SgianDubh,
    LaguioleFolder,
    KnifeInChocolateBox,
    TentPegShiv,
    LowBoreRevolver,
    AkPistol,
    SawnOffOverUnder,
    PistolInBoardGame,
    RevolverInVanityCase,
    PhoneInFaradayPouch,
    ControllerClampPhone,
    PhoneInJiffyBag,
    PhoneInIcePack,
    PhoneInChocolateBar,
    DrumMagazine,
    SimInUsbReader,
    InsulinSyringeCarton,
    RechargeableHeadTorch,
    SolderingIron,
    AluminiumBeerBottles,
    CannabisCaliTin,
    DrugsInSandwichBiscuits,

    // Set Y shapes (held out after X): never drawn by A to X or R, chosen without reading the analyser.
    Hatchet,
    Sickle,
    KnuckleKnife,
    KnifeInPosterTube,
    AcrylicShiv,
    StunGun,
    FlintlockPistol,
    EvoSmgPistol,
    PcpAirPistol,
    PistolInWashingPowder,
    PhoneInFoamCase,
    PhoneWithClipLens,
    RuggedFlipPhone,
    PhoneInShampooBottle,
    PhoneInPerfumeGiftBox,
    BuckshotShells,
    SimInInsole,
    NaloxoneKit,
    SonicToothbrush,
    BrickTrowel,
    LiqueurChocolates,
    NitrousChargers,
    DrugsInFaceCreamJar,

    // Set Z shapes (held out after Y): never drawn by A to Y or R, chosen without reading the analyser.
    GravityKnife,
    UluKnife,
    Billhook,
    FileKnife,
    CeramicBladeInBra,
    PepperSpray,
    PepperboxPistol,
    Mac10Pistol,
    RhinoRevolver,
    PistolInFoldedJacket,
    PhoneWithMountPlate,
    PhoneInLockingPouch,
    PhoneInSpaghettiPack,
    PhoneInShaver,
    PhoneInBookSpine,
    EnBlocClip,
    SimInCoatButton,
    DermalFillerSyringe,
    BluetoothSpeaker,
    CopingSaw,
    CrystalDecanter,
    GblBottle,
    DrugsInOranges,

    // Set 1 shapes (held out after Z): never drawn by A to Z or R, chosen without reading the analyser.
    KitchenShears,
    SafetyRazor,
    Puukko,
    KnifeInBrushRoll,
    SpokeShank,
    PumpAirPistol,
    VeloDogRevolver,
    SteelCompetitionPistol,
    TaserPistol,
    PistolInUkulele,
    PhoneInCameraCage,
    MetalFlipPhone,
    SteelCandybarPhone,
    PhoneInCalculator,
    PhoneInWristSplint,
    ShotgunCartridgeBox,
    SimInDummy,
    TwoPartSyringe,
    MassageGun,
    HeatGun,
    WhiskyGiftSet,
    SnuffBullets,
    DrugsInRollOnDeodorant,

    // Set 2 shapes (held out after 1): never drawn by A to Z, R or 1, chosen without reading the analyser.
    HamSlicer,
    HoboKnife,
    PeelingKnife,
    KnifeInFoamRoller,
    ShoeShankShiv,
    UziPistol,
    P38Pistol,
    StunTorch,
    BeltBuckleGun,
    PistolInRolledTowel,
    SwivelPhone,
    PhoneOnGimbal,
    PhoneOnTripodGrip,
    PhoneInHairdryer,
    PhoneInMusicBox,
    CartridgeWallet,
    SimInToyBricks,
    MarinadeInjector,
    CordlessHairClipper,
    PipeCutter,
    ChiantiFiasco,
    SteroidVials,
    DrugsInVitaminTub,

    // Set 3 shapes (held out after 2): never drawn by A to Z, R, 1 or 2, chosen without reading the analyser.
    MushroomKnife,
    RiggingKnife,
    SteelHandleChefKnife,
    KnifeInFoilRoll,
    MirrorShiv,
    SqueezeCockerPistol,
    StunBaton,
    PepperGelLauncher,
    StenGun,
    PistolInHandbag,
    HandheldTerminalPhone,
    PocRadioPhone,
    ZoomLensPhone,
    PhoneInMugGiftBox,
    PhoneInToyTruck,
    GardenGunCartridges,
    SimInPhotoKeyring,
    IvCannulaPack,
    LightedMakeupMirror,
    CordedDrill,
    MoonshineJar,
    CannabisTincture,
    DrugsInFlipFlops,
}

/// <summary>
/// A variant set: which clutter and threat shapes the scanner may draw, and the ranges of noise and
/// object scale. The tuning and evaluation sets are kept apart by construction:
/// <list type="bullet">
/// <item><see cref="Tuning"/> (set A) is the only set the analyser's thresholds were ever tuned on,
/// with seeds 1000–1999 (<see cref="TuningSeeds"/>).</item>
/// <item><see cref="Evaluation"/> (set B) draws threat shapes that set A never draws (a folding and a
/// curved knife, a revolver and a compact pistol, a feature phone and a large smartphone, ...), adds
/// clutter kinds set A never draws (cutlery, belts, headphones, laptop chargers, tins, watches) to
/// A's everyday clutter, is noisier and varies scale more; it is generated from seeds 9000 and up
/// (<see cref="EvaluationSeeds"/>, up to 499999), which never overlap the tuning seeds.</item>
/// <item><see cref="HeldOut"/> (set C) is held out from both: once a model is trained on A's and B's
/// shapes, A and B are both "seen". C draws threat shapes neither A nor B draws (a chef's knife, a
/// snap-off utility knife, a butterfly knife, a polymer-frame and a pocket pistol, a derringer, a flip,
/// slim, rugged and thumb-sized phone, shotgun shells, ...) and adds clutter kinds neither draws
/// (spectacles and their case, a hairdryer, a padlock, a card wallet, AA alkaline cells, a torch, a
/// lanyard, a compact, a hairbrush) to A's and B's clutter; it is a little noisier and varies scale
/// more than B. Its shapes and clutter were written from what the real things are made of and measure,
/// by someone who had not read the analyser. Seeds 500000–699999 (<see cref="HeldOutSeeds"/>).</item>
/// <item><see cref="Fresh"/> (set D) replaces C as the held-out set once C's figures have been seen:
/// anyone improving the analyser may look at C, so C no longer measures it honestly. D draws threat
/// shapes none of A, B and C draws (a bread, a boning and a push knife, a multi-tool, a shank, a
/// long-barrelled revolver, a printed and a machine pistol, a phone in a thick case, a phone shell
/// with no battery, a foldable, boxed 9 mm and loose .38 rounds, ...) and adds clutter kinds none of
/// them draws (a scarf, a sun hat with a wire brim, a plastic rosary, a hearing-aid case, an empty
/// steel water bottle, an empty lunchbox, a comb, hair grips) to A's, B's and C's clutter, with C's
/// noise and scale ranges. It was written from what the real things are made of and measure, by
/// someone who had not read the analyser or C's figures. Seeds 700000–899999 (<see cref="FreshSeeds"/>).</item>
/// <item><see cref="SetE"/> (set E) replaces D as the held-out set once D's figures have been seen. E
/// draws threat shapes none of A to D draws (a meat cleaver, a zirconia ceramic knife, a snub-nosed
/// revolver, a sawn-off shotgun, a phone taken apart, a slider phone, rifle rounds on a stripper clip,
/// a loaded pistol magazine, ...) and adds clutter kinds none of them draws (gloves, a bangle, a
/// necklace, a claw clip, a baby's dummy, a nappy, a die-cast toy car, flip-flops) to all of theirs,
/// with C's and D's noise and scale ranges. Written from what the real things are made of and
/// measure, by someone who had not read the analyser or any X-ray figures. Seeds 900000–1099999
/// (<see cref="SetESeeds"/>).</item>
/// <item><see cref="SetF"/> (set F) replaces E as the held-out set once E's figures have been seen. F
/// draws threat shapes none of A to E or R draws (a karambit, a filleting knife, a craft scalpel, a
/// single-shot break-action pistol, a .22 target pistol, a field-stripped pistol, a phone hidden in a
/// book, a phone in a wallet case, a smartwatch-phone, rounds in a speedloader, ...) and adds clutter
/// kinds none of them draws (a harmonica, a coin purse, a ring box, a fidget spinner, a soft toy, a
/// tin whistle, a hair straightener, a photo frame) to all of A's to E's, with C's to E's noise and
/// scale ranges. Written from what the real things are made of and measure, by someone who had not
/// read the analyser or any X-ray figures. Seeds 1100000–1299999 (<see cref="SetFSeeds"/>).</item>
/// <item><see cref="SetG"/> (set G) replaces F as the held-out set once F's figures have been seen. G
/// draws threat shapes none of A to F or R draws (a bayonet, a cut-throat razor, serrated steak knives,
/// an all-steel pistol in a holster, a lever-action carbine cut down to a pistol, an improvised pipe
/// gun, a phone in a battery case, a car-key-fob phone on a key ring, a phone hidden in a trainer, a
/// short length of linked rifle rounds, a SIM in a cigarette packet, an all-steel dental syringe, a car
/// jump starter with its clamps, bolt cutters, wine in a carton, buprenorphine film sachets) and adds
/// clutter kinds none of them draws (a folded umbrella, a calculator, a stapler, playing cards, a tin of
/// mints, a spiral-bound notebook, colouring pencils in a tin, a clothes hanger) to all of A's to F's,
/// with C's to F's noise and scale ranges. Written from what the real things are made of and measure,
/// by someone who had not read the analyser or any X-ray figures. Seeds 1300000–1499999
/// (<see cref="SetGSeeds"/>).</item>
/// <item><see cref="SetH"/> (set H) replaces G as the held-out set once G is tuned on. H draws threat
/// shapes none of A to G or R draws (a credit-card folding knife, razor blades melted into a toothbrush
/// handle, a set of throwing knives, a Swiss-army-style pocket knife, a pen gun, a stainless
/// mini-revolver, a zinc-alloy CO2 air pistol with its gas capsule, a credit-card phone, thumb phones
/// sealed in a food tin, a cling-filmed package of thumb phones with their batteries out, a phone sewn
/// into a soft toy, steel-cased rounds, a SIM pressed into a bar of soap, an all-glass syringe, lithium
/// AA, AAA and CR123A cells, locking pliers, a steel tape measure, cans of beer, drugs packed into
/// tennis balls) and adds clutter kinds none of them draws (a folding hand fan, a stethoscope, a
/// folding walking stick, a hinged knee brace, hand warmers, an empty baby's bottle, a make-up bag, a
/// magnetic travel chess set) to all of A's to G's, with C's to G's noise and scale ranges. Written
/// from what the real things are made of and measure, by someone who had not read the analyser or any
/// X-ray figures. Seeds 1500000–1699999 (<see cref="SetHSeeds"/>).</item>
/// <item><see cref="SetI"/> (set I) replaces H as the held-out set once H's figures have been seen. I
/// draws threat shapes none of A to H or R draws (a retractable trapezoid-blade utility knife, a
/// wooden-handled folding knife with a locking collar, a knife disguised as a lipstick, a belt-buckle
/// knife, a 9 mm service pistol with an open-top slide and an alloy frame, a take-down .22 rifle
/// stowed in its own stock, a two-shot pistol shaped like a phone, a blank-firing zinc revolver
/// converted to fire, a clamshell foldable smartphone, a keyboard smartphone, a thumb phone in a
/// diversion-safe aerosol, phones buried in a tub of protein powder, rounds in a tobacco tin, SIMs
/// hidden inside a mains USB charger, a syringe inside a marker pen, disposable vapes, aviation tin
/// snips, a lock-pick set, a large PET bottle of cider, cannabis resin in kitchen foil, drugs packed
/// into hollowed-out batteries) and adds clutter kinds none of them draws (a bicycle D-lock, a ring
/// binder of papers, a puzzle cube, an empty hot-water bottle, a retractable dog lead, a cycle helmet,
/// a magnifying glass, a wooden toy train) to all of A's to H's, with C's to H's noise and scale
/// ranges. Written from what the real things are made of and measure, by someone who had not read
/// the analyser or any X-ray figures. Seeds 1700000–1899999 (<see cref="SetISeeds"/>).</item>
/// <item><see cref="SetJ"/> (set J) replaces I as the held-out set once I's figures have been seen and I
/// is tuned on. J draws threat shapes none of A to I or R draws, two thirds of them the ordinary forms an
/// officer meets every week in sizes and builds no set drew (a paring knife, a santoku, a drop-point
/// hunting knife in its sheath, a lockback folding hunter with brass bolsters, a top-break service
/// revolver, a steel blowback pistol, a percussion cap-and-ball revolver, a compact smartphone, a
/// flagship phone with a magnetic wallet or ring grip on its back, an older phone with a removable
/// battery, a loaded aluminium rifle magazine, a 50 ml syringe, a magnetic wireless power bank, a pipe
/// wrench, whisky in its gift tube, pre-rolled joints) and a third concealed or improvised (a glass shard
/// taped into a grip, a workshop-made submachine gun, a pistol in a cereal box, a phone in a crisp tube, a
/// thumb phone inside an electric toothbrush, SIMs in a TV remote, drugs pushed into a nappy), and adds
/// clutter kinds none of them draws (nail clippers, office clips, a ceramic mug, a bottle of perfume, a
/// clipboard, baby wipes, building bricks, a first-aid kit) to all of A's to I's, with C's to I's noise
/// and scale ranges. Written from what the real things are made of and measure, by someone who had not
/// read the analyser or any X-ray figures. Seeds 1900000–2099999 (<see cref="SetJSeeds"/>); held out until
/// its run and tuned on since, as I.</item>
/// <item><see cref="SetK"/> (set K) replaces J as the held-out set once J's figures have been seen and J is
/// tuned on. K draws threat shapes none of A to J or R draws. About two thirds are everyday forms in builds
/// no set drew: a bush machete, a titanium frame-lock flipper, an Italian lever-lock stiletto, a
/// micro-compact striker pistol with a red-dot sight, a stainless .357 with its cylinder shut or swung out,
/// a Luger-pattern toggle-lock pistol, a budget plastic-backed Android phone, an 8-inch tablet that makes
/// calls over its SIM, a big-button phone with its cradle, .45 ACP and 9 mm rounds on revolver moon clips,
/// retractable safety syringes, a camera-drone flight battery, a junior hacksaw, a swing-top bottle of
/// home-made spirit and cannabis edibles. The other third is hidden or improvised: a knife inside a comb,
/// one blade of a broken pair of scissors made into a shiv, a pistol stripped into its parts among the
/// toiletries of a washbag, a snub revolver under the biscuits in a biscuit tin, a phone in a glasses case,
/// a phone in the padding of a folded bra, SIMs inside lip balm and drug wraps pushed into a bottle of
/// shampoo. It adds clutter kinds none of them draws, several of them dense with metal (a steel vacuum
/// flask, a tin of biscuits, a film camera, binoculars, knitting needles, a mini bicycle pump with CO2
/// cartridges, jars of baby food, a wind-up music box) to all of A's to J's, with C's to J's noise and
/// scale ranges. Written from what the real things are made of and measure, by someone who had read neither
/// the analyser nor any X-ray figures. Seeds 2100000–2299999 (<see cref="SetKSeeds"/>); held out until its run
/// and tuned on since, as J.</item>
/// <item><see cref="SetL"/> (set L) replaces K as the held-out set once K's figures have been seen and K is
/// tuned on. L draws 23 threat shapes none of A to K or R draws: five knives, five firearms, five phones, two
/// drug forms and one each of the other six items. About two thirds are what an officer finds in ordinary bags,
/// in builds and materials no set drew (a campsite fixed blade in its sheath, an automatic knife, a garden knife,
/// a cook's knife roll; a steel single-stack pistol, a loading-gate revolver, a zinc blank-firer converted to
/// fire bullets; phones with a metal back, a stylus or twin batteries; rounds on speed strips, a SIM storage case,
/// prefilled syringes, USB-rechargeable lithium AA cells, a folding saw, paper soaked in synthetic cannabinoid);
/// the other third is hidden in something innocent or improvised (a knife dressed as a key, a flare pistol
/// sleeved for shotgun cartridges, a pistol in a hollowed book, phones in a jar of peanut butter and in a games
/// controller, spirit in a mouthwash bottle, drugs in chocolate eggs). It adds eight clutter kinds none of them
/// draws, several metal-heavy or shaped like a phone, a knife or a cell (a manicure set, a smoker's pouch and
/// lighter, a pocket radio, steel-toed boots, a box of chocolates, a passport, a sewing kit, inhalers) to all of
/// A's to K's, with C's to K's noise and scale ranges. Written from what the real things measure and are made of,
/// by someone who read neither the analyser nor any X-ray figures. Seeds 2300000–2499999 (<see cref="SetLSeeds"/>); held out
/// until set M replaced it.</item>
/// <item><see cref="SetM"/> (set M) replaces L as the held-out set. M draws 23 threat shapes none of A to L or R draws: five
/// knives, five firearms, five phones, two drug forms and one each of the other six items. About two thirds are what an officer
/// finds in ordinary bags, in builds and materials no set drew (a fishmonger's oyster knife, a skeletonised neck knife in its
/// Kydex sheath, a Swiss Army-style pocket knife, a mezzaluna; a snub revolver with an aluminium frame and a polymer housing, a
/// gas-operated magnum pistol, a carbine folded in half; a phone with a stainless band, a satellite phone, a phone in the clamp of
/// a selfie stick; shotgun cartridges in a cartridge belt, a reusable veterinary syringe, an e-bike battery, a corded rotary tool
/// with its cut-off wheels, a herb grinder with cannabis); the other third is hidden in something innocent or improvised (a
/// knife baked into a cake, a pistol in a laptop, a single-shot gun built into a torch, phones in a deodorant stick and in the cups
/// of a pair of headphones, SIMs among the capsules of a blister pack, spirit in a flask made to look like binoculars, drugs
/// in a candle). It adds eight clutter kinds none of them draws (crayons, a wrapped sandwich, fruit, nail varnish with its steel
/// mixing balls, a toy xylophone, a swimming kit, a denture in its case, a jar of instant coffee) to all of A's to L's, with C's
/// to L's noise and scale ranges. Written from what the real things measure and are made of, by someone who read neither the
/// analyser nor any X-ray figures. Seeds 2500000–2699999 (<see cref="SetMSeeds"/>); the held-out set until its run.</item>
/// <item><see cref="SetN"/> (set N) is written to replace M as the held-out set after M's run. N draws 23 threat shapes none of A
/// to M or R draws: five knives, five firearms, five phones, two drug forms and one each of the other six items. About two thirds
/// are what an officer finds in ordinary bags, in builds and materials no set drew; the other third is hidden in something
/// innocent, taken apart or made at home. It adds eight clutter kinds none of them draws, each lawful to carry (on no list of the
/// gate catalogue), to all of A's to M's, with C's to M's noise and scale ranges. Written from what the real things measure and are
/// made of, by someone who read neither the analyser nor any X-ray figures; its list is left out of this comment so that whoever
/// tunes the analyser need not read it. Seeds 2700000–2899999 (<see cref="SetNSeeds"/>); the held-out set until set O replaced
/// it.</item>
/// <item><see cref="SetO"/> (set O) is written to replace N as the held-out set after N's run. O draws 23 threat shapes none of A
/// to N or R draws: five knives, five firearms, five phones, two drug forms and one each of the other six items. About two thirds
/// are the ordinary forms a visitor or a member of staff carries, in models, sizes and materials no set drew; the other third is
/// hidden in something innocent or made at home. It adds eight clutter kinds none of them draws, each lawful to carry (on no list
/// of the gate catalogue), to all of A's to N's, with C's to N's noise and scale ranges. Written from what the real things measure
/// and are made of, by someone who read neither the analyser nor any X-ray figures; its list is left out of this comment so that
/// whoever tunes the analyser need not read it. Seeds 2900000–3099999 (<see cref="SetOSeeds"/>); the held-out set until set P
/// replaced it.</item>
/// <item><see cref="SetP"/> (set P) is written to replace O as the held-out set after O's run. P draws 23 threat shapes none of A
/// to O or R draws: five knives, five firearms, five phones, two drug forms and one each of the other six items. About two thirds
/// are the ordinary forms a visitor or a member of staff carries, in models, sizes and materials no set drew; the other third is
/// hidden in something innocent or made at home. It adds eight clutter kinds none of them draws, each lawful to carry (on no list
/// of the gate catalogue), to all of A's to O's, with C's to O's noise and scale ranges. Written from what the real things measure
/// and are made of, by someone who read neither the analyser nor any X-ray figures; its list is left out of this comment so that
/// whoever tunes the analyser need not read it. Seeds 3100000–3299999 (<see cref="SetPSeeds"/>); the held-out set until set Q
/// replaced it.</item>
/// <item><see cref="SetQ"/> (set Q) is written to replace P as the held-out set after P's run. Q draws 23 threat shapes none of A
/// to P or R draws: five knives, five firearms, five phones, two drug forms and one each of the other six items. About two thirds
/// are the ordinary forms a prison gate meets (kitchen and pocket knives, common service handguns, ordinary handsets), in models,
/// sizes and materials no set drew; the other third is hidden in something innocent or made at home. It adds eight clutter kinds
/// none of them draws, each lawful to carry into a visit (on no list of the gate catalogue), to all of A's to P's, with C's to P's
/// noise and scale ranges. Written from what the real things measure and are made of, by someone who read neither the analyser
/// nor any X-ray figures; its list is left out of this comment so that whoever tunes the analyser need not read it. Seeds
/// 3300000–3499999 (<see cref="SetQSeeds"/>); the held-out set until set S replaced it.</item>
/// <item><see cref="SetS"/> (set S) is written to replace Q as the held-out set, to be run once. S draws 23 threat shapes none of A
/// to Q or R draws: five knives, five firearms, five phones, two drug forms and one each of the other six items. About two thirds
/// are the ordinary forms a prison gate meets most often, in models, sizes and materials no set drew; the other third is hidden in
/// something innocent or made at home. It adds eight clutter kinds none of them draws, each lawful to carry into a visit (on no
/// list of the gate catalogue), several of them metal or dense, to all of A's to Q's, with C's to Q's noise and scale ranges.
/// Written from what the real things measure and are made of, by someone who read neither the analyser nor any X-ray figures;
/// its list is left out of this comment so that whoever tunes the analyser need not read it. Seeds 3500000–3699999
/// (<see cref="SetSSeeds"/>); set T's seeds begin after them.</item>
/// <item><see cref="SetT"/> (set T) is written to follow S as the held-out set, to be run once. T draws 23 threat shapes none of A
/// to S or R draws: five knives, five firearms, five phones, two drug forms and one each of the other six items. About two thirds
/// are the ordinary forms a prison gate meets, in models, sizes and materials no set drew; the other third is hidden in something
/// innocent or made at home. It adds eight clutter kinds none of them draws, each lawful to carry into a visit (on no list of the
/// gate catalogue), to all of A's to S's, with C's to S's noise and scale ranges. Written from what the real things measure and
/// are made of, by someone who read neither the analyser nor any X-ray figures; its list is left out of this comment so that
/// whoever tunes the analyser need not read it. Seeds 3700000–3899999 (<see cref="SetTSeeds"/>); set U's seeds begin after
/// them.</item>
/// <item><see cref="SetU"/> (set U) is written to follow T as the held-out set, to be run once. U draws 23 threat shapes none of A
/// to T or R draws: five knives, five firearms, five phones, two drug forms and one each of the other six items. About two thirds
/// are the ordinary forms a prison gate meets, in models, sizes and materials no set drew; the other third is hidden in something
/// innocent or made at home. It adds eight clutter kinds none of them draws, each lawful to carry into a visit (on no list of the
/// gate catalogue), to all of A's to T's, with C's to T's noise and scale ranges. Written from what the real things measure and
/// are made of, by someone who read neither the analyser nor any X-ray figures; its list is left out of this comment so that
/// whoever tunes the analyser need not read it. Seeds 3900000–4099999 (<see cref="SetUSeeds"/>); set V's seeds begin after
/// them.</item>
/// <item><see cref="SetV"/> (set V) was written to follow U as the held-out set, and run once (on c3c4f3a). V draws 23 threat shapes none of A
/// to U or R draws: five knives, five firearms, five phones, two drug forms and one each of the other six items. About two thirds
/// are the ordinary forms a prison gate meets, in models, sizes and materials no set drew; the other third is hidden in something
/// innocent or made at home. It adds eight clutter kinds none of them draws, each lawful to carry into a visit (on no list of the
/// gate catalogue), to all of A's to U's, with C's to U's noise and scale ranges. Written from what the real things measure and
/// are made of, by someone who read neither the analyser nor any X-ray figures; its list is left out of this comment so that
/// whoever tunes the analyser need not read it. Seeds 4100000–4299999 (<see cref="SetVSeeds"/>); set W's seeds begin after
/// them.</item>
/// <item><see cref="SetW"/> (set W) is written to follow V as the held-out set, to be run once. W draws 23 threat shapes none of A
/// to V or R draws: five knives, five firearms, five phones, two drug forms and one each of the other six items. About two thirds
/// are the ordinary forms a prison gate meets, in models, sizes and materials no set drew; the other third is hidden in something
/// innocent or made at home. It adds eight clutter kinds none of them draws, each lawful to carry into a visit (on no list of the
/// gate catalogue), some of them heavy metal, to all of A's to V's, with C's to V's noise and scale ranges. Written from what the
/// real things measure and are made of, by someone who read neither the analyser nor any X-ray figures; its list is left out of
/// this comment so that whoever tunes the analyser need not read it. Seeds 4300000–4499999 (<see cref="SetWSeeds"/>); set X's seeds begin
/// after them.</item>
/// <item><see cref="SetX"/> (set X) is written to follow W as the held-out set, to be run once. X draws 23 threat shapes none of A
/// to W or R draws: five knives, five firearms, five phones, two drug forms and one each of the other six items. About two thirds
/// are the ordinary forms a prison gate meets, in models, sizes and materials no set drew; the other third is hidden in something
/// innocent or made at home. It adds eight clutter kinds none of them draws, each lawful to carry into a visit (on no list of the
/// gate catalogue), six of them heavy metal or electrical, to all of A's to W's, with C's to W's noise and scale ranges. Written
/// from what the real things measure and are made of, by someone who read neither the analyser nor any X-ray figures; its list is
/// left out of this comment so that whoever tunes the analyser need not read it. Seeds 4500000–4699999 (<see cref="SetXSeeds"/>); set Y's
/// seeds begin after them.</item>
/// <item><see cref="SetY"/> (set Y) is written to follow X as the held-out set, to be run once. Y draws 23 threat shapes none of A
/// to X or R draws: five knives, five firearms, five phones, two drug forms and one each of the other six items. About two thirds
/// are the ordinary forms a prison gate meets, in kinds, models, sizes and materials no set drew; the other third is hidden in or
/// packed with something innocent, or made at home. It adds eight clutter kinds none of them draws, each lawful to carry into a
/// visit (on no list of the gate catalogue), five of them metal or electrical, to all of A's to X's, with C's to X's noise and
/// scale ranges. Written from what the real things measure and are made of, by someone who read neither the analyser nor any
/// X-ray figures; its list is left out of this comment so that whoever tunes the analyser need not read it. Seeds 4700000–4899999
/// (<see cref="SetYSeeds"/>); set Z's seeds begin after them.</item>
/// <item><see cref="SetZ"/> (set Z) is written to follow Y as the held-out set, to be run once. Z draws 23 threat shapes none of A
/// to Y or R draws: five knives, five firearms, five phones, two drug forms and one each of the other six items. About two thirds
/// are the ordinary forms a prison gate meets, in kinds, models, sizes and materials no set drew; the other third is hidden in or
/// packed with something innocent, built into something, or made at home. It adds eight clutter kinds none of them draws, each
/// lawful to carry into a visit (on no list of the gate catalogue), six of them metal or electrical, to all of A's to Y's, with C's
/// to Y's noise and scale ranges. Written from what the real things measure and are made of, by someone who read neither the
/// analyser nor any X-ray figures; its list is left out of this comment so that whoever tunes the analyser need not read it. Seeds
/// 4900000–5099999 (<see cref="SetZSeeds"/>); set 1's seeds begin after them.</item>
/// <item><see cref="Set1"/> (set 1, the letters being used up) is written to follow Z as the held-out set, to be run once. 1 draws 23
/// threat shapes none of A to Z or R draws: five knives, five firearms, five phones, two drug forms and one each of the other six items.
/// About two thirds are the ordinary forms a prison gate meets, in kinds, models, sizes and materials no set drew; the other third is
/// hidden in or packed with something innocent, built into something, or made at home. It adds eight clutter kinds none of them draws,
/// each lawful to carry into a visit (on no list of the gate catalogue), six of them metal or electrical, to all of A's to Z's, with
/// C's to Z's noise and scale ranges. Written from what the real things measure and are made of, by someone who read neither the
/// analyser nor any X-ray figures; its list is left out of this comment so that whoever tunes the analyser need not read it. Seeds
/// 5100000–5299999 (<see cref="Set1Seeds"/>); set 2's seeds begin after them.</item>
/// <item><see cref="Set2"/> (set 2) is written to follow 1 as the held-out set, to be run once. 2 draws 23 threat shapes none of A to Z,
/// R or 1 draws: five knives, five firearms, five phones, two drug forms and one each of the other six items. About two thirds are the
/// ordinary forms a prison gate meets, in kinds, models, sizes and materials no set drew; the other third is hidden in or packed with
/// something innocent, built into something, or made in a cell. It adds eight clutter kinds none of them draws, each lawful to carry
/// into a visit (on no list of the gate catalogue), six of them metal or electrical, to all of A's to Z's and 1's, with C's to 1's noise
/// and scale ranges. Written from what the real things measure and are made of, by someone who read neither the analyser nor any
/// X-ray figures; its list is left out of this comment so that whoever tunes the analyser need not read it. Seeds 5300000–5499999
/// (<see cref="Set2Seeds"/>); set 3's seeds begin after them.</item>
/// <item><see cref="Set3"/> (set 3) is written to follow 2 as the held-out set, to be run once. 3 draws 23 threat shapes none of A to Z,
/// R, 1 or 2 draws: five knives, five firearms, five phones, two drug forms and one each of the other six items. About two thirds are the
/// ordinary forms a prison gate meets, in kinds, models, sizes and materials no set drew; the other third is hidden in or packed with
/// something innocent, built into something, or made in a cell. It adds eight clutter kinds none of them draws, each lawful to carry into
/// a visit (on no list of the gate catalogue), seven of them metal or electrical, to all of A's to Z's, 1's and 2's, with C's to 2's noise
/// and scale ranges. Written from what the real things measure and are made of, by someone who read neither the analyser nor any X-ray
/// figures; its list is left out of this comment so that whoever tunes the analyser need not read it. Seeds 5500000 and up
/// (<see cref="Set3Seeds"/>).</item>
/// </list>
/// </summary>
public sealed record SyntheticVariants(
    string Name,
    IReadOnlyList<ClutterKind> Clutter,
    IReadOnlyList<ThreatShape> Shapes,
    double NoiseMin,
    double NoiseMax,
    double ScaleMin,
    double ScaleMax)
{
    /// <summary>Seeds reserved for tuning (set A).</summary>
    public const int TuningSeedFirst = 1000;

    public const int TuningSeedLast = 1999;

    /// <summary>First seed of the evaluation set (set B); evaluation seeds count up from here.</summary>
    public const int EvaluationSeedFirst = 9000;

    /// <summary>Last seed of the evaluation set: the held-out seeds begin after it.</summary>
    public const int EvaluationSeedLast = HeldOutSeedFirst - 1;

    /// <summary>First seed of the held-out set (set C); held-out seeds count up from here.</summary>
    public const int HeldOutSeedFirst = 500000;

    /// <summary>Last seed of the held-out set: the fresh held-out seeds begin after it.</summary>
    public const int HeldOutSeedLast = FreshSeedFirst - 1;

    /// <summary>First seed of the fresh held-out set (set D); its seeds count up from here.</summary>
    public const int FreshSeedFirst = 700000;

    /// <summary>Last seed of the fresh held-out set: set E's seeds begin after it.</summary>
    public const int FreshSeedLast = SetESeedFirst - 1;

    /// <summary>First seed of set E; its seeds count up from here.</summary>
    public const int SetESeedFirst = 900000;

    /// <summary>Last seed of set E: set F's seeds begin after it.</summary>
    public const int SetESeedLast = SetFSeedFirst - 1;

    /// <summary>First seed of set F; its seeds count up from here.</summary>
    public const int SetFSeedFirst = 1100000;

    /// <summary>Last seed of set F: set G's seeds begin after it.</summary>
    public const int SetFSeedLast = SetGSeedFirst - 1;

    /// <summary>First seed of set G; its seeds count up from here.</summary>
    public const int SetGSeedFirst = 1300000;

    /// <summary>Last seed of set G: set H's seeds begin after it.</summary>
    public const int SetGSeedLast = SetHSeedFirst - 1;

    /// <summary>First seed of set H; its seeds count up from here.</summary>
    public const int SetHSeedFirst = 1500000;

    /// <summary>Last seed of set H: set I's seeds begin after it.</summary>
    public const int SetHSeedLast = SetISeedFirst - 1;

    /// <summary>First seed of set I; its seeds count up from here.</summary>
    public const int SetISeedFirst = 1700000;

    /// <summary>Last seed of set I: set J's seeds begin after it.</summary>
    public const int SetISeedLast = SetJSeedFirst - 1;

    /// <summary>First seed of set J; its seeds count up from here.</summary>
    public const int SetJSeedFirst = 1900000;

    /// <summary>Last seed of set J: set K's seeds begin after it.</summary>
    public const int SetJSeedLast = SetKSeedFirst - 1;

    /// <summary>First seed of set K; its seeds count up from here.</summary>
    public const int SetKSeedFirst = 2100000;

    /// <summary>Last seed of set K: set L's seeds begin after it.</summary>
    public const int SetKSeedLast = SetLSeedFirst - 1;

    /// <summary>First seed of set L; its seeds count up from here.</summary>
    public const int SetLSeedFirst = 2300000;

    /// <summary>Last seed of set L: set M's seeds begin after it.</summary>
    public const int SetLSeedLast = SetMSeedFirst - 1;

    /// <summary>First seed of set M; its seeds count up from here.</summary>
    public const int SetMSeedFirst = 2500000;

    /// <summary>Last seed of set M: set N's seeds begin after it.</summary>
    public const int SetMSeedLast = SetNSeedFirst - 1;

    /// <summary>First seed of set N; its seeds count up from here.</summary>
    public const int SetNSeedFirst = 2700000;

    /// <summary>Last seed of set N: set O's seeds begin after it.</summary>
    public const int SetNSeedLast = SetOSeedFirst - 1;

    /// <summary>First seed of set O; its seeds count up from here.</summary>
    public const int SetOSeedFirst = 2900000;

    /// <summary>Last seed of set O: set P's seeds begin after it.</summary>
    public const int SetOSeedLast = SetPSeedFirst - 1;

    /// <summary>First seed of set P; its seeds count up from here.</summary>
    public const int SetPSeedFirst = 3100000;

    /// <summary>Last seed of set P: set Q's seeds begin after it.</summary>
    public const int SetPSeedLast = SetQSeedFirst - 1;

    /// <summary>First seed of set Q; its seeds count up from here.</summary>
    public const int SetQSeedFirst = 3300000;

    /// <summary>Last seed of set Q: set S's seeds begin after it.</summary>
    public const int SetQSeedLast = SetSSeedFirst - 1;

    /// <summary>First seed of set S; its seeds count up from here.</summary>
    public const int SetSSeedFirst = 3500000;

    /// <summary>Last seed of set S: set T's seeds begin after it.</summary>
    public const int SetSSeedLast = SetTSeedFirst - 1;

    /// <summary>First seed of set T; its seeds count up from here.</summary>
    public const int SetTSeedFirst = 3700000;

    /// <summary>Last seed of set T: set U's seeds begin after it.</summary>
    public const int SetTSeedLast = SetUSeedFirst - 1;

    /// <summary>First seed of set U; its seeds count up from here.</summary>
    public const int SetUSeedFirst = 3900000;

    /// <summary>Last seed of set U: set V's seeds begin after it.</summary>
    public const int SetUSeedLast = SetVSeedFirst - 1;

    /// <summary>First seed of set V; its seeds count up from here.</summary>
    public const int SetVSeedFirst = 4100000;

    /// <summary>Last seed of set V: set W's seeds begin after it.</summary>
    public const int SetVSeedLast = SetWSeedFirst - 1;

    /// <summary>First seed of set W; its seeds count up from here.</summary>
    public const int SetWSeedFirst = 4300000;

    /// <summary>Last seed of set W: set X's seeds begin after it.</summary>
    public const int SetWSeedLast = SetXSeedFirst - 1;

    /// <summary>First seed of set X; its seeds count up from here.</summary>
    public const int SetXSeedFirst = 4500000;

    /// <summary>Last seed of set X: set Y's seeds begin after it.</summary>
    public const int SetXSeedLast = SetYSeedFirst - 1;

    /// <summary>First seed of set Y; its seeds count up from here.</summary>
    public const int SetYSeedFirst = 4700000;

    /// <summary>Last seed of set Y: set Z's seeds begin after it.</summary>
    public const int SetYSeedLast = SetZSeedFirst - 1;

    /// <summary>First seed of set Z; its seeds count up from here.</summary>
    public const int SetZSeedFirst = 4900000;

    /// <summary>Last seed of set Z: set 1's seeds begin after it.</summary>
    public const int SetZSeedLast = Set1SeedFirst - 1;

    /// <summary>First seed of set 1; its seeds count up from here.</summary>
    public const int Set1SeedFirst = 5100000;

    /// <summary>Last seed of set 1: set 2's seeds begin after it.</summary>
    public const int Set1SeedLast = Set2SeedFirst - 1;

    /// <summary>First seed of set 2; its seeds count up from here.</summary>
    public const int Set2SeedFirst = 5300000;

    /// <summary>Last seed of set 2: set 3's seeds begin after it.</summary>
    public const int Set2SeedLast = Set3SeedFirst - 1;

    /// <summary>First seed of set 3; its seeds count up from here.</summary>
    public const int Set3SeedFirst = 5500000;

    public static SyntheticVariants Tuning { get; } = new(
        "A",
        [
            ClutterKind.Clothes, ClutterKind.Cable, ClutterKind.Charger, ClutterKind.Coins, ClutterKind.Keys,
            ClutterKind.PlasticBottle, ClutterKind.Toiletries, ClutterKind.Book, ClutterKind.Shoes, ClutterKind.Pen,
        ],
        [
            ThreatShape.KitchenKnife, ThreatShape.Dagger, ThreatShape.Pistol, ThreatShape.Smartphone,
            ThreatShape.PistolRounds, ThreatShape.SimCard, ThreatShape.Syringe, ThreatShape.Cell18650,
            ThreatShape.Screwdriver, ThreatShape.Spanner, ThreatShape.WineBottle, ThreatShape.DrugBrick,
        ],
        NoiseMin: 0.015,
        NoiseMax: 0.03,
        ScaleMin: 0.9,
        ScaleMax: 1.1);

    public static SyntheticVariants Evaluation { get; } = new(
        "B",
        [
            ClutterKind.Clothes, ClutterKind.Cable, ClutterKind.Charger, ClutterKind.Coins, ClutterKind.Keys,
            ClutterKind.PlasticBottle, ClutterKind.Toiletries, ClutterKind.Book, ClutterKind.Shoes, ClutterKind.Pen,
            ClutterKind.Belt, ClutterKind.Headphones, ClutterKind.LaptopCharger, ClutterKind.TinCan,
            ClutterKind.Cutlery, ClutterKind.Watch,
        ],
        [
            ThreatShape.FoldingKnife, ThreatShape.CurvedKnife, ThreatShape.Revolver, ThreatShape.CompactPistol,
            ThreatShape.FeaturePhone, ThreatShape.LargeSmartphone, ThreatShape.RifleRounds, ThreatShape.SimInCarrier,
            ThreatShape.InsulinSyringe, ThreatShape.PowerBank, ThreatShape.PouchCell, ThreatShape.Pliers,
            ThreatShape.Hammer, ThreatShape.SpiritsBottle, ThreatShape.Miniature, ThreatShape.DrugWraps,
            ThreatShape.DrugPouch,
        ],
        NoiseMin: 0.02,
        NoiseMax: 0.045,
        ScaleMin: 0.85,
        ScaleMax: 1.15);

    public static SyntheticVariants HeldOut { get; } = HeldOutLike(
        "C",
        [
            ClutterKind.Clothes, ClutterKind.Cable, ClutterKind.Charger, ClutterKind.Coins, ClutterKind.Keys,
            ClutterKind.PlasticBottle, ClutterKind.Toiletries, ClutterKind.Book, ClutterKind.Shoes, ClutterKind.Pen,
            ClutterKind.Belt, ClutterKind.Headphones, ClutterKind.LaptopCharger, ClutterKind.TinCan,
            ClutterKind.Cutlery, ClutterKind.Watch,
            ClutterKind.Spectacles, ClutterKind.GlassesCase, ClutterKind.Hairdryer, ClutterKind.Padlock,
            ClutterKind.CardWallet, ClutterKind.AlkalineBatteries, ClutterKind.Torch, ClutterKind.Lanyard,
            ClutterKind.Compact, ClutterKind.Hairbrush,
        ],
        [
            ThreatShape.ChefKnife, ThreatShape.UtilityKnife, ThreatShape.ButterflyKnife,
            ThreatShape.PolymerPistol, ThreatShape.PocketPistol, ThreatShape.Derringer,
            ThreatShape.FlipPhone, ThreatShape.SlimPhone, ThreatShape.RuggedPhone, ThreatShape.MiniPhone,
            ThreatShape.ShotgunShells, ThreatShape.RimfireRounds, ThreatShape.MicroSim, ThreatShape.NanoSim,
            ThreatShape.Syringe10Ml, ThreatShape.TuberculinSyringe, ThreatShape.Cell21700, ThreatShape.PhoneBatteryPack,
            ThreatShape.AdjustableWrench, ThreatShape.Chisel, ThreatShape.HipFlask, ThreatShape.SpiritsCan,
            ThreatShape.FlaskBottle, ThreatShape.ClingFilmBundles, ThreatShape.PillStrips, ThreatShape.TabletBag,
        ]);

    public static SyntheticVariants Fresh { get; } = HeldOutLike(
        "D",
        [
            ClutterKind.Clothes, ClutterKind.Cable, ClutterKind.Charger, ClutterKind.Coins, ClutterKind.Keys,
            ClutterKind.PlasticBottle, ClutterKind.Toiletries, ClutterKind.Book, ClutterKind.Shoes, ClutterKind.Pen,
            ClutterKind.Belt, ClutterKind.Headphones, ClutterKind.LaptopCharger, ClutterKind.TinCan,
            ClutterKind.Cutlery, ClutterKind.Watch,
            ClutterKind.Spectacles, ClutterKind.GlassesCase, ClutterKind.Hairdryer, ClutterKind.Padlock,
            ClutterKind.CardWallet, ClutterKind.AlkalineBatteries, ClutterKind.Torch, ClutterKind.Lanyard,
            ClutterKind.Compact, ClutterKind.Hairbrush,
            ClutterKind.Scarf, ClutterKind.SunHat, ClutterKind.Rosary, ClutterKind.HearingAidCase,
            ClutterKind.WaterBottle, ClutterKind.Lunchbox, ClutterKind.Comb, ClutterKind.HairGrips,
        ],
        [
            ThreatShape.BreadKnife, ThreatShape.BoningKnife, ThreatShape.PushDagger, ThreatShape.MultiTool, ThreatShape.Shank,
            ThreatShape.LongRevolver, ThreatShape.PrintedPistol, ThreatShape.MachinePistol,
            ThreatShape.CasedPhone, ThreatShape.PhoneShell, ThreatShape.FoldablePhone,
            ThreatShape.BoxedRounds, ThreatShape.Loose38Rounds, ThreatShape.SimInAdapter, ThreatShape.SimOnTray,
            ThreatShape.Syringe3Ml, ThreatShape.BlisterSyringe,
            ThreatShape.VapeBattery, ThreatShape.CameraBattery, ThreatShape.LaptopBatteryPack,
            ThreatShape.HacksawBlade, ThreatShape.AllenKeys, ThreatShape.FlatFile,
            ThreatShape.WineBoxBag, ThreatShape.PlasticSpiritsBottle,
            ThreatShape.VacuumBlock, ThreatShape.BalloonPowder, ThreatShape.PaperWraps,
        ]);

    public static SyntheticVariants SetE { get; } = HeldOutLike(
        "E",
        // D's clutter in D's order, then E's own.
        [
            .. Fresh.Clutter,
            ClutterKind.Gloves, ClutterKind.Bangle, ClutterKind.Necklace, ClutterKind.ClawClip,
            ClutterKind.Dummy, ClutterKind.Nappy, ClutterKind.ToyCar, ClutterKind.FlipFlops,
        ],
        [
            ThreatShape.Cleaver, ThreatShape.CeramicKnife,
            ThreatShape.SnubRevolver, ThreatShape.SawnOffShotgun,
            ThreatShape.PhoneParts, ThreatShape.SliderPhone,
            ThreatShape.StripperClip, ThreatShape.LoadedMagazine,
            ThreatShape.SimStack, ThreatShape.SimInBag,
            ThreatShape.Syringe20Ml, ThreatShape.InsulinPen,
            ThreatShape.CoinCells, ThreatShape.DrillBattery,
            ThreatShape.PryBar, ThreatShape.DrillBits,
            ThreatShape.ChampagneBottle, ThreatShape.SpiritPouches,
            ThreatShape.DrugCapsules, ThreatShape.PillBottle,
        ]);

    public static SyntheticVariants SetF { get; } = HeldOutLike(
        "F",
        // E's clutter in E's order, then F's own.
        [
            .. SetE.Clutter,
            ClutterKind.Harmonica, ClutterKind.CoinPurse, ClutterKind.RingBox, ClutterKind.FidgetSpinner,
            ClutterKind.SoftToy, ClutterKind.TinWhistle, ClutterKind.HairStraightener, ClutterKind.PhotoFrame,
        ],
        [
            ThreatShape.Karambit, ThreatShape.FilletKnife, ThreatShape.CraftScalpel,
            ThreatShape.BreakActionPistol, ThreatShape.TargetPistol, ThreatShape.StrippedPistol,
            ThreatShape.PhoneInBook, ThreatShape.WalletCasePhone, ThreatShape.WatchPhone,
            ThreatShape.Speedloader,
            ThreatShape.SimInCard,
            ThreatShape.AutoInjector,
            ThreatShape.LiPoPack,
            ThreatShape.RatchetSockets,
            ThreatShape.BeerBottles,
            ThreatShape.HerbalBag,
        ]);

    public static SyntheticVariants SetG { get; } = HeldOutLike(
        "G",
        // F's clutter in F's order, then G's own.
        [
            .. SetF.Clutter,
            ClutterKind.Umbrella, ClutterKind.Calculator, ClutterKind.Stapler, ClutterKind.PlayingCards,
            ClutterKind.MintTin, ClutterKind.SpiralNotebook, ClutterKind.PencilTin, ClutterKind.CoatHanger,
        ],
        [
            ThreatShape.Bayonet, ThreatShape.CutThroatRazor, ThreatShape.SteakKnife,
            ThreatShape.HolsteredPistol, ThreatShape.CutDownLeverAction, ThreatShape.PipeGun,
            ThreatShape.BatteryCasePhone, ThreatShape.KeyFobPhone, ThreatShape.PhoneInShoe,
            ThreatShape.LinkedRounds,
            ThreatShape.SimInCigarettes,
            ThreatShape.DentalSyringe,
            ThreatShape.JumpStarter,
            ThreatShape.BoltCutters,
            ThreatShape.WineCarton,
            ThreatShape.FilmSachets,
        ]);

    public static SyntheticVariants SetH { get; } = HeldOutLike(
        "H",
        // G's clutter in G's order, then H's own.
        [
            .. SetG.Clutter,
            ClutterKind.HandFan, ClutterKind.Stethoscope, ClutterKind.WalkingStick, ClutterKind.KneeBrace,
            ClutterKind.HandWarmers, ClutterKind.BabyBottle, ClutterKind.MakeUpBag, ClutterKind.TravelChess,
        ],
        [
            ThreatShape.CardKnife, ThreatShape.ToothbrushShiv, ThreatShape.ThrowingKnives, ThreatShape.PenKnife,
            ThreatShape.PenGun, ThreatShape.MiniRevolver, ThreatShape.AirPistol,
            ThreatShape.CardPhone, ThreatShape.PhoneInTin, ThreatShape.WrappedPhoneBundle, ThreatShape.PhoneInSoftToy,
            ThreatShape.SteelCaseRounds,
            ThreatShape.SimInSoap,
            ThreatShape.GlassSyringe,
            ThreatShape.LithiumPrimaryCells,
            ThreatShape.LockingPliers, ThreatShape.TapeMeasure,
            ThreatShape.BeerCans,
            ThreatShape.DrugsInTennisBall,
        ]);

    public static SyntheticVariants SetI { get; } = HeldOutLike(
        "I",
        // H's clutter in H's order, then I's own.
        [
            .. SetH.Clutter,
            ClutterKind.BikeLock, ClutterKind.RingBinder, ClutterKind.PuzzleCube, ClutterKind.HotWaterBottle,
            ClutterKind.DogLead, ClutterKind.CycleHelmet, ClutterKind.MagnifyingGlass, ClutterKind.WoodenTrain,
        ],
        [
            ThreatShape.RetractableKnife, ThreatShape.WoodHandleFolder, ThreatShape.LipstickKnife, ThreatShape.BeltBuckleKnife,
            ThreatShape.OpenSlidePistol, ThreatShape.TakedownRifle, ThreatShape.PhoneShapedPistol, ThreatShape.ConvertedBlankRevolver,
            ThreatShape.ClamshellFoldable, ThreatShape.QwertyPhone, ThreatShape.PhoneInAerosol, ThreatShape.PhoneInPowderTub,
            ThreatShape.RoundsInTobaccoTin,
            ThreatShape.SimInCharger,
            ThreatShape.SyringeInMarker,
            ThreatShape.DisposableVape,
            ThreatShape.TinSnips, ThreatShape.LockPicks,
            ThreatShape.CiderBottle,
            ThreatShape.ResinInFoil, ThreatShape.DrugsInBatteries,
        ]);

    public static SyntheticVariants SetJ { get; } = HeldOutLike(
        "J",
        // I's clutter in I's order, then J's own.
        [
            .. SetI.Clutter,
            ClutterKind.NailClippers, ClutterKind.BinderClips, ClutterKind.CeramicMug, ClutterKind.PerfumeBottle,
            ClutterKind.Clipboard, ClutterKind.BabyWipes, ClutterKind.BuildingBricks, ClutterKind.FirstAidKit,
        ],
        [
            ThreatShape.ParingKnife, ThreatShape.Santoku, ThreatShape.HuntingKnife, ThreatShape.LockbackFolder, ThreatShape.GlassShiv,
            ThreatShape.TopBreakRevolver, ThreatShape.BlowbackPistol, ThreatShape.CapAndBallRevolver, ThreatShape.ImprovisedSmg,
            ThreatShape.PistolInCerealBox,
            ThreatShape.CompactSmartphone, ThreatShape.MagWalletPhone, ThreatShape.RemovableBatteryPhone, ThreatShape.PhoneInCrispTube,
            ThreatShape.PhoneInToothbrush,
            ThreatShape.RifleMagazine,
            ThreatShape.SimInRemote,
            ThreatShape.Syringe50Ml,
            ThreatShape.MagneticPowerBank,
            ThreatShape.PipeWrench,
            ThreatShape.WhiskyInTube,
            ThreatShape.PreRolls, ThreatShape.DrugsInNappy,
        ]);

    public static SyntheticVariants SetK { get; } = HeldOutLike(
        "K",
        // J's clutter in J's order, then K's own.
        [
            .. SetJ.Clutter,
            ClutterKind.VacuumFlask, ClutterKind.BiscuitTin, ClutterKind.FilmCamera, ClutterKind.Binoculars,
            ClutterKind.KnittingNeedles, ClutterKind.BicyclePump, ClutterKind.BabyFoodJars, ClutterKind.MusicBox,
        ],
        [
            ThreatShape.Machete, ThreatShape.FrameLockFolder, ThreatShape.Stiletto, ThreatShape.CombKnife, ThreatShape.ScissorShiv,
            ThreatShape.MicroCompactPistol, ThreatShape.SwingOutRevolver, ThreatShape.ToggleLockPistol, ThreatShape.PistolPartsInWashbag,
            ThreatShape.RevolverInBiscuitTin,
            ThreatShape.BudgetSmartphone, ThreatShape.CellularTablet, ThreatShape.BigButtonPhone, ThreatShape.PhoneInGlassesCase,
            ThreatShape.PhoneInBra,
            ThreatShape.MoonClipRounds,
            ThreatShape.SimInLipBalm,
            ThreatShape.SafetySyringe,
            ThreatShape.DroneBattery,
            ThreatShape.JuniorHacksaw,
            ThreatShape.SwingTopBottle,
            ThreatShape.CannabisEdibles, ThreatShape.DrugsInShampoo,
        ]);

    public static SyntheticVariants SetL { get; } = HeldOutLike(
        "L",
        // K's clutter in K's order, then L's own.
        [
            .. SetK.Clutter,
            ClutterKind.ManicureSet, ClutterKind.SmokingKit, ClutterKind.PocketRadio, ClutterKind.SafetyBoots,
            ClutterKind.ChocolateBox, ClutterKind.Passport, ClutterKind.SewingKit, ClutterKind.Inhaler,
        ],
        [
            ThreatShape.BushcraftKnife, ThreatShape.OutTheFrontKnife, ThreatShape.PruningKnife, ThreatShape.KnifeRoll, ThreatShape.KeyKnife,
            ThreatShape.GovernmentPistol, ThreatShape.SingleActionRevolver, ThreatShape.ConvertedBlankPistol, ThreatShape.ConvertedFlarePistol,
            ThreatShape.PistolInBook,
            ThreatShape.MetalUnibodyPhone, ThreatShape.StylusPhone, ThreatShape.GamingPhone, ThreatShape.PhoneInPeanutButter,
            ThreatShape.PhoneInGamepad,
            ThreatShape.SpeedStripRounds,
            ThreatShape.SimCardHolder,
            ThreatShape.PrefilledSyringe,
            ThreatShape.UsbRechargeableCells,
            ThreatShape.FoldingSaw,
            ThreatShape.SpiritInMouthwash,
            ThreatShape.SpicePaper, ThreatShape.DrugsInChocolateEggs,
        ]);

    public static SyntheticVariants SetM { get; } = HeldOutLike(
        "M",
        // L's clutter in L's order, then M's own.
        [
            .. SetL.Clutter,
            ClutterKind.Crayons, ClutterKind.FoilSandwich, ClutterKind.Fruit, ClutterKind.NailPolish,
            ClutterKind.ToyXylophone, ClutterKind.SwimKit, ClutterKind.Denture, ClutterKind.CoffeeJar,
        ],
        [
            ThreatShape.OysterKnife, ThreatShape.NeckKnife, ThreatShape.SwissArmyKnife, ThreatShape.Mezzaluna, ThreatShape.KnifeInCake,
            ThreatShape.PolymerFrameRevolver, ThreatShape.MagnumAutoPistol, ThreatShape.FoldingCarbine, ThreatShape.PistolInLaptop,
            ThreatShape.TorchGun,
            ThreatShape.SteelFramePhone, ThreatShape.SatellitePhone, ThreatShape.SelfieStickPhone, ThreatShape.PhoneInDeodorant,
            ThreatShape.PhoneInHeadphones,
            ThreatShape.CartridgeBelt,
            ThreatShape.SimsInBlisterPack,
            ThreatShape.VeterinarySyringe,
            ThreatShape.EBikeBattery,
            ThreatShape.RotaryTool,
            ThreatShape.BinocularFlask,
            ThreatShape.CannabisGrinder, ThreatShape.DrugsInCandle,
        ]);

    public static SyntheticVariants SetN { get; } = HeldOutLike(
        "N",
        // M's clutter in M's order, then N's own.
        [
            .. SetM.Clutter,
            ClutterKind.SpringToy, ClutterKind.Marbles, ClutterKind.Tambourine, ClutterKind.SkippingRope,
            ClutterKind.ClothesPegs, ClutterKind.DescantRecorder, ClutterKind.ShoeHorn, ClutterKind.Dominoes,
        ],
        [
            ThreatShape.Nakiri, ThreatShape.Kukri, ThreatShape.DiveKnife, ThreatShape.KnifeInHairbrush, ThreatShape.SpoonShiv,
            ThreatShape.CasedPistol, ThreatShape.SuppressedPistol, ThreatShape.ZincSlidePistol, ThreatShape.TakenDownArPistol,
            ThreatShape.PistolInSoftToy,
            ThreatShape.TitaniumPhone, ThreatShape.PhoneInArmband, ThreatShape.PhoneWithCharger, ThreatShape.PhoneInTissueBox,
            ThreatShape.PhoneInSanitaryPads,
            ThreatShape.RoundsInSock,
            ThreatShape.SimsInEarbudCase,
            ThreatShape.SyringeInTampon,
            ThreatShape.BoxModVape,
            ThreatShape.PrecisionScrewdriverSet,
            ThreatShape.SpiritInWaterBottle,
            ThreatShape.CannabisJar, ThreatShape.DrugsInTeabags,
        ]);

    public static SyntheticVariants SetO { get; } = HeldOutLike(
        "O",
        // N's clutter in N's order, then O's own.
        [
            .. SetN.Clutter,
            ClutterKind.Doll, ClutterKind.GolfBalls, ClutterKind.HairRollers, ClutterKind.ShoePolishKit,
            ClutterKind.TableTennisSet, ClutterKind.Cufflinks, ClutterKind.ShinPads, ClutterKind.HolePunch,
        ],
        [
            ThreatShape.CarvingKnife, ThreatShape.Kirpan, ThreatShape.FoldingUtilityKnife, ThreatShape.RulerShiv, ThreatShape.BladesInCard,
            ThreatShape.HiPowerPistol, ThreatShape.TokarevPistol, ThreatShape.NagantRevolver, ThreatShape.PistolInSpeaker,
            ThreatShape.KeyringGun,
            ThreatShape.BoxedPhone, ThreatShape.GlitterCasePhone, ThreatShape.PhonePair, ThreatShape.PhoneInCardPack,
            ThreatShape.PhoneInYarnBall,
            ThreatShape.HuntingRifleRounds,
            ThreatShape.SimInLetter,
            ThreatShape.OralSyringe,
            ThreatShape.RechargeableHandWarmer,
            ThreatShape.TorpedoLevel,
            ThreatShape.Growler,
            ThreatShape.DealBags, ThreatShape.DrugsInToothpaste,
        ]);

    public static SyntheticVariants SetP { get; } = HeldOutLike(
        "P",
        // O's clutter in O's order, then P's own.
        [
            .. SetO.Clutter,
            ClutterKind.SnowGlobe, ClutterKind.Kaleidoscope, ClutterKind.HandGripper, ClutterKind.GuitarCapo,
            ClutterKind.TumbledStones, ClutterKind.YoYo, ClutterKind.BabyRattle, ClutterKind.TravelPillow,
        ],
        [
            ThreatShape.TomatoKnife, ThreatShape.LinoleumKnife, ThreatShape.TrapperKnife, ThreatShape.KnifeInPencilCase, ThreatShape.TinLidShiv,
            ThreatShape.Cz75Pistol, ThreatShape.AlloyFramePistol, ThreatShape.ShotshellRevolver, ThreatShape.PrintedCarbine,
            ThreatShape.PistolInHairdryer,
            ThreatShape.KeyboardCasePhone, ThreatShape.EInkPhone, ThreatShape.CrossbodyCasePhone, ThreatShape.PhoneInToiletRoll,
            ThreatShape.PhoneInCoatLining,
            ThreatShape.RoundsInFlipBox,
            ThreatShape.SimInHollowCoin,
            ThreatShape.SharpsBin,
            ThreatShape.LipstickPowerBank,
            ThreatShape.StapleGun,
            ThreatShape.StonewareBottle,
            ThreatShape.VapeCartridges, ThreatShape.DrugsInPenBarrels,
        ]);

    public static SyntheticVariants SetQ { get; } = HeldOutLike(
        "Q",
        // P's clutter in P's order, then Q's own.
        [
            .. SetP.Clutter,
            ClutterKind.RubberDuck, ClutterKind.SippyCup, ClutterKind.Sunglasses, ClutterKind.ChangingMat,
            ClutterKind.PocketTissues, ClutterKind.TeethingRing, ClutterKind.StickerBook, ClutterKind.ContactLensCase,
        ],
        [
            ThreatShape.SerratedUtilityKnife, ThreatShape.FlipperFolder, ThreatShape.CheeseKnife, ThreatShape.KnifeInUmbrella,
            ThreatShape.NailShiv,
            ThreatShape.MakarovPistol, ThreatShape.PistolWithWeaponLight, ThreatShape.ServiceRevolver, ThreatShape.PistolInGamesConsole,
            ThreatShape.PrintedRevolver,
            ThreatShape.PopGripPhone, ThreatShape.PhoneWithEarphones, ThreatShape.TripleCameraPhone, ThreatShape.PhoneInLoaf,
            ThreatShape.PhoneInCigarettePack,
            ThreatShape.ShotgunSlugs,
            ThreatShape.SimInWristwatch,
            ThreatShape.Syringe5Ml,
            ThreatShape.Cell26650,
            ThreatShape.SideCutters,
            ThreatShape.AlcopopBottles,
            ThreatShape.MethadoneBottle, ThreatShape.DrugsInSweets,
        ]);

    public static SyntheticVariants SetS { get; } = HeldOutLike(
        "S",
        // Q's clutter in Q's order, then S's own.
        [
            .. SetQ.Clutter,
            ClutterKind.WristSplint, ClutterKind.GeometrySet, ClutterKind.MetalChopsticks, ClutterKind.CdCase,
            ClutterKind.TravelAlarmClock, ClutterKind.Jeans, ClutterKind.WaterPistol, ClutterKind.SodaCan,
        ],
        [
            ThreatShape.TableKnife, ThreatShape.ButtonLockFolder, ThreatShape.ZombieKnife, ThreatShape.KnifeInBabyWipes,
            ThreatShape.BedSlatShiv,
            ThreatShape.ExtendedMagPistol, ThreatShape.TipUpPistol, ThreatShape.SawnOffSingleBarrel, ThreatShape.PistolInShoebox,
            ThreatShape.DoorBoltGun,
            ThreatShape.CameraBarPhone, ThreatShape.RoundCameraPhone, ThreatShape.MidRangePhone, ThreatShape.PhoneInBiscuitRoll,
            ThreatShape.PhoneInRolledSocks,
            ThreatShape.Rounds44Magnum,
            ThreatShape.SimInLighter,
            ThreatShape.NeedleExchangePack,
            ThreatShape.HeatedClothingBattery,
            ThreatShape.RivetGun,
            ThreatShape.MiniKeg,
            ThreatShape.CannabisMylarPouch, ThreatShape.DrugsInSoapBar,
        ]);

    public static SyntheticVariants SetT { get; } = HeldOutLike(
        "T",
        // S's clutter in S's order, then T's own.
        [
            .. SetS.Clutter,
            ClutterKind.TrouserBraces, ClutterKind.EmbroideryHoop, ClutterKind.BoardGame, ClutterKind.ShuttlecockTube,
            ClutterKind.MusicTriangle, ClutterKind.MagneticDrawingBoard, ClutterKind.PorcelainFigurine, ClutterKind.ClutchBag,
        ],
        [
            ThreatShape.GrapefruitKnife, ThreatShape.FrictionFolder, ThreatShape.HoriHoriKnife, ThreatShape.KnifeInVacuumFlask,
            ThreatShape.BroomHandleShiv,
            ThreatShape.C96Pistol, ThreatShape.PistolGripPump, ThreatShape.CutDownBoltAction, ThreatShape.PistolInNappyPack,
            ThreatShape.WalkingStickGun,
            ThreatShape.TinySmartphone, ThreatShape.ModularPhone, ThreatShape.PhoneInWaterproofPouch, ThreatShape.PhoneInHotWaterBottle,
            ThreatShape.PhoneInCoffeeBrick,
            ThreatShape.Rounds50Bmg,
            ThreatShape.SimInEyeshadowPalette,
            ThreatShape.DispensingSyringeKit,
            ThreatShape.Cr123aCells,
            ThreatShape.BlockPlane,
            ThreatShape.WineInSealedGlass,
            ThreatShape.DriedMushrooms, ThreatShape.DrugsInCrispPacket,
        ]);

    public static SyntheticVariants SetU { get; } = HeldOutLike(
        "U",
        // T's clutter in T's order, then U's own.
        [
            .. SetT.Clutter,
            ClutterKind.ShoeTrees, ClutterKind.Metronome, ClutterKind.Abacus, ClutterKind.MedalCase,
            ClutterKind.GlassBaubles, ClutterKind.Ocarina, ClutterKind.FlyingDisc, ClutterKind.ShapeSorter,
        ],
        [
            ThreatShape.BowieKnife, ThreatShape.DebaKnife, ThreatShape.ElectricCarvingKnife, ThreatShape.KnifeInHairStraighteners,
            ThreatShape.CoatHangerSpike,
            ThreatShape.SkorpionPistol, ThreatShape.AirCartridgeRevolver, ThreatShape.FiveSeveNPistol, ThreatShape.PistolInKettle,
            ThreatShape.ZipGun,
            ThreatShape.CeramicBackPhone, ThreatShape.DualScreenPhone, ThreatShape.BlisterPackPhone, ThreatShape.PhoneInPhotoFrame,
            ThreatShape.PhoneInCushion,
            ThreatShape.Rounds410Bore,
            ThreatShape.SimInTeaLight,
            ThreatShape.GlucagonKit,
            ThreatShape.Lithium9VBattery,
            ThreatShape.GClamp,
            ThreatShape.WineInWireMesh,
            ThreatShape.KhatBundle, ThreatShape.DrugsInStashCan,
        ]);

    public static SyntheticVariants SetV { get; } = HeldOutLike(
        "V",
        // U's clutter in U's order, then V's own.
        [
            .. SetU.Clutter,
            ClutterKind.Handbell, ClutterKind.ClockworkToy, ClutterKind.SlateCoasters, ClutterKind.JugglingBalls,
            ClutterKind.IcePack, ClutterKind.BreastPump, ClutterKind.Earmuffs, ClutterKind.SpinningTops,
        ],
        [
            ThreatShape.SurvivalKnife, ThreatShape.YanagibaKnife, ThreatShape.PizzaCutter, ThreatShape.KnifeInTrainer,
            ThreatShape.BallpointShiv,
            ThreatShape.PinfireRevolver, ThreatShape.VestPocketPistol, ThreatShape.SpringAirPistol, ThreatShape.PistolInPaintTin,
            ThreatShape.BicyclePumpGun,
            ThreatShape.PopUpCameraPhone, ThreatShape.PhoneInBeltHolster, ThreatShape.PhoneInMetalBumper, ThreatShape.PhoneInHollowCandle,
            ThreatShape.PhoneInJigsawBox,
            ThreatShape.Rounds20Bore,
            ThreatShape.SimInPlasters,
            ThreatShape.ButterflyNeedleSet,
            ThreatShape.HandheldFan,
            ThreatShape.CaulkingGun,
            ThreatShape.PremixSlimCans,
            ThreatShape.CannabisConcentrates, ThreatShape.DrugsInInhaler,
        ]);

    public static SyntheticVariants SetW { get; } = HeldOutLike(
        "W",
        // V's clutter in V's order, then W's own.
        [
            .. SetV.Clutter,
            ClutterKind.TravelIron, ClutterKind.TiffinCarrier, ClutterKind.HandWeights, ClutterKind.CurlingTongs,
            ClutterKind.SteelStraws, ClutterKind.MagneticTiles, ClutterKind.BloodPressureMonitor, ClutterKind.BabyCarrier,
        ],
        [
            ThreatShape.ChineseCleaver, ThreatShape.LetterOpener, ThreatShape.GutHookSkinner, ThreatShape.KnifeInHollowBook,
            ThreatShape.HacksawShiv,
            ThreatShape.BulldogRevolver, ThreatShape.Tec9Pistol, ThreatShape.NineShot22Revolver, ThreatShape.PistolInRiceBag,
            ThreatShape.LighterGun,
            ThreatShape.TriFoldPhone, ThreatShape.EndurancePhone, ThreatShape.GlyphBackPhone, ThreatShape.PhoneInFormulaTin,
            ThreatShape.PhoneInFoilSandwich,
            ThreatShape.BlankCartridges,
            ThreatShape.SimInLocket,
            ThreatShape.SteroidInjectionKit,
            ThreatShape.ArcLighter,
            ThreatShape.AngleGrinder,
            ThreatShape.JellyShots,
            ThreatShape.CannabinoidELiquid, ThreatShape.DrugsInModellingDough,
        ]);

    public static SyntheticVariants SetX { get; } = HeldOutLike(
        "X",
        // W's clutter in W's order, then X's own.
        [
            .. SetW.Clutter,
            ClutterKind.TravelAdaptor, ClutterKind.Nebuliser, ClutterKind.TensMachine, ClutterKind.AnkleWeights,
            ClutterKind.ToyTeaSet, ClutterKind.CordedMassager, ClutterKind.ResistanceBands, ClutterKind.SilkFlowers,
        ],
        [
            ThreatShape.TantoKnife, ThreatShape.SgianDubh, ThreatShape.LaguioleFolder, ThreatShape.KnifeInChocolateBox,
            ThreatShape.TentPegShiv,
            ThreatShape.LowBoreRevolver, ThreatShape.AkPistol, ThreatShape.SawnOffOverUnder, ThreatShape.PistolInBoardGame,
            ThreatShape.RevolverInVanityCase,
            ThreatShape.PhoneInFaradayPouch, ThreatShape.ControllerClampPhone, ThreatShape.PhoneInJiffyBag, ThreatShape.PhoneInIcePack,
            ThreatShape.PhoneInChocolateBar,
            ThreatShape.DrumMagazine,
            ThreatShape.SimInUsbReader,
            ThreatShape.InsulinSyringeCarton,
            ThreatShape.RechargeableHeadTorch,
            ThreatShape.SolderingIron,
            ThreatShape.AluminiumBeerBottles,
            ThreatShape.CannabisCaliTin, ThreatShape.DrugsInSandwichBiscuits,
        ]);

    public static SyntheticVariants SetY { get; } = HeldOutLike(
        "Y",
        // X's clutter in X's order, then Y's own.
        [
            .. SetX.Clutter,
            ClutterKind.PocketWatch, ClutterKind.Carabiners, ClutterKind.ToyKeyboard, ClutterKind.FairyLights,
            ClutterKind.CampingLantern, ClutterKind.YogaMat, ClutterKind.Football, ClutterKind.WheatBag,
        ],
        [
            ThreatShape.Hatchet, ThreatShape.Sickle, ThreatShape.KnuckleKnife, ThreatShape.KnifeInPosterTube,
            ThreatShape.AcrylicShiv,
            ThreatShape.StunGun, ThreatShape.FlintlockPistol, ThreatShape.EvoSmgPistol, ThreatShape.PcpAirPistol,
            ThreatShape.PistolInWashingPowder,
            ThreatShape.PhoneInFoamCase, ThreatShape.PhoneWithClipLens, ThreatShape.RuggedFlipPhone, ThreatShape.PhoneInShampooBottle,
            ThreatShape.PhoneInPerfumeGiftBox,
            ThreatShape.BuckshotShells,
            ThreatShape.SimInInsole,
            ThreatShape.NaloxoneKit,
            ThreatShape.SonicToothbrush,
            ThreatShape.BrickTrowel,
            ThreatShape.LiqueurChocolates,
            ThreatShape.NitrousChargers, ThreatShape.DrugsInFaceCreamJar,
        ]);

    public static SyntheticVariants SetZ { get; } = HeldOutLike(
        "Z",
        // Y's clutter in Y's order, then Z's own.
        [
            .. SetY.Clutter,
            ClutterKind.MokaPot, ClutterKind.Kalimba, ClutterKind.TuningFork, ClutterKind.UsbDeskFan,
            ClutterKind.TravelKettle, ClutterKind.SportsTrophy, ClutterKind.GlassPaperweight, ClutterKind.PillarCandles,
        ],
        [
            ThreatShape.GravityKnife, ThreatShape.UluKnife, ThreatShape.Billhook, ThreatShape.FileKnife,
            ThreatShape.CeramicBladeInBra,
            ThreatShape.PepperSpray, ThreatShape.PepperboxPistol, ThreatShape.Mac10Pistol, ThreatShape.RhinoRevolver,
            ThreatShape.PistolInFoldedJacket,
            ThreatShape.PhoneWithMountPlate, ThreatShape.PhoneInLockingPouch, ThreatShape.PhoneInSpaghettiPack, ThreatShape.PhoneInShaver,
            ThreatShape.PhoneInBookSpine,
            ThreatShape.EnBlocClip,
            ThreatShape.SimInCoatButton,
            ThreatShape.DermalFillerSyringe,
            ThreatShape.BluetoothSpeaker,
            ThreatShape.CopingSaw,
            ThreatShape.CrystalDecanter,
            ThreatShape.GblBottle, ThreatShape.DrugsInOranges,
        ]);

    public static SyntheticVariants Set1 { get; } = HeldOutLike(
        "1",
        // Z's clutter in Z's order, then set 1's own.
        [
            .. SetZ.Clutter,
            ClutterKind.SingingBowl, ClutterKind.NewtonsCradle, ClutterKind.LuggageScale, ClutterKind.HeatPad,
            ClutterKind.GarmentSteamer, ClutterKind.MilkFrother, ClutterKind.RainPoncho, ClutterKind.WellingtonBoots,
        ],
        [
            ThreatShape.KitchenShears, ThreatShape.SafetyRazor, ThreatShape.Puukko, ThreatShape.KnifeInBrushRoll,
            ThreatShape.SpokeShank,
            ThreatShape.PumpAirPistol, ThreatShape.VeloDogRevolver, ThreatShape.SteelCompetitionPistol, ThreatShape.TaserPistol,
            ThreatShape.PistolInUkulele,
            ThreatShape.PhoneInCameraCage, ThreatShape.MetalFlipPhone, ThreatShape.SteelCandybarPhone, ThreatShape.PhoneInCalculator,
            ThreatShape.PhoneInWristSplint,
            ThreatShape.ShotgunCartridgeBox,
            ThreatShape.SimInDummy,
            ThreatShape.TwoPartSyringe,
            ThreatShape.MassageGun,
            ThreatShape.HeatGun,
            ThreatShape.WhiskyGiftSet,
            ThreatShape.SnuffBullets, ThreatShape.DrugsInRollOnDeodorant,
        ]);

    public static SyntheticVariants Set2 { get; } = HeldOutLike(
        "2",
        // Set 1's clutter in set 1's order, then set 2's own.
        [
            .. Set1.Clutter,
            ClutterKind.BottleWarmer, ClutterKind.SaltLamp, ClutterKind.KitchenTimer, ClutterKind.TeaInfuser,
            ClutterKind.BalloonWhisk, ClutterKind.Jacks, ClutterKind.StackingCups, ClutterKind.ToyDinosaurs,
        ],
        [
            ThreatShape.HamSlicer, ThreatShape.HoboKnife, ThreatShape.PeelingKnife, ThreatShape.KnifeInFoamRoller,
            ThreatShape.ShoeShankShiv,
            ThreatShape.UziPistol, ThreatShape.P38Pistol, ThreatShape.StunTorch, ThreatShape.BeltBuckleGun,
            ThreatShape.PistolInRolledTowel,
            ThreatShape.SwivelPhone, ThreatShape.PhoneOnGimbal, ThreatShape.PhoneOnTripodGrip, ThreatShape.PhoneInHairdryer,
            ThreatShape.PhoneInMusicBox,
            ThreatShape.CartridgeWallet,
            ThreatShape.SimInToyBricks,
            ThreatShape.MarinadeInjector,
            ThreatShape.CordlessHairClipper,
            ThreatShape.PipeCutter,
            ThreatShape.ChiantiFiasco,
            ThreatShape.SteroidVials, ThreatShape.DrugsInVitaminTub,
        ]);

    public static SyntheticVariants Set3 { get; } = HeldOutLike(
        "3",
        // Set 2's clutter in set 2's order, then set 3's own.
        [
            .. Set2.Clutter,
            ClutterKind.ExtensionLead, ClutterKind.HotAirBrush, ClutterKind.ToyPhone, ClutterKind.FluteInCase,
            ClutterKind.BrassCandlesticks, ClutterKind.PetanqueBoules, ClutterKind.WatercolourTin, ClutterKind.JigsawPuzzle,
        ],
        [
            ThreatShape.MushroomKnife, ThreatShape.RiggingKnife, ThreatShape.SteelHandleChefKnife, ThreatShape.KnifeInFoilRoll,
            ThreatShape.MirrorShiv,
            ThreatShape.SqueezeCockerPistol, ThreatShape.StunBaton, ThreatShape.PepperGelLauncher, ThreatShape.StenGun,
            ThreatShape.PistolInHandbag,
            ThreatShape.HandheldTerminalPhone, ThreatShape.PocRadioPhone, ThreatShape.ZoomLensPhone, ThreatShape.PhoneInMugGiftBox,
            ThreatShape.PhoneInToyTruck,
            ThreatShape.GardenGunCartridges,
            ThreatShape.SimInPhotoKeyring,
            ThreatShape.IvCannulaPack,
            ThreatShape.LightedMakeupMirror,
            ThreatShape.CordedDrill,
            ThreatShape.MoonshineJar,
            ThreatShape.CannabisTincture, ThreatShape.DrugsInFlipFlops,
        ]);

    /// <summary>
    /// Set R: domain randomisation for training only, never an evaluation set. Each shape (a knife, a
    /// firearm, a phone) and each clutter kind (vessels, household metal, gadgets, plastics) is a
    /// procedural family drawn over wide, physically plausible ranges of size, outline, material and
    /// build, so a trained model sees far more variety than any fixed set. Written without reading set E
    /// or the analyser. R has no seed range of its own: training draws seeds 100000 and up over a union
    /// of sets.
    /// </summary>
    public static SyntheticVariants Randomised { get; } = new(
        "R",
        [ClutterKind.RandomVessel, ClutterKind.RandomMetalJunk, ClutterKind.RandomGadget, ClutterKind.RandomPlastic],
        [ThreatShape.RandomKnife, ThreatShape.RandomFirearm, ThreatShape.RandomPhone],
        NoiseMin: 0.015,
        NoiseMax: 0.05,
        ScaleMin: 0.85,
        ScaleMax: 1.2);

    /// <summary>
    /// A set written after A and B (C and every held-out set since): C's noise (2–5 %) and scale (0.85–1.2)
    /// ranges, so a set differs from the earlier ones only in what it draws.
    /// </summary>
    private static SyntheticVariants HeldOutLike(string name, IReadOnlyList<ClutterKind> clutter, IReadOnlyList<ThreatShape> shapes) =>
        new(name, clutter, shapes, NoiseMin: 0.02, NoiseMax: 0.05, ScaleMin: 0.85, ScaleMax: 1.2);

    /// <summary>The first <paramref name="count"/> seeds from <paramref name="first"/>, none past <paramref name="last"/>.</summary>
    private static IEnumerable<int> Bounded(int first, int last, int count) => Enumerable.Range(first, Math.Min(count, last - first + 1));

    /// <summary>Tuning seeds, 1000–1999.</summary>
    public static IEnumerable<int> TuningSeeds(int count) =>
        Bounded(TuningSeedFirst, TuningSeedLast, count);

    /// <summary>Evaluation seeds, 9000–499999.</summary>
    public static IEnumerable<int> EvaluationSeeds(int count) =>
        Bounded(EvaluationSeedFirst, EvaluationSeedLast, count);

    /// <summary>Held-out seeds, 500000–699999.</summary>
    public static IEnumerable<int> HeldOutSeeds(int count) =>
        Bounded(HeldOutSeedFirst, HeldOutSeedLast, count);

    /// <summary>Fresh held-out seeds, 700000–899999.</summary>
    public static IEnumerable<int> FreshSeeds(int count) =>
        Bounded(FreshSeedFirst, FreshSeedLast, count);

    /// <summary>Set E's seeds, 900000–1099999.</summary>
    public static IEnumerable<int> SetESeeds(int count) =>
        Bounded(SetESeedFirst, SetESeedLast, count);

    /// <summary>Set F's seeds, 1100000–1299999.</summary>
    public static IEnumerable<int> SetFSeeds(int count) =>
        Bounded(SetFSeedFirst, SetFSeedLast, count);

    /// <summary>Set G's seeds, 1300000–1499999.</summary>
    public static IEnumerable<int> SetGSeeds(int count) =>
        Bounded(SetGSeedFirst, SetGSeedLast, count);

    /// <summary>Set H's seeds, 1500000–1699999.</summary>
    public static IEnumerable<int> SetHSeeds(int count) =>
        Bounded(SetHSeedFirst, SetHSeedLast, count);

    /// <summary>Set I's seeds, 1700000–1899999.</summary>
    public static IEnumerable<int> SetISeeds(int count) =>
        Bounded(SetISeedFirst, SetISeedLast, count);

    /// <summary>Set J's seeds, 1900000–2099999.</summary>
    public static IEnumerable<int> SetJSeeds(int count) =>
        Bounded(SetJSeedFirst, SetJSeedLast, count);

    /// <summary>Set K's seeds, 2100000–2299999.</summary>
    public static IEnumerable<int> SetKSeeds(int count) =>
        Bounded(SetKSeedFirst, SetKSeedLast, count);

    /// <summary>Set L's seeds, 2300000–2499999.</summary>
    public static IEnumerable<int> SetLSeeds(int count) =>
        Bounded(SetLSeedFirst, SetLSeedLast, count);

    /// <summary>Set M's seeds, 2500000–2699999.</summary>
    public static IEnumerable<int> SetMSeeds(int count) =>
        Bounded(SetMSeedFirst, SetMSeedLast, count);

    /// <summary>Set N's seeds, 2700000–2899999.</summary>
    public static IEnumerable<int> SetNSeeds(int count) =>
        Bounded(SetNSeedFirst, SetNSeedLast, count);

    /// <summary>Set O's seeds, 2900000–3099999.</summary>
    public static IEnumerable<int> SetOSeeds(int count) =>
        Bounded(SetOSeedFirst, SetOSeedLast, count);

    /// <summary>Set P's seeds, 3100000–3299999.</summary>
    public static IEnumerable<int> SetPSeeds(int count) =>
        Bounded(SetPSeedFirst, SetPSeedLast, count);

    /// <summary>Set Q's seeds, 3300000–3499999.</summary>
    public static IEnumerable<int> SetQSeeds(int count) =>
        Bounded(SetQSeedFirst, SetQSeedLast, count);

    /// <summary>Set S's seeds, 3500000–3699999.</summary>
    public static IEnumerable<int> SetSSeeds(int count) =>
        Bounded(SetSSeedFirst, SetSSeedLast, count);

    /// <summary>Set T's seeds, 3700000–3899999.</summary>
    public static IEnumerable<int> SetTSeeds(int count) =>
        Bounded(SetTSeedFirst, SetTSeedLast, count);

    /// <summary>Set U's seeds, 3900000–4099999.</summary>
    public static IEnumerable<int> SetUSeeds(int count) =>
        Bounded(SetUSeedFirst, SetUSeedLast, count);

    /// <summary>Set V's seeds, 4100000–4299999.</summary>
    public static IEnumerable<int> SetVSeeds(int count) =>
        Bounded(SetVSeedFirst, SetVSeedLast, count);

    /// <summary>Set W's seeds, 4300000–4499999.</summary>
    public static IEnumerable<int> SetWSeeds(int count) =>
        Bounded(SetWSeedFirst, SetWSeedLast, count);

    /// <summary>Set X's seeds, 4500000–4699999.</summary>
    public static IEnumerable<int> SetXSeeds(int count) =>
        Bounded(SetXSeedFirst, SetXSeedLast, count);

    /// <summary>Set Y's seeds, 4700000–4899999.</summary>
    public static IEnumerable<int> SetYSeeds(int count) =>
        Bounded(SetYSeedFirst, SetYSeedLast, count);

    /// <summary>Set Z's seeds, 4900000–5099999.</summary>
    public static IEnumerable<int> SetZSeeds(int count) =>
        Bounded(SetZSeedFirst, SetZSeedLast, count);

    /// <summary>Set 1's seeds, 5100000–5299999.</summary>
    public static IEnumerable<int> Set1Seeds(int count) =>
        Bounded(Set1SeedFirst, Set1SeedLast, count);

    /// <summary>Set 2's seeds, 5300000–5499999.</summary>
    public static IEnumerable<int> Set2Seeds(int count) =>
        Bounded(Set2SeedFirst, Set2SeedLast, count);

    /// <summary>Set 3's seeds, 5500000 and up.</summary>
    public static IEnumerable<int> Set3Seeds(int count) => Enumerable.Range(Set3SeedFirst, count);

    /// <summary>The catalogue item a shape is.</summary>
    public static string ItemOf(ThreatShape shape) => shape switch
    {
        ThreatShape.KitchenKnife or ThreatShape.Dagger or ThreatShape.FoldingKnife or ThreatShape.CurvedKnife
            or ThreatShape.ChefKnife or ThreatShape.UtilityKnife or ThreatShape.ButterflyKnife
            or ThreatShape.BreadKnife or ThreatShape.BoningKnife or ThreatShape.PushDagger or ThreatShape.MultiTool or ThreatShape.Shank
            or ThreatShape.Cleaver or ThreatShape.CeramicKnife
            or ThreatShape.Karambit or ThreatShape.FilletKnife or ThreatShape.CraftScalpel
            or ThreatShape.Bayonet or ThreatShape.CutThroatRazor or ThreatShape.SteakKnife
            or ThreatShape.CardKnife or ThreatShape.ToothbrushShiv or ThreatShape.ThrowingKnives or ThreatShape.PenKnife
            or ThreatShape.RetractableKnife or ThreatShape.WoodHandleFolder or ThreatShape.LipstickKnife or ThreatShape.BeltBuckleKnife
            or ThreatShape.ParingKnife or ThreatShape.Santoku or ThreatShape.HuntingKnife or ThreatShape.LockbackFolder or ThreatShape.GlassShiv
            or ThreatShape.Machete or ThreatShape.FrameLockFolder or ThreatShape.Stiletto or ThreatShape.CombKnife or ThreatShape.ScissorShiv
            or ThreatShape.BushcraftKnife or ThreatShape.OutTheFrontKnife or ThreatShape.PruningKnife or ThreatShape.KnifeRoll or ThreatShape.KeyKnife
            or ThreatShape.OysterKnife or ThreatShape.NeckKnife or ThreatShape.SwissArmyKnife or ThreatShape.Mezzaluna or ThreatShape.KnifeInCake
            or ThreatShape.Nakiri or ThreatShape.Kukri or ThreatShape.DiveKnife or ThreatShape.KnifeInHairbrush or ThreatShape.SpoonShiv
            or ThreatShape.CarvingKnife or ThreatShape.Kirpan or ThreatShape.FoldingUtilityKnife or ThreatShape.RulerShiv or ThreatShape.BladesInCard
            or ThreatShape.TomatoKnife or ThreatShape.LinoleumKnife or ThreatShape.TrapperKnife or ThreatShape.KnifeInPencilCase or ThreatShape.TinLidShiv
            or ThreatShape.SerratedUtilityKnife or ThreatShape.FlipperFolder or ThreatShape.CheeseKnife or ThreatShape.KnifeInUmbrella
            or ThreatShape.NailShiv
            or ThreatShape.TableKnife or ThreatShape.ButtonLockFolder or ThreatShape.ZombieKnife or ThreatShape.KnifeInBabyWipes
            or ThreatShape.BedSlatShiv
            or ThreatShape.GrapefruitKnife or ThreatShape.FrictionFolder or ThreatShape.HoriHoriKnife or ThreatShape.KnifeInVacuumFlask
            or ThreatShape.BroomHandleShiv
            or ThreatShape.BowieKnife or ThreatShape.DebaKnife or ThreatShape.ElectricCarvingKnife or ThreatShape.KnifeInHairStraighteners
            or ThreatShape.CoatHangerSpike
            or ThreatShape.SurvivalKnife or ThreatShape.YanagibaKnife or ThreatShape.PizzaCutter or ThreatShape.KnifeInTrainer
            or ThreatShape.BallpointShiv
            or ThreatShape.ChineseCleaver or ThreatShape.LetterOpener or ThreatShape.GutHookSkinner or ThreatShape.KnifeInHollowBook
            or ThreatShape.HacksawShiv
            or ThreatShape.TantoKnife or ThreatShape.SgianDubh or ThreatShape.LaguioleFolder or ThreatShape.KnifeInChocolateBox
            or ThreatShape.TentPegShiv
            or ThreatShape.Hatchet or ThreatShape.Sickle or ThreatShape.KnuckleKnife or ThreatShape.KnifeInPosterTube
            or ThreatShape.AcrylicShiv
            or ThreatShape.GravityKnife or ThreatShape.UluKnife or ThreatShape.Billhook or ThreatShape.FileKnife
            or ThreatShape.CeramicBladeInBra
            or ThreatShape.KitchenShears or ThreatShape.SafetyRazor or ThreatShape.Puukko or ThreatShape.KnifeInBrushRoll
            or ThreatShape.SpokeShank
            or ThreatShape.HamSlicer or ThreatShape.HoboKnife or ThreatShape.PeelingKnife or ThreatShape.KnifeInFoamRoller
            or ThreatShape.ShoeShankShiv
            or ThreatShape.MushroomKnife or ThreatShape.RiggingKnife or ThreatShape.SteelHandleChefKnife or ThreatShape.KnifeInFoilRoll
            or ThreatShape.MirrorShiv
            or ThreatShape.RandomKnife => XrayItems.Knife,
        ThreatShape.Pistol or ThreatShape.Revolver or ThreatShape.CompactPistol
            or ThreatShape.PolymerPistol or ThreatShape.PocketPistol or ThreatShape.Derringer
            or ThreatShape.LongRevolver or ThreatShape.PrintedPistol or ThreatShape.MachinePistol
            or ThreatShape.SnubRevolver or ThreatShape.SawnOffShotgun
            or ThreatShape.BreakActionPistol or ThreatShape.TargetPistol or ThreatShape.StrippedPistol
            or ThreatShape.HolsteredPistol or ThreatShape.CutDownLeverAction or ThreatShape.PipeGun
            or ThreatShape.PenGun or ThreatShape.MiniRevolver or ThreatShape.AirPistol
            or ThreatShape.OpenSlidePistol or ThreatShape.TakedownRifle or ThreatShape.PhoneShapedPistol or ThreatShape.ConvertedBlankRevolver
            or ThreatShape.TopBreakRevolver or ThreatShape.BlowbackPistol or ThreatShape.CapAndBallRevolver or ThreatShape.ImprovisedSmg
            or ThreatShape.PistolInCerealBox
            or ThreatShape.MicroCompactPistol or ThreatShape.SwingOutRevolver or ThreatShape.ToggleLockPistol or ThreatShape.PistolPartsInWashbag
            or ThreatShape.RevolverInBiscuitTin
            or ThreatShape.GovernmentPistol or ThreatShape.SingleActionRevolver or ThreatShape.ConvertedBlankPistol or ThreatShape.ConvertedFlarePistol
            or ThreatShape.PistolInBook
            or ThreatShape.PolymerFrameRevolver or ThreatShape.MagnumAutoPistol or ThreatShape.FoldingCarbine or ThreatShape.PistolInLaptop
            or ThreatShape.TorchGun
            or ThreatShape.CasedPistol or ThreatShape.SuppressedPistol or ThreatShape.ZincSlidePistol or ThreatShape.TakenDownArPistol
            or ThreatShape.PistolInSoftToy
            or ThreatShape.HiPowerPistol or ThreatShape.TokarevPistol or ThreatShape.NagantRevolver or ThreatShape.PistolInSpeaker
            or ThreatShape.KeyringGun
            or ThreatShape.Cz75Pistol or ThreatShape.AlloyFramePistol or ThreatShape.ShotshellRevolver or ThreatShape.PrintedCarbine
            or ThreatShape.PistolInHairdryer
            or ThreatShape.MakarovPistol or ThreatShape.PistolWithWeaponLight or ThreatShape.ServiceRevolver or ThreatShape.PistolInGamesConsole
            or ThreatShape.PrintedRevolver
            or ThreatShape.ExtendedMagPistol or ThreatShape.TipUpPistol or ThreatShape.SawnOffSingleBarrel or ThreatShape.PistolInShoebox
            or ThreatShape.DoorBoltGun
            or ThreatShape.C96Pistol or ThreatShape.PistolGripPump or ThreatShape.CutDownBoltAction or ThreatShape.PistolInNappyPack
            or ThreatShape.WalkingStickGun
            or ThreatShape.SkorpionPistol or ThreatShape.AirCartridgeRevolver or ThreatShape.FiveSeveNPistol or ThreatShape.PistolInKettle
            or ThreatShape.ZipGun
            or ThreatShape.PinfireRevolver or ThreatShape.VestPocketPistol or ThreatShape.SpringAirPistol or ThreatShape.PistolInPaintTin
            or ThreatShape.BicyclePumpGun
            or ThreatShape.BulldogRevolver or ThreatShape.Tec9Pistol or ThreatShape.NineShot22Revolver or ThreatShape.PistolInRiceBag
            or ThreatShape.LighterGun
            or ThreatShape.LowBoreRevolver or ThreatShape.AkPistol or ThreatShape.SawnOffOverUnder or ThreatShape.PistolInBoardGame
            or ThreatShape.RevolverInVanityCase
            or ThreatShape.StunGun or ThreatShape.FlintlockPistol or ThreatShape.EvoSmgPistol or ThreatShape.PcpAirPistol
            or ThreatShape.PistolInWashingPowder
            or ThreatShape.PepperSpray or ThreatShape.PepperboxPistol or ThreatShape.Mac10Pistol or ThreatShape.RhinoRevolver
            or ThreatShape.PistolInFoldedJacket
            or ThreatShape.PumpAirPistol or ThreatShape.VeloDogRevolver or ThreatShape.SteelCompetitionPistol or ThreatShape.TaserPistol
            or ThreatShape.PistolInUkulele
            or ThreatShape.UziPistol or ThreatShape.P38Pistol or ThreatShape.StunTorch or ThreatShape.BeltBuckleGun
            or ThreatShape.PistolInRolledTowel
            or ThreatShape.SqueezeCockerPistol or ThreatShape.StunBaton or ThreatShape.PepperGelLauncher or ThreatShape.StenGun
            or ThreatShape.PistolInHandbag
            or ThreatShape.RandomFirearm => XrayItems.Firearm,
        ThreatShape.Smartphone or ThreatShape.FeaturePhone or ThreatShape.LargeSmartphone
            or ThreatShape.FlipPhone or ThreatShape.SlimPhone or ThreatShape.RuggedPhone or ThreatShape.MiniPhone
            or ThreatShape.CasedPhone or ThreatShape.PhoneShell or ThreatShape.FoldablePhone
            or ThreatShape.PhoneParts or ThreatShape.SliderPhone
            or ThreatShape.PhoneInBook or ThreatShape.WalletCasePhone or ThreatShape.WatchPhone
            or ThreatShape.BatteryCasePhone or ThreatShape.KeyFobPhone or ThreatShape.PhoneInShoe
            or ThreatShape.CardPhone or ThreatShape.PhoneInTin or ThreatShape.WrappedPhoneBundle or ThreatShape.PhoneInSoftToy
            or ThreatShape.ClamshellFoldable or ThreatShape.QwertyPhone or ThreatShape.PhoneInAerosol or ThreatShape.PhoneInPowderTub
            or ThreatShape.CompactSmartphone or ThreatShape.MagWalletPhone or ThreatShape.RemovableBatteryPhone or ThreatShape.PhoneInCrispTube
            or ThreatShape.PhoneInToothbrush
            or ThreatShape.BudgetSmartphone or ThreatShape.CellularTablet or ThreatShape.BigButtonPhone or ThreatShape.PhoneInGlassesCase
            or ThreatShape.PhoneInBra
            or ThreatShape.MetalUnibodyPhone or ThreatShape.StylusPhone or ThreatShape.GamingPhone or ThreatShape.PhoneInPeanutButter
            or ThreatShape.PhoneInGamepad
            or ThreatShape.SteelFramePhone or ThreatShape.SatellitePhone or ThreatShape.SelfieStickPhone or ThreatShape.PhoneInDeodorant
            or ThreatShape.PhoneInHeadphones
            or ThreatShape.TitaniumPhone or ThreatShape.PhoneInArmband or ThreatShape.PhoneWithCharger or ThreatShape.PhoneInTissueBox
            or ThreatShape.PhoneInSanitaryPads
            or ThreatShape.BoxedPhone or ThreatShape.GlitterCasePhone or ThreatShape.PhonePair or ThreatShape.PhoneInCardPack
            or ThreatShape.PhoneInYarnBall
            or ThreatShape.KeyboardCasePhone or ThreatShape.EInkPhone or ThreatShape.CrossbodyCasePhone or ThreatShape.PhoneInToiletRoll
            or ThreatShape.PhoneInCoatLining
            or ThreatShape.PopGripPhone or ThreatShape.PhoneWithEarphones or ThreatShape.TripleCameraPhone or ThreatShape.PhoneInLoaf
            or ThreatShape.PhoneInCigarettePack
            or ThreatShape.CameraBarPhone or ThreatShape.RoundCameraPhone or ThreatShape.MidRangePhone or ThreatShape.PhoneInBiscuitRoll
            or ThreatShape.PhoneInRolledSocks
            or ThreatShape.TinySmartphone or ThreatShape.ModularPhone or ThreatShape.PhoneInWaterproofPouch or ThreatShape.PhoneInHotWaterBottle
            or ThreatShape.PhoneInCoffeeBrick
            or ThreatShape.CeramicBackPhone or ThreatShape.DualScreenPhone or ThreatShape.BlisterPackPhone or ThreatShape.PhoneInPhotoFrame
            or ThreatShape.PhoneInCushion
            or ThreatShape.PopUpCameraPhone or ThreatShape.PhoneInBeltHolster or ThreatShape.PhoneInMetalBumper or ThreatShape.PhoneInHollowCandle
            or ThreatShape.PhoneInJigsawBox
            or ThreatShape.TriFoldPhone or ThreatShape.EndurancePhone or ThreatShape.GlyphBackPhone or ThreatShape.PhoneInFormulaTin
            or ThreatShape.PhoneInFoilSandwich
            or ThreatShape.PhoneInFaradayPouch or ThreatShape.ControllerClampPhone or ThreatShape.PhoneInJiffyBag or ThreatShape.PhoneInIcePack
            or ThreatShape.PhoneInChocolateBar
            or ThreatShape.PhoneInFoamCase or ThreatShape.PhoneWithClipLens or ThreatShape.RuggedFlipPhone or ThreatShape.PhoneInShampooBottle
            or ThreatShape.PhoneInPerfumeGiftBox
            or ThreatShape.PhoneWithMountPlate or ThreatShape.PhoneInLockingPouch or ThreatShape.PhoneInSpaghettiPack or ThreatShape.PhoneInShaver
            or ThreatShape.PhoneInBookSpine
            or ThreatShape.PhoneInCameraCage or ThreatShape.MetalFlipPhone or ThreatShape.SteelCandybarPhone or ThreatShape.PhoneInCalculator
            or ThreatShape.PhoneInWristSplint
            or ThreatShape.SwivelPhone or ThreatShape.PhoneOnGimbal or ThreatShape.PhoneOnTripodGrip or ThreatShape.PhoneInHairdryer
            or ThreatShape.PhoneInMusicBox
            or ThreatShape.HandheldTerminalPhone or ThreatShape.PocRadioPhone or ThreatShape.ZoomLensPhone or ThreatShape.PhoneInMugGiftBox
            or ThreatShape.PhoneInToyTruck
            or ThreatShape.RandomPhone => XrayItems.MobilePhone,
        ThreatShape.PistolRounds or ThreatShape.RifleRounds or ThreatShape.ShotgunShells or ThreatShape.RimfireRounds
            or ThreatShape.BoxedRounds or ThreatShape.Loose38Rounds
            or ThreatShape.StripperClip or ThreatShape.LoadedMagazine
            or ThreatShape.Speedloader
            or ThreatShape.LinkedRounds
            or ThreatShape.SteelCaseRounds
            or ThreatShape.RoundsInTobaccoTin
            or ThreatShape.RifleMagazine
            or ThreatShape.MoonClipRounds
            or ThreatShape.SpeedStripRounds
            or ThreatShape.CartridgeBelt
            or ThreatShape.RoundsInSock
            or ThreatShape.HuntingRifleRounds
            or ThreatShape.RoundsInFlipBox
            or ThreatShape.ShotgunSlugs
            or ThreatShape.Rounds44Magnum
            or ThreatShape.Rounds50Bmg
            or ThreatShape.Rounds410Bore
            or ThreatShape.Rounds20Bore
            or ThreatShape.BlankCartridges
            or ThreatShape.DrumMagazine
            or ThreatShape.BuckshotShells
            or ThreatShape.EnBlocClip
            or ThreatShape.ShotgunCartridgeBox
            or ThreatShape.CartridgeWallet
            or ThreatShape.GardenGunCartridges => XrayItems.Ammunition,
        ThreatShape.SimCard or ThreatShape.SimInCarrier or ThreatShape.MicroSim or ThreatShape.NanoSim
            or ThreatShape.SimInAdapter or ThreatShape.SimOnTray
            or ThreatShape.SimStack or ThreatShape.SimInBag
            or ThreatShape.SimInCard
            or ThreatShape.SimInCigarettes
            or ThreatShape.SimInSoap
            or ThreatShape.SimInCharger
            or ThreatShape.SimInRemote
            or ThreatShape.SimInLipBalm
            or ThreatShape.SimCardHolder
            or ThreatShape.SimsInBlisterPack
            or ThreatShape.SimsInEarbudCase
            or ThreatShape.SimInLetter
            or ThreatShape.SimInHollowCoin
            or ThreatShape.SimInWristwatch
            or ThreatShape.SimInLighter
            or ThreatShape.SimInEyeshadowPalette
            or ThreatShape.SimInTeaLight
            or ThreatShape.SimInPlasters
            or ThreatShape.SimInLocket
            or ThreatShape.SimInUsbReader
            or ThreatShape.SimInInsole
            or ThreatShape.SimInCoatButton
            or ThreatShape.SimInDummy
            or ThreatShape.SimInToyBricks
            or ThreatShape.SimInPhotoKeyring => XrayItems.SimCard,
        ThreatShape.Syringe or ThreatShape.InsulinSyringe or ThreatShape.Syringe10Ml or ThreatShape.TuberculinSyringe
            or ThreatShape.Syringe3Ml or ThreatShape.BlisterSyringe
            or ThreatShape.Syringe20Ml or ThreatShape.InsulinPen
            or ThreatShape.AutoInjector
            or ThreatShape.DentalSyringe
            or ThreatShape.GlassSyringe
            or ThreatShape.SyringeInMarker
            or ThreatShape.Syringe50Ml
            or ThreatShape.SafetySyringe
            or ThreatShape.PrefilledSyringe
            or ThreatShape.VeterinarySyringe
            or ThreatShape.SyringeInTampon
            or ThreatShape.OralSyringe
            or ThreatShape.SharpsBin
            or ThreatShape.Syringe5Ml
            or ThreatShape.NeedleExchangePack
            or ThreatShape.DispensingSyringeKit
            or ThreatShape.GlucagonKit
            or ThreatShape.ButterflyNeedleSet
            or ThreatShape.SteroidInjectionKit
            or ThreatShape.InsulinSyringeCarton
            or ThreatShape.NaloxoneKit
            or ThreatShape.DermalFillerSyringe
            or ThreatShape.TwoPartSyringe
            or ThreatShape.MarinadeInjector
            or ThreatShape.IvCannulaPack => XrayItems.Syringe,
        ThreatShape.Cell18650 or ThreatShape.PowerBank or ThreatShape.PouchCell
            or ThreatShape.Cell21700 or ThreatShape.PhoneBatteryPack
            or ThreatShape.VapeBattery or ThreatShape.CameraBattery or ThreatShape.LaptopBatteryPack
            or ThreatShape.CoinCells or ThreatShape.DrillBattery
            or ThreatShape.LiPoPack
            or ThreatShape.JumpStarter
            or ThreatShape.LithiumPrimaryCells
            or ThreatShape.DisposableVape
            or ThreatShape.MagneticPowerBank
            or ThreatShape.DroneBattery
            or ThreatShape.UsbRechargeableCells
            or ThreatShape.EBikeBattery
            or ThreatShape.BoxModVape
            or ThreatShape.RechargeableHandWarmer
            or ThreatShape.LipstickPowerBank
            or ThreatShape.Cell26650
            or ThreatShape.HeatedClothingBattery
            or ThreatShape.Cr123aCells
            or ThreatShape.Lithium9VBattery
            or ThreatShape.HandheldFan
            or ThreatShape.ArcLighter
            or ThreatShape.RechargeableHeadTorch
            or ThreatShape.SonicToothbrush
            or ThreatShape.BluetoothSpeaker
            or ThreatShape.MassageGun
            or ThreatShape.CordlessHairClipper
            or ThreatShape.LightedMakeupMirror => XrayItems.LithiumBattery,
        ThreatShape.Screwdriver or ThreatShape.Spanner or ThreatShape.Pliers or ThreatShape.Hammer
            or ThreatShape.AdjustableWrench or ThreatShape.Chisel
            or ThreatShape.HacksawBlade or ThreatShape.AllenKeys or ThreatShape.FlatFile
            or ThreatShape.PryBar or ThreatShape.DrillBits
            or ThreatShape.RatchetSockets
            or ThreatShape.BoltCutters
            or ThreatShape.LockingPliers or ThreatShape.TapeMeasure
            or ThreatShape.TinSnips or ThreatShape.LockPicks
            or ThreatShape.PipeWrench
            or ThreatShape.JuniorHacksaw
            or ThreatShape.FoldingSaw
            or ThreatShape.RotaryTool
            or ThreatShape.PrecisionScrewdriverSet
            or ThreatShape.TorpedoLevel
            or ThreatShape.StapleGun
            or ThreatShape.SideCutters
            or ThreatShape.RivetGun
            or ThreatShape.BlockPlane
            or ThreatShape.GClamp
            or ThreatShape.CaulkingGun
            or ThreatShape.AngleGrinder
            or ThreatShape.SolderingIron
            or ThreatShape.BrickTrowel
            or ThreatShape.CopingSaw
            or ThreatShape.HeatGun
            or ThreatShape.PipeCutter
            or ThreatShape.CordedDrill => XrayItems.Tool,
        ThreatShape.WineBottle or ThreatShape.SpiritsBottle or ThreatShape.Miniature
            or ThreatShape.HipFlask or ThreatShape.SpiritsCan or ThreatShape.FlaskBottle
            or ThreatShape.WineBoxBag or ThreatShape.PlasticSpiritsBottle
            or ThreatShape.ChampagneBottle or ThreatShape.SpiritPouches
            or ThreatShape.BeerBottles
            or ThreatShape.WineCarton
            or ThreatShape.BeerCans
            or ThreatShape.CiderBottle
            or ThreatShape.WhiskyInTube
            or ThreatShape.SwingTopBottle
            or ThreatShape.SpiritInMouthwash
            or ThreatShape.BinocularFlask
            or ThreatShape.SpiritInWaterBottle
            or ThreatShape.Growler
            or ThreatShape.StonewareBottle
            or ThreatShape.AlcopopBottles
            or ThreatShape.MiniKeg
            or ThreatShape.WineInSealedGlass
            or ThreatShape.WineInWireMesh
            or ThreatShape.PremixSlimCans
            or ThreatShape.JellyShots
            or ThreatShape.AluminiumBeerBottles
            or ThreatShape.LiqueurChocolates
            or ThreatShape.CrystalDecanter
            or ThreatShape.WhiskyGiftSet
            or ThreatShape.ChiantiFiasco
            or ThreatShape.MoonshineJar => XrayItems.Alcohol,
        ThreatShape.DrugBrick or ThreatShape.DrugWraps or ThreatShape.DrugPouch
            or ThreatShape.ClingFilmBundles or ThreatShape.PillStrips or ThreatShape.TabletBag
            or ThreatShape.VacuumBlock or ThreatShape.BalloonPowder or ThreatShape.PaperWraps
            or ThreatShape.DrugCapsules or ThreatShape.PillBottle
            or ThreatShape.HerbalBag
            or ThreatShape.FilmSachets
            or ThreatShape.DrugsInTennisBall
            or ThreatShape.ResinInFoil or ThreatShape.DrugsInBatteries
            or ThreatShape.PreRolls or ThreatShape.DrugsInNappy
            or ThreatShape.CannabisEdibles or ThreatShape.DrugsInShampoo
            or ThreatShape.SpicePaper or ThreatShape.DrugsInChocolateEggs
            or ThreatShape.CannabisGrinder or ThreatShape.DrugsInCandle
            or ThreatShape.CannabisJar or ThreatShape.DrugsInTeabags
            or ThreatShape.DealBags or ThreatShape.DrugsInToothpaste
            or ThreatShape.VapeCartridges or ThreatShape.DrugsInPenBarrels
            or ThreatShape.MethadoneBottle or ThreatShape.DrugsInSweets
            or ThreatShape.CannabisMylarPouch or ThreatShape.DrugsInSoapBar
            or ThreatShape.DriedMushrooms or ThreatShape.DrugsInCrispPacket
            or ThreatShape.KhatBundle or ThreatShape.DrugsInStashCan
            or ThreatShape.CannabisConcentrates or ThreatShape.DrugsInInhaler
            or ThreatShape.CannabinoidELiquid or ThreatShape.DrugsInModellingDough
            or ThreatShape.CannabisCaliTin or ThreatShape.DrugsInSandwichBiscuits
            or ThreatShape.NitrousChargers or ThreatShape.DrugsInFaceCreamJar
            or ThreatShape.GblBottle or ThreatShape.DrugsInOranges
            or ThreatShape.SnuffBullets or ThreatShape.DrugsInRollOnDeodorant
            or ThreatShape.SteroidVials or ThreatShape.DrugsInVitaminTub
            or ThreatShape.CannabisTincture or ThreatShape.DrugsInFlipFlops => XrayItems.ControlledDrugs,
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, null),
    };

    /// <summary>The shapes of an item this set may draw.</summary>
    public IReadOnlyList<ThreatShape> ShapesOf(string item) => Shapes.Where(s => ItemOf(s) == item).ToArray();
}
