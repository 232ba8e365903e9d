import java.util.HashMap;
import java.util.Map;

// 600 methods, each calling the next: their summaries nest 600 deep.
class T {
    private final Object lock = new Object();
    private final Map<String, Integer> m = new HashMap<>();

    void f0() {
        m.put("a", 0);
        f1();
    }

    void f1() {
        m.put("a", 1);
        f2();
    }

    void f2() {
        m.put("a", 2);
        f3();
    }

    void f3() {
        m.put("a", 3);
        f4();
    }

    void f4() {
        m.put("a", 4);
        f5();
    }

    void f5() {
        m.put("a", 5);
        f6();
    }

    void f6() {
        m.put("a", 6);
        f7();
    }

    void f7() {
        m.put("a", 7);
        f8();
    }

    void f8() {
        m.put("a", 8);
        f9();
    }

    void f9() {
        m.put("a", 9);
        f10();
    }

    void f10() {
        m.put("a", 10);
        f11();
    }

    void f11() {
        m.put("a", 11);
        f12();
    }

    void f12() {
        m.put("a", 12);
        f13();
    }

    void f13() {
        m.put("a", 13);
        f14();
    }

    void f14() {
        m.put("a", 14);
        f15();
    }

    void f15() {
        m.put("a", 15);
        f16();
    }

    void f16() {
        m.put("a", 16);
        f17();
    }

    void f17() {
        m.put("a", 17);
        f18();
    }

    void f18() {
        m.put("a", 18);
        f19();
    }

    void f19() {
        m.put("a", 19);
        f20();
    }

    void f20() {
        m.put("a", 20);
        f21();
    }

    void f21() {
        m.put("a", 21);
        f22();
    }

    void f22() {
        m.put("a", 22);
        f23();
    }

    void f23() {
        m.put("a", 23);
        f24();
    }

    void f24() {
        m.put("a", 24);
        f25();
    }

    void f25() {
        m.put("a", 25);
        f26();
    }

    void f26() {
        m.put("a", 26);
        f27();
    }

    void f27() {
        m.put("a", 27);
        f28();
    }

    void f28() {
        m.put("a", 28);
        f29();
    }

    void f29() {
        m.put("a", 29);
        f30();
    }

    void f30() {
        m.put("a", 30);
        f31();
    }

    void f31() {
        m.put("a", 31);
        f32();
    }

    void f32() {
        m.put("a", 32);
        f33();
    }

    void f33() {
        m.put("a", 33);
        f34();
    }

    void f34() {
        m.put("a", 34);
        f35();
    }

    void f35() {
        m.put("a", 35);
        f36();
    }

    void f36() {
        m.put("a", 36);
        f37();
    }

    void f37() {
        m.put("a", 37);
        f38();
    }

    void f38() {
        m.put("a", 38);
        f39();
    }

    void f39() {
        m.put("a", 39);
        f40();
    }

    void f40() {
        m.put("a", 40);
        f41();
    }

    void f41() {
        m.put("a", 41);
        f42();
    }

    void f42() {
        m.put("a", 42);
        f43();
    }

    void f43() {
        m.put("a", 43);
        f44();
    }

    void f44() {
        m.put("a", 44);
        f45();
    }

    void f45() {
        m.put("a", 45);
        f46();
    }

    void f46() {
        m.put("a", 46);
        f47();
    }

    void f47() {
        m.put("a", 47);
        f48();
    }

    void f48() {
        m.put("a", 48);
        f49();
    }

    void f49() {
        m.put("a", 49);
        f50();
    }

    void f50() {
        m.put("a", 50);
        f51();
    }

    void f51() {
        m.put("a", 51);
        f52();
    }

    void f52() {
        m.put("a", 52);
        f53();
    }

    void f53() {
        m.put("a", 53);
        f54();
    }

    void f54() {
        m.put("a", 54);
        f55();
    }

    void f55() {
        m.put("a", 55);
        f56();
    }

    void f56() {
        m.put("a", 56);
        f57();
    }

    void f57() {
        m.put("a", 57);
        f58();
    }

    void f58() {
        m.put("a", 58);
        f59();
    }

    void f59() {
        m.put("a", 59);
        f60();
    }

    void f60() {
        m.put("a", 60);
        f61();
    }

    void f61() {
        m.put("a", 61);
        f62();
    }

    void f62() {
        m.put("a", 62);
        f63();
    }

    void f63() {
        m.put("a", 63);
        f64();
    }

    void f64() {
        m.put("a", 64);
        f65();
    }

    void f65() {
        m.put("a", 65);
        f66();
    }

    void f66() {
        m.put("a", 66);
        f67();
    }

    void f67() {
        m.put("a", 67);
        f68();
    }

    void f68() {
        m.put("a", 68);
        f69();
    }

    void f69() {
        m.put("a", 69);
        f70();
    }

    void f70() {
        m.put("a", 70);
        f71();
    }

    void f71() {
        m.put("a", 71);
        f72();
    }

    void f72() {
        m.put("a", 72);
        f73();
    }

    void f73() {
        m.put("a", 73);
        f74();
    }

    void f74() {
        m.put("a", 74);
        f75();
    }

    void f75() {
        m.put("a", 75);
        f76();
    }

    void f76() {
        m.put("a", 76);
        f77();
    }

    void f77() {
        m.put("a", 77);
        f78();
    }

    void f78() {
        m.put("a", 78);
        f79();
    }

    void f79() {
        m.put("a", 79);
        f80();
    }

    void f80() {
        m.put("a", 80);
        f81();
    }

    void f81() {
        m.put("a", 81);
        f82();
    }

    void f82() {
        m.put("a", 82);
        f83();
    }

    void f83() {
        m.put("a", 83);
        f84();
    }

    void f84() {
        m.put("a", 84);
        f85();
    }

    void f85() {
        m.put("a", 85);
        f86();
    }

    void f86() {
        m.put("a", 86);
        f87();
    }

    void f87() {
        m.put("a", 87);
        f88();
    }

    void f88() {
        m.put("a", 88);
        f89();
    }

    void f89() {
        m.put("a", 89);
        f90();
    }

    void f90() {
        m.put("a", 90);
        f91();
    }

    void f91() {
        m.put("a", 91);
        f92();
    }

    void f92() {
        m.put("a", 92);
        f93();
    }

    void f93() {
        m.put("a", 93);
        f94();
    }

    void f94() {
        m.put("a", 94);
        f95();
    }

    void f95() {
        m.put("a", 95);
        f96();
    }

    void f96() {
        m.put("a", 96);
        f97();
    }

    void f97() {
        m.put("a", 97);
        f98();
    }

    void f98() {
        m.put("a", 98);
        f99();
    }

    void f99() {
        m.put("a", 99);
        f100();
    }

    void f100() {
        m.put("a", 100);
        f101();
    }

    void f101() {
        m.put("a", 101);
        f102();
    }

    void f102() {
        m.put("a", 102);
        f103();
    }

    void f103() {
        m.put("a", 103);
        f104();
    }

    void f104() {
        m.put("a", 104);
        f105();
    }

    void f105() {
        m.put("a", 105);
        f106();
    }

    void f106() {
        m.put("a", 106);
        f107();
    }

    void f107() {
        m.put("a", 107);
        f108();
    }

    void f108() {
        m.put("a", 108);
        f109();
    }

    void f109() {
        m.put("a", 109);
        f110();
    }

    void f110() {
        m.put("a", 110);
        f111();
    }

    void f111() {
        m.put("a", 111);
        f112();
    }

    void f112() {
        m.put("a", 112);
        f113();
    }

    void f113() {
        m.put("a", 113);
        f114();
    }

    void f114() {
        m.put("a", 114);
        f115();
    }

    void f115() {
        m.put("a", 115);
        f116();
    }

    void f116() {
        m.put("a", 116);
        f117();
    }

    void f117() {
        m.put("a", 117);
        f118();
    }

    void f118() {
        m.put("a", 118);
        f119();
    }

    void f119() {
        m.put("a", 119);
        f120();
    }

    void f120() {
        m.put("a", 120);
        f121();
    }

    void f121() {
        m.put("a", 121);
        f122();
    }

    void f122() {
        m.put("a", 122);
        f123();
    }

    void f123() {
        m.put("a", 123);
        f124();
    }

    void f124() {
        m.put("a", 124);
        f125();
    }

    void f125() {
        m.put("a", 125);
        f126();
    }

    void f126() {
        m.put("a", 126);
        f127();
    }

    void f127() {
        m.put("a", 127);
        f128();
    }

    void f128() {
        m.put("a", 128);
        f129();
    }

    void f129() {
        m.put("a", 129);
        f130();
    }

    void f130() {
        m.put("a", 130);
        f131();
    }

    void f131() {
        m.put("a", 131);
        f132();
    }

    void f132() {
        m.put("a", 132);
        f133();
    }

    void f133() {
        m.put("a", 133);
        f134();
    }

    void f134() {
        m.put("a", 134);
        f135();
    }

    void f135() {
        m.put("a", 135);
        f136();
    }

    void f136() {
        m.put("a", 136);
        f137();
    }

    void f137() {
        m.put("a", 137);
        f138();
    }

    void f138() {
        m.put("a", 138);
        f139();
    }

    void f139() {
        m.put("a", 139);
        f140();
    }

    void f140() {
        m.put("a", 140);
        f141();
    }

    void f141() {
        m.put("a", 141);
        f142();
    }

    void f142() {
        m.put("a", 142);
        f143();
    }

    void f143() {
        m.put("a", 143);
        f144();
    }

    void f144() {
        m.put("a", 144);
        f145();
    }

    void f145() {
        m.put("a", 145);
        f146();
    }

    void f146() {
        m.put("a", 146);
        f147();
    }

    void f147() {
        m.put("a", 147);
        f148();
    }

    void f148() {
        m.put("a", 148);
        f149();
    }

    void f149() {
        m.put("a", 149);
        f150();
    }

    void f150() {
        m.put("a", 150);
        f151();
    }

    void f151() {
        m.put("a", 151);
        f152();
    }

    void f152() {
        m.put("a", 152);
        f153();
    }

    void f153() {
        m.put("a", 153);
        f154();
    }

    void f154() {
        m.put("a", 154);
        f155();
    }

    void f155() {
        m.put("a", 155);
        f156();
    }

    void f156() {
        m.put("a", 156);
        f157();
    }

    void f157() {
        m.put("a", 157);
        f158();
    }

    void f158() {
        m.put("a", 158);
        f159();
    }

    void f159() {
        m.put("a", 159);
        f160();
    }

    void f160() {
        m.put("a", 160);
        f161();
    }

    void f161() {
        m.put("a", 161);
        f162();
    }

    void f162() {
        m.put("a", 162);
        f163();
    }

    void f163() {
        m.put("a", 163);
        f164();
    }

    void f164() {
        m.put("a", 164);
        f165();
    }

    void f165() {
        m.put("a", 165);
        f166();
    }

    void f166() {
        m.put("a", 166);
        f167();
    }

    void f167() {
        m.put("a", 167);
        f168();
    }

    void f168() {
        m.put("a", 168);
        f169();
    }

    void f169() {
        m.put("a", 169);
        f170();
    }

    void f170() {
        m.put("a", 170);
        f171();
    }

    void f171() {
        m.put("a", 171);
        f172();
    }

    void f172() {
        m.put("a", 172);
        f173();
    }

    void f173() {
        m.put("a", 173);
        f174();
    }

    void f174() {
        m.put("a", 174);
        f175();
    }

    void f175() {
        m.put("a", 175);
        f176();
    }

    void f176() {
        m.put("a", 176);
        f177();
    }

    void f177() {
        m.put("a", 177);
        f178();
    }

    void f178() {
        m.put("a", 178);
        f179();
    }

    void f179() {
        m.put("a", 179);
        f180();
    }

    void f180() {
        m.put("a", 180);
        f181();
    }

    void f181() {
        m.put("a", 181);
        f182();
    }

    void f182() {
        m.put("a", 182);
        f183();
    }

    void f183() {
        m.put("a", 183);
        f184();
    }

    void f184() {
        m.put("a", 184);
        f185();
    }

    void f185() {
        m.put("a", 185);
        f186();
    }

    void f186() {
        m.put("a", 186);
        f187();
    }

    void f187() {
        m.put("a", 187);
        f188();
    }

    void f188() {
        m.put("a", 188);
        f189();
    }

    void f189() {
        m.put("a", 189);
        f190();
    }

    void f190() {
        m.put("a", 190);
        f191();
    }

    void f191() {
        m.put("a", 191);
        f192();
    }

    void f192() {
        m.put("a", 192);
        f193();
    }

    void f193() {
        m.put("a", 193);
        f194();
    }

    void f194() {
        m.put("a", 194);
        f195();
    }

    void f195() {
        m.put("a", 195);
        f196();
    }

    void f196() {
        m.put("a", 196);
        f197();
    }

    void f197() {
        m.put("a", 197);
        f198();
    }

    void f198() {
        m.put("a", 198);
        f199();
    }

    void f199() {
        m.put("a", 199);
        f200();
    }

    void f200() {
        m.put("a", 200);
        f201();
    }

    void f201() {
        m.put("a", 201);
        f202();
    }

    void f202() {
        m.put("a", 202);
        f203();
    }

    void f203() {
        m.put("a", 203);
        f204();
    }

    void f204() {
        m.put("a", 204);
        f205();
    }

    void f205() {
        m.put("a", 205);
        f206();
    }

    void f206() {
        m.put("a", 206);
        f207();
    }

    void f207() {
        m.put("a", 207);
        f208();
    }

    void f208() {
        m.put("a", 208);
        f209();
    }

    void f209() {
        m.put("a", 209);
        f210();
    }

    void f210() {
        m.put("a", 210);
        f211();
    }

    void f211() {
        m.put("a", 211);
        f212();
    }

    void f212() {
        m.put("a", 212);
        f213();
    }

    void f213() {
        m.put("a", 213);
        f214();
    }

    void f214() {
        m.put("a", 214);
        f215();
    }

    void f215() {
        m.put("a", 215);
        f216();
    }

    void f216() {
        m.put("a", 216);
        f217();
    }

    void f217() {
        m.put("a", 217);
        f218();
    }

    void f218() {
        m.put("a", 218);
        f219();
    }

    void f219() {
        m.put("a", 219);
        f220();
    }

    void f220() {
        m.put("a", 220);
        f221();
    }

    void f221() {
        m.put("a", 221);
        f222();
    }

    void f222() {
        m.put("a", 222);
        f223();
    }

    void f223() {
        m.put("a", 223);
        f224();
    }

    void f224() {
        m.put("a", 224);
        f225();
    }

    void f225() {
        m.put("a", 225);
        f226();
    }

    void f226() {
        m.put("a", 226);
        f227();
    }

    void f227() {
        m.put("a", 227);
        f228();
    }

    void f228() {
        m.put("a", 228);
        f229();
    }

    void f229() {
        m.put("a", 229);
        f230();
    }

    void f230() {
        m.put("a", 230);
        f231();
    }

    void f231() {
        m.put("a", 231);
        f232();
    }

    void f232() {
        m.put("a", 232);
        f233();
    }

    void f233() {
        m.put("a", 233);
        f234();
    }

    void f234() {
        m.put("a", 234);
        f235();
    }

    void f235() {
        m.put("a", 235);
        f236();
    }

    void f236() {
        m.put("a", 236);
        f237();
    }

    void f237() {
        m.put("a", 237);
        f238();
    }

    void f238() {
        m.put("a", 238);
        f239();
    }

    void f239() {
        m.put("a", 239);
        f240();
    }

    void f240() {
        m.put("a", 240);
        f241();
    }

    void f241() {
        m.put("a", 241);
        f242();
    }

    void f242() {
        m.put("a", 242);
        f243();
    }

    void f243() {
        m.put("a", 243);
        f244();
    }

    void f244() {
        m.put("a", 244);
        f245();
    }

    void f245() {
        m.put("a", 245);
        f246();
    }

    void f246() {
        m.put("a", 246);
        f247();
    }

    void f247() {
        m.put("a", 247);
        f248();
    }

    void f248() {
        m.put("a", 248);
        f249();
    }

    void f249() {
        m.put("a", 249);
        f250();
    }

    void f250() {
        m.put("a", 250);
        f251();
    }

    void f251() {
        m.put("a", 251);
        f252();
    }

    void f252() {
        m.put("a", 252);
        f253();
    }

    void f253() {
        m.put("a", 253);
        f254();
    }

    void f254() {
        m.put("a", 254);
        f255();
    }

    void f255() {
        m.put("a", 255);
        f256();
    }

    void f256() {
        m.put("a", 256);
        f257();
    }

    void f257() {
        m.put("a", 257);
        f258();
    }

    void f258() {
        m.put("a", 258);
        f259();
    }

    void f259() {
        m.put("a", 259);
        f260();
    }

    void f260() {
        m.put("a", 260);
        f261();
    }

    void f261() {
        m.put("a", 261);
        f262();
    }

    void f262() {
        m.put("a", 262);
        f263();
    }

    void f263() {
        m.put("a", 263);
        f264();
    }

    void f264() {
        m.put("a", 264);
        f265();
    }

    void f265() {
        m.put("a", 265);
        f266();
    }

    void f266() {
        m.put("a", 266);
        f267();
    }

    void f267() {
        m.put("a", 267);
        f268();
    }

    void f268() {
        m.put("a", 268);
        f269();
    }

    void f269() {
        m.put("a", 269);
        f270();
    }

    void f270() {
        m.put("a", 270);
        f271();
    }

    void f271() {
        m.put("a", 271);
        f272();
    }

    void f272() {
        m.put("a", 272);
        f273();
    }

    void f273() {
        m.put("a", 273);
        f274();
    }

    void f274() {
        m.put("a", 274);
        f275();
    }

    void f275() {
        m.put("a", 275);
        f276();
    }

    void f276() {
        m.put("a", 276);
        f277();
    }

    void f277() {
        m.put("a", 277);
        f278();
    }

    void f278() {
        m.put("a", 278);
        f279();
    }

    void f279() {
        m.put("a", 279);
        f280();
    }

    void f280() {
        m.put("a", 280);
        f281();
    }

    void f281() {
        m.put("a", 281);
        f282();
    }

    void f282() {
        m.put("a", 282);
        f283();
    }

    void f283() {
        m.put("a", 283);
        f284();
    }

    void f284() {
        m.put("a", 284);
        f285();
    }

    void f285() {
        m.put("a", 285);
        f286();
    }

    void f286() {
        m.put("a", 286);
        f287();
    }

    void f287() {
        m.put("a", 287);
        f288();
    }

    void f288() {
        m.put("a", 288);
        f289();
    }

    void f289() {
        m.put("a", 289);
        f290();
    }

    void f290() {
        m.put("a", 290);
        f291();
    }

    void f291() {
        m.put("a", 291);
        f292();
    }

    void f292() {
        m.put("a", 292);
        f293();
    }

    void f293() {
        m.put("a", 293);
        f294();
    }

    void f294() {
        m.put("a", 294);
        f295();
    }

    void f295() {
        m.put("a", 295);
        f296();
    }

    void f296() {
        m.put("a", 296);
        f297();
    }

    void f297() {
        m.put("a", 297);
        f298();
    }

    void f298() {
        m.put("a", 298);
        f299();
    }

    void f299() {
        m.put("a", 299);
        f300();
    }

    void f300() {
        m.put("a", 300);
        f301();
    }

    void f301() {
        m.put("a", 301);
        f302();
    }

    void f302() {
        m.put("a", 302);
        f303();
    }

    void f303() {
        m.put("a", 303);
        f304();
    }

    void f304() {
        m.put("a", 304);
        f305();
    }

    void f305() {
        m.put("a", 305);
        f306();
    }

    void f306() {
        m.put("a", 306);
        f307();
    }

    void f307() {
        m.put("a", 307);
        f308();
    }

    void f308() {
        m.put("a", 308);
        f309();
    }

    void f309() {
        m.put("a", 309);
        f310();
    }

    void f310() {
        m.put("a", 310);
        f311();
    }

    void f311() {
        m.put("a", 311);
        f312();
    }

    void f312() {
        m.put("a", 312);
        f313();
    }

    void f313() {
        m.put("a", 313);
        f314();
    }

    void f314() {
        m.put("a", 314);
        f315();
    }

    void f315() {
        m.put("a", 315);
        f316();
    }

    void f316() {
        m.put("a", 316);
        f317();
    }

    void f317() {
        m.put("a", 317);
        f318();
    }

    void f318() {
        m.put("a", 318);
        f319();
    }

    void f319() {
        m.put("a", 319);
        f320();
    }

    void f320() {
        m.put("a", 320);
        f321();
    }

    void f321() {
        m.put("a", 321);
        f322();
    }

    void f322() {
        m.put("a", 322);
        f323();
    }

    void f323() {
        m.put("a", 323);
        f324();
    }

    void f324() {
        m.put("a", 324);
        f325();
    }

    void f325() {
        m.put("a", 325);
        f326();
    }

    void f326() {
        m.put("a", 326);
        f327();
    }

    void f327() {
        m.put("a", 327);
        f328();
    }

    void f328() {
        m.put("a", 328);
        f329();
    }

    void f329() {
        m.put("a", 329);
        f330();
    }

    void f330() {
        m.put("a", 330);
        f331();
    }

    void f331() {
        m.put("a", 331);
        f332();
    }

    void f332() {
        m.put("a", 332);
        f333();
    }

    void f333() {
        m.put("a", 333);
        f334();
    }

    void f334() {
        m.put("a", 334);
        f335();
    }

    void f335() {
        m.put("a", 335);
        f336();
    }

    void f336() {
        m.put("a", 336);
        f337();
    }

    void f337() {
        m.put("a", 337);
        f338();
    }

    void f338() {
        m.put("a", 338);
        f339();
    }

    void f339() {
        m.put("a", 339);
        f340();
    }

    void f340() {
        m.put("a", 340);
        f341();
    }

    void f341() {
        m.put("a", 341);
        f342();
    }

    void f342() {
        m.put("a", 342);
        f343();
    }

    void f343() {
        m.put("a", 343);
        f344();
    }

    void f344() {
        m.put("a", 344);
        f345();
    }

    void f345() {
        m.put("a", 345);
        f346();
    }

    void f346() {
        m.put("a", 346);
        f347();
    }

    void f347() {
        m.put("a", 347);
        f348();
    }

    void f348() {
        m.put("a", 348);
        f349();
    }

    void f349() {
        m.put("a", 349);
        f350();
    }

    void f350() {
        m.put("a", 350);
        f351();
    }

    void f351() {
        m.put("a", 351);
        f352();
    }

    void f352() {
        m.put("a", 352);
        f353();
    }

    void f353() {
        m.put("a", 353);
        f354();
    }

    void f354() {
        m.put("a", 354);
        f355();
    }

    void f355() {
        m.put("a", 355);
        f356();
    }

    void f356() {
        m.put("a", 356);
        f357();
    }

    void f357() {
        m.put("a", 357);
        f358();
    }

    void f358() {
        m.put("a", 358);
        f359();
    }

    void f359() {
        m.put("a", 359);
        f360();
    }

    void f360() {
        m.put("a", 360);
        f361();
    }

    void f361() {
        m.put("a", 361);
        f362();
    }

    void f362() {
        m.put("a", 362);
        f363();
    }

    void f363() {
        m.put("a", 363);
        f364();
    }

    void f364() {
        m.put("a", 364);
        f365();
    }

    void f365() {
        m.put("a", 365);
        f366();
    }

    void f366() {
        m.put("a", 366);
        f367();
    }

    void f367() {
        m.put("a", 367);
        f368();
    }

    void f368() {
        m.put("a", 368);
        f369();
    }

    void f369() {
        m.put("a", 369);
        f370();
    }

    void f370() {
        m.put("a", 370);
        f371();
    }

    void f371() {
        m.put("a", 371);
        f372();
    }

    void f372() {
        m.put("a", 372);
        f373();
    }

    void f373() {
        m.put("a", 373);
        f374();
    }

    void f374() {
        m.put("a", 374);
        f375();
    }

    void f375() {
        m.put("a", 375);
        f376();
    }

    void f376() {
        m.put("a", 376);
        f377();
    }

    void f377() {
        m.put("a", 377);
        f378();
    }

    void f378() {
        m.put("a", 378);
        f379();
    }

    void f379() {
        m.put("a", 379);
        f380();
    }

    void f380() {
        m.put("a", 380);
        f381();
    }

    void f381() {
        m.put("a", 381);
        f382();
    }

    void f382() {
        m.put("a", 382);
        f383();
    }

    void f383() {
        m.put("a", 383);
        f384();
    }

    void f384() {
        m.put("a", 384);
        f385();
    }

    void f385() {
        m.put("a", 385);
        f386();
    }

    void f386() {
        m.put("a", 386);
        f387();
    }

    void f387() {
        m.put("a", 387);
        f388();
    }

    void f388() {
        m.put("a", 388);
        f389();
    }

    void f389() {
        m.put("a", 389);
        f390();
    }

    void f390() {
        m.put("a", 390);
        f391();
    }

    void f391() {
        m.put("a", 391);
        f392();
    }

    void f392() {
        m.put("a", 392);
        f393();
    }

    void f393() {
        m.put("a", 393);
        f394();
    }

    void f394() {
        m.put("a", 394);
        f395();
    }

    void f395() {
        m.put("a", 395);
        f396();
    }

    void f396() {
        m.put("a", 396);
        f397();
    }

    void f397() {
        m.put("a", 397);
        f398();
    }

    void f398() {
        m.put("a", 398);
        f399();
    }

    void f399() {
        m.put("a", 399);
        f400();
    }

    void f400() {
        m.put("a", 400);
        f401();
    }

    void f401() {
        m.put("a", 401);
        f402();
    }

    void f402() {
        m.put("a", 402);
        f403();
    }

    void f403() {
        m.put("a", 403);
        f404();
    }

    void f404() {
        m.put("a", 404);
        f405();
    }

    void f405() {
        m.put("a", 405);
        f406();
    }

    void f406() {
        m.put("a", 406);
        f407();
    }

    void f407() {
        m.put("a", 407);
        f408();
    }

    void f408() {
        m.put("a", 408);
        f409();
    }

    void f409() {
        m.put("a", 409);
        f410();
    }

    void f410() {
        m.put("a", 410);
        f411();
    }

    void f411() {
        m.put("a", 411);
        f412();
    }

    void f412() {
        m.put("a", 412);
        f413();
    }

    void f413() {
        m.put("a", 413);
        f414();
    }

    void f414() {
        m.put("a", 414);
        f415();
    }

    void f415() {
        m.put("a", 415);
        f416();
    }

    void f416() {
        m.put("a", 416);
        f417();
    }

    void f417() {
        m.put("a", 417);
        f418();
    }

    void f418() {
        m.put("a", 418);
        f419();
    }

    void f419() {
        m.put("a", 419);
        f420();
    }

    void f420() {
        m.put("a", 420);
        f421();
    }

    void f421() {
        m.put("a", 421);
        f422();
    }

    void f422() {
        m.put("a", 422);
        f423();
    }

    void f423() {
        m.put("a", 423);
        f424();
    }

    void f424() {
        m.put("a", 424);
        f425();
    }

    void f425() {
        m.put("a", 425);
        f426();
    }

    void f426() {
        m.put("a", 426);
        f427();
    }

    void f427() {
        m.put("a", 427);
        f428();
    }

    void f428() {
        m.put("a", 428);
        f429();
    }

    void f429() {
        m.put("a", 429);
        f430();
    }

    void f430() {
        m.put("a", 430);
        f431();
    }

    void f431() {
        m.put("a", 431);
        f432();
    }

    void f432() {
        m.put("a", 432);
        f433();
    }

    void f433() {
        m.put("a", 433);
        f434();
    }

    void f434() {
        m.put("a", 434);
        f435();
    }

    void f435() {
        m.put("a", 435);
        f436();
    }

    void f436() {
        m.put("a", 436);
        f437();
    }

    void f437() {
        m.put("a", 437);
        f438();
    }

    void f438() {
        m.put("a", 438);
        f439();
    }

    void f439() {
        m.put("a", 439);
        f440();
    }

    void f440() {
        m.put("a", 440);
        f441();
    }

    void f441() {
        m.put("a", 441);
        f442();
    }

    void f442() {
        m.put("a", 442);
        f443();
    }

    void f443() {
        m.put("a", 443);
        f444();
    }

    void f444() {
        m.put("a", 444);
        f445();
    }

    void f445() {
        m.put("a", 445);
        f446();
    }

    void f446() {
        m.put("a", 446);
        f447();
    }

    void f447() {
        m.put("a", 447);
        f448();
    }

    void f448() {
        m.put("a", 448);
        f449();
    }

    void f449() {
        m.put("a", 449);
        f450();
    }

    void f450() {
        m.put("a", 450);
        f451();
    }

    void f451() {
        m.put("a", 451);
        f452();
    }

    void f452() {
        m.put("a", 452);
        f453();
    }

    void f453() {
        m.put("a", 453);
        f454();
    }

    void f454() {
        m.put("a", 454);
        f455();
    }

    void f455() {
        m.put("a", 455);
        f456();
    }

    void f456() {
        m.put("a", 456);
        f457();
    }

    void f457() {
        m.put("a", 457);
        f458();
    }

    void f458() {
        m.put("a", 458);
        f459();
    }

    void f459() {
        m.put("a", 459);
        f460();
    }

    void f460() {
        m.put("a", 460);
        f461();
    }

    void f461() {
        m.put("a", 461);
        f462();
    }

    void f462() {
        m.put("a", 462);
        f463();
    }

    void f463() {
        m.put("a", 463);
        f464();
    }

    void f464() {
        m.put("a", 464);
        f465();
    }

    void f465() {
        m.put("a", 465);
        f466();
    }

    void f466() {
        m.put("a", 466);
        f467();
    }

    void f467() {
        m.put("a", 467);
        f468();
    }

    void f468() {
        m.put("a", 468);
        f469();
    }

    void f469() {
        m.put("a", 469);
        f470();
    }

    void f470() {
        m.put("a", 470);
        f471();
    }

    void f471() {
        m.put("a", 471);
        f472();
    }

    void f472() {
        m.put("a", 472);
        f473();
    }

    void f473() {
        m.put("a", 473);
        f474();
    }

    void f474() {
        m.put("a", 474);
        f475();
    }

    void f475() {
        m.put("a", 475);
        f476();
    }

    void f476() {
        m.put("a", 476);
        f477();
    }

    void f477() {
        m.put("a", 477);
        f478();
    }

    void f478() {
        m.put("a", 478);
        f479();
    }

    void f479() {
        m.put("a", 479);
        f480();
    }

    void f480() {
        m.put("a", 480);
        f481();
    }

    void f481() {
        m.put("a", 481);
        f482();
    }

    void f482() {
        m.put("a", 482);
        f483();
    }

    void f483() {
        m.put("a", 483);
        f484();
    }

    void f484() {
        m.put("a", 484);
        f485();
    }

    void f485() {
        m.put("a", 485);
        f486();
    }

    void f486() {
        m.put("a", 486);
        f487();
    }

    void f487() {
        m.put("a", 487);
        f488();
    }

    void f488() {
        m.put("a", 488);
        f489();
    }

    void f489() {
        m.put("a", 489);
        f490();
    }

    void f490() {
        m.put("a", 490);
        f491();
    }

    void f491() {
        m.put("a", 491);
        f492();
    }

    void f492() {
        m.put("a", 492);
        f493();
    }

    void f493() {
        m.put("a", 493);
        f494();
    }

    void f494() {
        m.put("a", 494);
        f495();
    }

    void f495() {
        m.put("a", 495);
        f496();
    }

    void f496() {
        m.put("a", 496);
        f497();
    }

    void f497() {
        m.put("a", 497);
        f498();
    }

    void f498() {
        m.put("a", 498);
        f499();
    }

    void f499() {
        m.put("a", 499);
        f500();
    }

    void f500() {
        m.put("a", 500);
        f501();
    }

    void f501() {
        m.put("a", 501);
        f502();
    }

    void f502() {
        m.put("a", 502);
        f503();
    }

    void f503() {
        m.put("a", 503);
        f504();
    }

    void f504() {
        m.put("a", 504);
        f505();
    }

    void f505() {
        m.put("a", 505);
        f506();
    }

    void f506() {
        m.put("a", 506);
        f507();
    }

    void f507() {
        m.put("a", 507);
        f508();
    }

    void f508() {
        m.put("a", 508);
        f509();
    }

    void f509() {
        m.put("a", 509);
        f510();
    }

    void f510() {
        m.put("a", 510);
        f511();
    }

    void f511() {
        m.put("a", 511);
        f512();
    }

    void f512() {
        m.put("a", 512);
        f513();
    }

    void f513() {
        m.put("a", 513);
        f514();
    }

    void f514() {
        m.put("a", 514);
        f515();
    }

    void f515() {
        m.put("a", 515);
        f516();
    }

    void f516() {
        m.put("a", 516);
        f517();
    }

    void f517() {
        m.put("a", 517);
        f518();
    }

    void f518() {
        m.put("a", 518);
        f519();
    }

    void f519() {
        m.put("a", 519);
        f520();
    }

    void f520() {
        m.put("a", 520);
        f521();
    }

    void f521() {
        m.put("a", 521);
        f522();
    }

    void f522() {
        m.put("a", 522);
        f523();
    }

    void f523() {
        m.put("a", 523);
        f524();
    }

    void f524() {
        m.put("a", 524);
        f525();
    }

    void f525() {
        m.put("a", 525);
        f526();
    }

    void f526() {
        m.put("a", 526);
        f527();
    }

    void f527() {
        m.put("a", 527);
        f528();
    }

    void f528() {
        m.put("a", 528);
        f529();
    }

    void f529() {
        m.put("a", 529);
        f530();
    }

    void f530() {
        m.put("a", 530);
        f531();
    }

    void f531() {
        m.put("a", 531);
        f532();
    }

    void f532() {
        m.put("a", 532);
        f533();
    }

    void f533() {
        m.put("a", 533);
        f534();
    }

    void f534() {
        m.put("a", 534);
        f535();
    }

    void f535() {
        m.put("a", 535);
        f536();
    }

    void f536() {
        m.put("a", 536);
        f537();
    }

    void f537() {
        m.put("a", 537);
        f538();
    }

    void f538() {
        m.put("a", 538);
        f539();
    }

    void f539() {
        m.put("a", 539);
        f540();
    }

    void f540() {
        m.put("a", 540);
        f541();
    }

    void f541() {
        m.put("a", 541);
        f542();
    }

    void f542() {
        m.put("a", 542);
        f543();
    }

    void f543() {
        m.put("a", 543);
        f544();
    }

    void f544() {
        m.put("a", 544);
        f545();
    }

    void f545() {
        m.put("a", 545);
        f546();
    }

    void f546() {
        m.put("a", 546);
        f547();
    }

    void f547() {
        m.put("a", 547);
        f548();
    }

    void f548() {
        m.put("a", 548);
        f549();
    }

    void f549() {
        m.put("a", 549);
        f550();
    }

    void f550() {
        m.put("a", 550);
        f551();
    }

    void f551() {
        m.put("a", 551);
        f552();
    }

    void f552() {
        m.put("a", 552);
        f553();
    }

    void f553() {
        m.put("a", 553);
        f554();
    }

    void f554() {
        m.put("a", 554);
        f555();
    }

    void f555() {
        m.put("a", 555);
        f556();
    }

    void f556() {
        m.put("a", 556);
        f557();
    }

    void f557() {
        m.put("a", 557);
        f558();
    }

    void f558() {
        m.put("a", 558);
        f559();
    }

    void f559() {
        m.put("a", 559);
        f560();
    }

    void f560() {
        m.put("a", 560);
        f561();
    }

    void f561() {
        m.put("a", 561);
        f562();
    }

    void f562() {
        m.put("a", 562);
        f563();
    }

    void f563() {
        m.put("a", 563);
        f564();
    }

    void f564() {
        m.put("a", 564);
        f565();
    }

    void f565() {
        m.put("a", 565);
        f566();
    }

    void f566() {
        m.put("a", 566);
        f567();
    }

    void f567() {
        m.put("a", 567);
        f568();
    }

    void f568() {
        m.put("a", 568);
        f569();
    }

    void f569() {
        m.put("a", 569);
        f570();
    }

    void f570() {
        m.put("a", 570);
        f571();
    }

    void f571() {
        m.put("a", 571);
        f572();
    }

    void f572() {
        m.put("a", 572);
        f573();
    }

    void f573() {
        m.put("a", 573);
        f574();
    }

    void f574() {
        m.put("a", 574);
        f575();
    }

    void f575() {
        m.put("a", 575);
        f576();
    }

    void f576() {
        m.put("a", 576);
        f577();
    }

    void f577() {
        m.put("a", 577);
        f578();
    }

    void f578() {
        m.put("a", 578);
        f579();
    }

    void f579() {
        m.put("a", 579);
        f580();
    }

    void f580() {
        m.put("a", 580);
        f581();
    }

    void f581() {
        m.put("a", 581);
        f582();
    }

    void f582() {
        m.put("a", 582);
        f583();
    }

    void f583() {
        m.put("a", 583);
        f584();
    }

    void f584() {
        m.put("a", 584);
        f585();
    }

    void f585() {
        m.put("a", 585);
        f586();
    }

    void f586() {
        m.put("a", 586);
        f587();
    }

    void f587() {
        m.put("a", 587);
        f588();
    }

    void f588() {
        m.put("a", 588);
        f589();
    }

    void f589() {
        m.put("a", 589);
        f590();
    }

    void f590() {
        m.put("a", 590);
        f591();
    }

    void f591() {
        m.put("a", 591);
        f592();
    }

    void f592() {
        m.put("a", 592);
        f593();
    }

    void f593() {
        m.put("a", 593);
        f594();
    }

    void f594() {
        m.put("a", 594);
        f595();
    }

    void f595() {
        m.put("a", 595);
        f596();
    }

    void f596() {
        m.put("a", 596);
        f597();
    }

    void f597() {
        m.put("a", 597);
        f598();
    }

    void f598() {
        m.put("a", 598);
        f599();
    }

    void f599() {
        m.put("a", 599);
    }
}
