import java.util.HashMap;
import java.util.Map;

// 600 methods, each calling the one before: their callers' models nest 600 deep.
class T {
    private final Object lock = new Object();
    private final Map<String, Integer> m = new HashMap<>();

    void f0() {
        if (!m.containsKey("a")) {
            m.put("a", 1);
        }
    }

    void f1() {
        f0();
    }

    void f2() {
        f1();
    }

    void f3() {
        f2();
    }

    void f4() {
        f3();
    }

    void f5() {
        f4();
    }

    void f6() {
        f5();
    }

    void f7() {
        f6();
    }

    void f8() {
        f7();
    }

    void f9() {
        f8();
    }

    void f10() {
        f9();
    }

    void f11() {
        f10();
    }

    void f12() {
        f11();
    }

    void f13() {
        f12();
    }

    void f14() {
        f13();
    }

    void f15() {
        f14();
    }

    void f16() {
        f15();
    }

    void f17() {
        f16();
    }

    void f18() {
        f17();
    }

    void f19() {
        f18();
    }

    void f20() {
        f19();
    }

    void f21() {
        f20();
    }

    void f22() {
        f21();
    }

    void f23() {
        f22();
    }

    void f24() {
        f23();
    }

    void f25() {
        f24();
    }

    void f26() {
        f25();
    }

    void f27() {
        f26();
    }

    void f28() {
        f27();
    }

    void f29() {
        f28();
    }

    void f30() {
        f29();
    }

    void f31() {
        f30();
    }

    void f32() {
        f31();
    }

    void f33() {
        f32();
    }

    void f34() {
        f33();
    }

    void f35() {
        f34();
    }

    void f36() {
        f35();
    }

    void f37() {
        f36();
    }

    void f38() {
        f37();
    }

    void f39() {
        f38();
    }

    void f40() {
        f39();
    }

    void f41() {
        f40();
    }

    void f42() {
        f41();
    }

    void f43() {
        f42();
    }

    void f44() {
        f43();
    }

    void f45() {
        f44();
    }

    void f46() {
        f45();
    }

    void f47() {
        f46();
    }

    void f48() {
        f47();
    }

    void f49() {
        f48();
    }

    void f50() {
        f49();
    }

    void f51() {
        f50();
    }

    void f52() {
        f51();
    }

    void f53() {
        f52();
    }

    void f54() {
        f53();
    }

    void f55() {
        f54();
    }

    void f56() {
        f55();
    }

    void f57() {
        f56();
    }

    void f58() {
        f57();
    }

    void f59() {
        f58();
    }

    void f60() {
        f59();
    }

    void f61() {
        f60();
    }

    void f62() {
        f61();
    }

    void f63() {
        f62();
    }

    void f64() {
        f63();
    }

    void f65() {
        f64();
    }

    void f66() {
        f65();
    }

    void f67() {
        f66();
    }

    void f68() {
        f67();
    }

    void f69() {
        f68();
    }

    void f70() {
        f69();
    }

    void f71() {
        f70();
    }

    void f72() {
        f71();
    }

    void f73() {
        f72();
    }

    void f74() {
        f73();
    }

    void f75() {
        f74();
    }

    void f76() {
        f75();
    }

    void f77() {
        f76();
    }

    void f78() {
        f77();
    }

    void f79() {
        f78();
    }

    void f80() {
        f79();
    }

    void f81() {
        f80();
    }

    void f82() {
        f81();
    }

    void f83() {
        f82();
    }

    void f84() {
        f83();
    }

    void f85() {
        f84();
    }

    void f86() {
        f85();
    }

    void f87() {
        f86();
    }

    void f88() {
        f87();
    }

    void f89() {
        f88();
    }

    void f90() {
        f89();
    }

    void f91() {
        f90();
    }

    void f92() {
        f91();
    }

    void f93() {
        f92();
    }

    void f94() {
        f93();
    }

    void f95() {
        f94();
    }

    void f96() {
        f95();
    }

    void f97() {
        f96();
    }

    void f98() {
        f97();
    }

    void f99() {
        f98();
    }

    void f100() {
        f99();
    }

    void f101() {
        f100();
    }

    void f102() {
        f101();
    }

    void f103() {
        f102();
    }

    void f104() {
        f103();
    }

    void f105() {
        f104();
    }

    void f106() {
        f105();
    }

    void f107() {
        f106();
    }

    void f108() {
        f107();
    }

    void f109() {
        f108();
    }

    void f110() {
        f109();
    }

    void f111() {
        f110();
    }

    void f112() {
        f111();
    }

    void f113() {
        f112();
    }

    void f114() {
        f113();
    }

    void f115() {
        f114();
    }

    void f116() {
        f115();
    }

    void f117() {
        f116();
    }

    void f118() {
        f117();
    }

    void f119() {
        f118();
    }

    void f120() {
        f119();
    }

    void f121() {
        f120();
    }

    void f122() {
        f121();
    }

    void f123() {
        f122();
    }

    void f124() {
        f123();
    }

    void f125() {
        f124();
    }

    void f126() {
        f125();
    }

    void f127() {
        f126();
    }

    void f128() {
        f127();
    }

    void f129() {
        f128();
    }

    void f130() {
        f129();
    }

    void f131() {
        f130();
    }

    void f132() {
        f131();
    }

    void f133() {
        f132();
    }

    void f134() {
        f133();
    }

    void f135() {
        f134();
    }

    void f136() {
        f135();
    }

    void f137() {
        f136();
    }

    void f138() {
        f137();
    }

    void f139() {
        f138();
    }

    void f140() {
        f139();
    }

    void f141() {
        f140();
    }

    void f142() {
        f141();
    }

    void f143() {
        f142();
    }

    void f144() {
        f143();
    }

    void f145() {
        f144();
    }

    void f146() {
        f145();
    }

    void f147() {
        f146();
    }

    void f148() {
        f147();
    }

    void f149() {
        f148();
    }

    void f150() {
        f149();
    }

    void f151() {
        f150();
    }

    void f152() {
        f151();
    }

    void f153() {
        f152();
    }

    void f154() {
        f153();
    }

    void f155() {
        f154();
    }

    void f156() {
        f155();
    }

    void f157() {
        f156();
    }

    void f158() {
        f157();
    }

    void f159() {
        f158();
    }

    void f160() {
        f159();
    }

    void f161() {
        f160();
    }

    void f162() {
        f161();
    }

    void f163() {
        f162();
    }

    void f164() {
        f163();
    }

    void f165() {
        f164();
    }

    void f166() {
        f165();
    }

    void f167() {
        f166();
    }

    void f168() {
        f167();
    }

    void f169() {
        f168();
    }

    void f170() {
        f169();
    }

    void f171() {
        f170();
    }

    void f172() {
        f171();
    }

    void f173() {
        f172();
    }

    void f174() {
        f173();
    }

    void f175() {
        f174();
    }

    void f176() {
        f175();
    }

    void f177() {
        f176();
    }

    void f178() {
        f177();
    }

    void f179() {
        f178();
    }

    void f180() {
        f179();
    }

    void f181() {
        f180();
    }

    void f182() {
        f181();
    }

    void f183() {
        f182();
    }

    void f184() {
        f183();
    }

    void f185() {
        f184();
    }

    void f186() {
        f185();
    }

    void f187() {
        f186();
    }

    void f188() {
        f187();
    }

    void f189() {
        f188();
    }

    void f190() {
        f189();
    }

    void f191() {
        f190();
    }

    void f192() {
        f191();
    }

    void f193() {
        f192();
    }

    void f194() {
        f193();
    }

    void f195() {
        f194();
    }

    void f196() {
        f195();
    }

    void f197() {
        f196();
    }

    void f198() {
        f197();
    }

    void f199() {
        f198();
    }

    void f200() {
        f199();
    }

    void f201() {
        f200();
    }

    void f202() {
        f201();
    }

    void f203() {
        f202();
    }

    void f204() {
        f203();
    }

    void f205() {
        f204();
    }

    void f206() {
        f205();
    }

    void f207() {
        f206();
    }

    void f208() {
        f207();
    }

    void f209() {
        f208();
    }

    void f210() {
        f209();
    }

    void f211() {
        f210();
    }

    void f212() {
        f211();
    }

    void f213() {
        f212();
    }

    void f214() {
        f213();
    }

    void f215() {
        f214();
    }

    void f216() {
        f215();
    }

    void f217() {
        f216();
    }

    void f218() {
        f217();
    }

    void f219() {
        f218();
    }

    void f220() {
        f219();
    }

    void f221() {
        f220();
    }

    void f222() {
        f221();
    }

    void f223() {
        f222();
    }

    void f224() {
        f223();
    }

    void f225() {
        f224();
    }

    void f226() {
        f225();
    }

    void f227() {
        f226();
    }

    void f228() {
        f227();
    }

    void f229() {
        f228();
    }

    void f230() {
        f229();
    }

    void f231() {
        f230();
    }

    void f232() {
        f231();
    }

    void f233() {
        f232();
    }

    void f234() {
        f233();
    }

    void f235() {
        f234();
    }

    void f236() {
        f235();
    }

    void f237() {
        f236();
    }

    void f238() {
        f237();
    }

    void f239() {
        f238();
    }

    void f240() {
        f239();
    }

    void f241() {
        f240();
    }

    void f242() {
        f241();
    }

    void f243() {
        f242();
    }

    void f244() {
        f243();
    }

    void f245() {
        f244();
    }

    void f246() {
        f245();
    }

    void f247() {
        f246();
    }

    void f248() {
        f247();
    }

    void f249() {
        f248();
    }

    void f250() {
        f249();
    }

    void f251() {
        f250();
    }

    void f252() {
        f251();
    }

    void f253() {
        f252();
    }

    void f254() {
        f253();
    }

    void f255() {
        f254();
    }

    void f256() {
        f255();
    }

    void f257() {
        f256();
    }

    void f258() {
        f257();
    }

    void f259() {
        f258();
    }

    void f260() {
        f259();
    }

    void f261() {
        f260();
    }

    void f262() {
        f261();
    }

    void f263() {
        f262();
    }

    void f264() {
        f263();
    }

    void f265() {
        f264();
    }

    void f266() {
        f265();
    }

    void f267() {
        f266();
    }

    void f268() {
        f267();
    }

    void f269() {
        f268();
    }

    void f270() {
        f269();
    }

    void f271() {
        f270();
    }

    void f272() {
        f271();
    }

    void f273() {
        f272();
    }

    void f274() {
        f273();
    }

    void f275() {
        f274();
    }

    void f276() {
        f275();
    }

    void f277() {
        f276();
    }

    void f278() {
        f277();
    }

    void f279() {
        f278();
    }

    void f280() {
        f279();
    }

    void f281() {
        f280();
    }

    void f282() {
        f281();
    }

    void f283() {
        f282();
    }

    void f284() {
        f283();
    }

    void f285() {
        f284();
    }

    void f286() {
        f285();
    }

    void f287() {
        f286();
    }

    void f288() {
        f287();
    }

    void f289() {
        f288();
    }

    void f290() {
        f289();
    }

    void f291() {
        f290();
    }

    void f292() {
        f291();
    }

    void f293() {
        f292();
    }

    void f294() {
        f293();
    }

    void f295() {
        f294();
    }

    void f296() {
        f295();
    }

    void f297() {
        f296();
    }

    void f298() {
        f297();
    }

    void f299() {
        f298();
    }

    void f300() {
        f299();
    }

    void f301() {
        f300();
    }

    void f302() {
        f301();
    }

    void f303() {
        f302();
    }

    void f304() {
        f303();
    }

    void f305() {
        f304();
    }

    void f306() {
        f305();
    }

    void f307() {
        f306();
    }

    void f308() {
        f307();
    }

    void f309() {
        f308();
    }

    void f310() {
        f309();
    }

    void f311() {
        f310();
    }

    void f312() {
        f311();
    }

    void f313() {
        f312();
    }

    void f314() {
        f313();
    }

    void f315() {
        f314();
    }

    void f316() {
        f315();
    }

    void f317() {
        f316();
    }

    void f318() {
        f317();
    }

    void f319() {
        f318();
    }

    void f320() {
        f319();
    }

    void f321() {
        f320();
    }

    void f322() {
        f321();
    }

    void f323() {
        f322();
    }

    void f324() {
        f323();
    }

    void f325() {
        f324();
    }

    void f326() {
        f325();
    }

    void f327() {
        f326();
    }

    void f328() {
        f327();
    }

    void f329() {
        f328();
    }

    void f330() {
        f329();
    }

    void f331() {
        f330();
    }

    void f332() {
        f331();
    }

    void f333() {
        f332();
    }

    void f334() {
        f333();
    }

    void f335() {
        f334();
    }

    void f336() {
        f335();
    }

    void f337() {
        f336();
    }

    void f338() {
        f337();
    }

    void f339() {
        f338();
    }

    void f340() {
        f339();
    }

    void f341() {
        f340();
    }

    void f342() {
        f341();
    }

    void f343() {
        f342();
    }

    void f344() {
        f343();
    }

    void f345() {
        f344();
    }

    void f346() {
        f345();
    }

    void f347() {
        f346();
    }

    void f348() {
        f347();
    }

    void f349() {
        f348();
    }

    void f350() {
        f349();
    }

    void f351() {
        f350();
    }

    void f352() {
        f351();
    }

    void f353() {
        f352();
    }

    void f354() {
        f353();
    }

    void f355() {
        f354();
    }

    void f356() {
        f355();
    }

    void f357() {
        f356();
    }

    void f358() {
        f357();
    }

    void f359() {
        f358();
    }

    void f360() {
        f359();
    }

    void f361() {
        f360();
    }

    void f362() {
        f361();
    }

    void f363() {
        f362();
    }

    void f364() {
        f363();
    }

    void f365() {
        f364();
    }

    void f366() {
        f365();
    }

    void f367() {
        f366();
    }

    void f368() {
        f367();
    }

    void f369() {
        f368();
    }

    void f370() {
        f369();
    }

    void f371() {
        f370();
    }

    void f372() {
        f371();
    }

    void f373() {
        f372();
    }

    void f374() {
        f373();
    }

    void f375() {
        f374();
    }

    void f376() {
        f375();
    }

    void f377() {
        f376();
    }

    void f378() {
        f377();
    }

    void f379() {
        f378();
    }

    void f380() {
        f379();
    }

    void f381() {
        f380();
    }

    void f382() {
        f381();
    }

    void f383() {
        f382();
    }

    void f384() {
        f383();
    }

    void f385() {
        f384();
    }

    void f386() {
        f385();
    }

    void f387() {
        f386();
    }

    void f388() {
        f387();
    }

    void f389() {
        f388();
    }

    void f390() {
        f389();
    }

    void f391() {
        f390();
    }

    void f392() {
        f391();
    }

    void f393() {
        f392();
    }

    void f394() {
        f393();
    }

    void f395() {
        f394();
    }

    void f396() {
        f395();
    }

    void f397() {
        f396();
    }

    void f398() {
        f397();
    }

    void f399() {
        f398();
    }

    void f400() {
        f399();
    }

    void f401() {
        f400();
    }

    void f402() {
        f401();
    }

    void f403() {
        f402();
    }

    void f404() {
        f403();
    }

    void f405() {
        f404();
    }

    void f406() {
        f405();
    }

    void f407() {
        f406();
    }

    void f408() {
        f407();
    }

    void f409() {
        f408();
    }

    void f410() {
        f409();
    }

    void f411() {
        f410();
    }

    void f412() {
        f411();
    }

    void f413() {
        f412();
    }

    void f414() {
        f413();
    }

    void f415() {
        f414();
    }

    void f416() {
        f415();
    }

    void f417() {
        f416();
    }

    void f418() {
        f417();
    }

    void f419() {
        f418();
    }

    void f420() {
        f419();
    }

    void f421() {
        f420();
    }

    void f422() {
        f421();
    }

    void f423() {
        f422();
    }

    void f424() {
        f423();
    }

    void f425() {
        f424();
    }

    void f426() {
        f425();
    }

    void f427() {
        f426();
    }

    void f428() {
        f427();
    }

    void f429() {
        f428();
    }

    void f430() {
        f429();
    }

    void f431() {
        f430();
    }

    void f432() {
        f431();
    }

    void f433() {
        f432();
    }

    void f434() {
        f433();
    }

    void f435() {
        f434();
    }

    void f436() {
        f435();
    }

    void f437() {
        f436();
    }

    void f438() {
        f437();
    }

    void f439() {
        f438();
    }

    void f440() {
        f439();
    }

    void f441() {
        f440();
    }

    void f442() {
        f441();
    }

    void f443() {
        f442();
    }

    void f444() {
        f443();
    }

    void f445() {
        f444();
    }

    void f446() {
        f445();
    }

    void f447() {
        f446();
    }

    void f448() {
        f447();
    }

    void f449() {
        f448();
    }

    void f450() {
        f449();
    }

    void f451() {
        f450();
    }

    void f452() {
        f451();
    }

    void f453() {
        f452();
    }

    void f454() {
        f453();
    }

    void f455() {
        f454();
    }

    void f456() {
        f455();
    }

    void f457() {
        f456();
    }

    void f458() {
        f457();
    }

    void f459() {
        f458();
    }

    void f460() {
        f459();
    }

    void f461() {
        f460();
    }

    void f462() {
        f461();
    }

    void f463() {
        f462();
    }

    void f464() {
        f463();
    }

    void f465() {
        f464();
    }

    void f466() {
        f465();
    }

    void f467() {
        f466();
    }

    void f468() {
        f467();
    }

    void f469() {
        f468();
    }

    void f470() {
        f469();
    }

    void f471() {
        f470();
    }

    void f472() {
        f471();
    }

    void f473() {
        f472();
    }

    void f474() {
        f473();
    }

    void f475() {
        f474();
    }

    void f476() {
        f475();
    }

    void f477() {
        f476();
    }

    void f478() {
        f477();
    }

    void f479() {
        f478();
    }

    void f480() {
        f479();
    }

    void f481() {
        f480();
    }

    void f482() {
        f481();
    }

    void f483() {
        f482();
    }

    void f484() {
        f483();
    }

    void f485() {
        f484();
    }

    void f486() {
        f485();
    }

    void f487() {
        f486();
    }

    void f488() {
        f487();
    }

    void f489() {
        f488();
    }

    void f490() {
        f489();
    }

    void f491() {
        f490();
    }

    void f492() {
        f491();
    }

    void f493() {
        f492();
    }

    void f494() {
        f493();
    }

    void f495() {
        f494();
    }

    void f496() {
        f495();
    }

    void f497() {
        f496();
    }

    void f498() {
        f497();
    }

    void f499() {
        f498();
    }

    void f500() {
        f499();
    }

    void f501() {
        f500();
    }

    void f502() {
        f501();
    }

    void f503() {
        f502();
    }

    void f504() {
        f503();
    }

    void f505() {
        f504();
    }

    void f506() {
        f505();
    }

    void f507() {
        f506();
    }

    void f508() {
        f507();
    }

    void f509() {
        f508();
    }

    void f510() {
        f509();
    }

    void f511() {
        f510();
    }

    void f512() {
        f511();
    }

    void f513() {
        f512();
    }

    void f514() {
        f513();
    }

    void f515() {
        f514();
    }

    void f516() {
        f515();
    }

    void f517() {
        f516();
    }

    void f518() {
        f517();
    }

    void f519() {
        f518();
    }

    void f520() {
        f519();
    }

    void f521() {
        f520();
    }

    void f522() {
        f521();
    }

    void f523() {
        f522();
    }

    void f524() {
        f523();
    }

    void f525() {
        f524();
    }

    void f526() {
        f525();
    }

    void f527() {
        f526();
    }

    void f528() {
        f527();
    }

    void f529() {
        f528();
    }

    void f530() {
        f529();
    }

    void f531() {
        f530();
    }

    void f532() {
        f531();
    }

    void f533() {
        f532();
    }

    void f534() {
        f533();
    }

    void f535() {
        f534();
    }

    void f536() {
        f535();
    }

    void f537() {
        f536();
    }

    void f538() {
        f537();
    }

    void f539() {
        f538();
    }

    void f540() {
        f539();
    }

    void f541() {
        f540();
    }

    void f542() {
        f541();
    }

    void f543() {
        f542();
    }

    void f544() {
        f543();
    }

    void f545() {
        f544();
    }

    void f546() {
        f545();
    }

    void f547() {
        f546();
    }

    void f548() {
        f547();
    }

    void f549() {
        f548();
    }

    void f550() {
        f549();
    }

    void f551() {
        f550();
    }

    void f552() {
        f551();
    }

    void f553() {
        f552();
    }

    void f554() {
        f553();
    }

    void f555() {
        f554();
    }

    void f556() {
        f555();
    }

    void f557() {
        f556();
    }

    void f558() {
        f557();
    }

    void f559() {
        f558();
    }

    void f560() {
        f559();
    }

    void f561() {
        f560();
    }

    void f562() {
        f561();
    }

    void f563() {
        f562();
    }

    void f564() {
        f563();
    }

    void f565() {
        f564();
    }

    void f566() {
        f565();
    }

    void f567() {
        f566();
    }

    void f568() {
        f567();
    }

    void f569() {
        f568();
    }

    void f570() {
        f569();
    }

    void f571() {
        f570();
    }

    void f572() {
        f571();
    }

    void f573() {
        f572();
    }

    void f574() {
        f573();
    }

    void f575() {
        f574();
    }

    void f576() {
        f575();
    }

    void f577() {
        f576();
    }

    void f578() {
        f577();
    }

    void f579() {
        f578();
    }

    void f580() {
        f579();
    }

    void f581() {
        f580();
    }

    void f582() {
        f581();
    }

    void f583() {
        f582();
    }

    void f584() {
        f583();
    }

    void f585() {
        f584();
    }

    void f586() {
        f585();
    }

    void f587() {
        f586();
    }

    void f588() {
        f587();
    }

    void f589() {
        f588();
    }

    void f590() {
        f589();
    }

    void f591() {
        f590();
    }

    void f592() {
        f591();
    }

    void f593() {
        f592();
    }

    void f594() {
        f593();
    }

    void f595() {
        f594();
    }

    void f596() {
        f595();
    }

    void f597() {
        f596();
    }

    void f598() {
        f597();
    }

    void f599() {
        f598();
    }
}
