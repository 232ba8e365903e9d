# 600 methods, each calling the one before: their callers' models nest 600 deep.
import threading


class C:
    def __init__(self):
        self._lock = threading.Lock()
        self.d = {}

    def f0(self):
        if 'a' not in self.d:
            self.d['a'] = 1

    def f1(self):
        self.f0()

    def f2(self):
        self.f1()

    def f3(self):
        self.f2()

    def f4(self):
        self.f3()

    def f5(self):
        self.f4()

    def f6(self):
        self.f5()

    def f7(self):
        self.f6()

    def f8(self):
        self.f7()

    def f9(self):
        self.f8()

    def f10(self):
        self.f9()

    def f11(self):
        self.f10()

    def f12(self):
        self.f11()

    def f13(self):
        self.f12()

    def f14(self):
        self.f13()

    def f15(self):
        self.f14()

    def f16(self):
        self.f15()

    def f17(self):
        self.f16()

    def f18(self):
        self.f17()

    def f19(self):
        self.f18()

    def f20(self):
        self.f19()

    def f21(self):
        self.f20()

    def f22(self):
        self.f21()

    def f23(self):
        self.f22()

    def f24(self):
        self.f23()

    def f25(self):
        self.f24()

    def f26(self):
        self.f25()

    def f27(self):
        self.f26()

    def f28(self):
        self.f27()

    def f29(self):
        self.f28()

    def f30(self):
        self.f29()

    def f31(self):
        self.f30()

    def f32(self):
        self.f31()

    def f33(self):
        self.f32()

    def f34(self):
        self.f33()

    def f35(self):
        self.f34()

    def f36(self):
        self.f35()

    def f37(self):
        self.f36()

    def f38(self):
        self.f37()

    def f39(self):
        self.f38()

    def f40(self):
        self.f39()

    def f41(self):
        self.f40()

    def f42(self):
        self.f41()

    def f43(self):
        self.f42()

    def f44(self):
        self.f43()

    def f45(self):
        self.f44()

    def f46(self):
        self.f45()

    def f47(self):
        self.f46()

    def f48(self):
        self.f47()

    def f49(self):
        self.f48()

    def f50(self):
        self.f49()

    def f51(self):
        self.f50()

    def f52(self):
        self.f51()

    def f53(self):
        self.f52()

    def f54(self):
        self.f53()

    def f55(self):
        self.f54()

    def f56(self):
        self.f55()

    def f57(self):
        self.f56()

    def f58(self):
        self.f57()

    def f59(self):
        self.f58()

    def f60(self):
        self.f59()

    def f61(self):
        self.f60()

    def f62(self):
        self.f61()

    def f63(self):
        self.f62()

    def f64(self):
        self.f63()

    def f65(self):
        self.f64()

    def f66(self):
        self.f65()

    def f67(self):
        self.f66()

    def f68(self):
        self.f67()

    def f69(self):
        self.f68()

    def f70(self):
        self.f69()

    def f71(self):
        self.f70()

    def f72(self):
        self.f71()

    def f73(self):
        self.f72()

    def f74(self):
        self.f73()

    def f75(self):
        self.f74()

    def f76(self):
        self.f75()

    def f77(self):
        self.f76()

    def f78(self):
        self.f77()

    def f79(self):
        self.f78()

    def f80(self):
        self.f79()

    def f81(self):
        self.f80()

    def f82(self):
        self.f81()

    def f83(self):
        self.f82()

    def f84(self):
        self.f83()

    def f85(self):
        self.f84()

    def f86(self):
        self.f85()

    def f87(self):
        self.f86()

    def f88(self):
        self.f87()

    def f89(self):
        self.f88()

    def f90(self):
        self.f89()

    def f91(self):
        self.f90()

    def f92(self):
        self.f91()

    def f93(self):
        self.f92()

    def f94(self):
        self.f93()

    def f95(self):
        self.f94()

    def f96(self):
        self.f95()

    def f97(self):
        self.f96()

    def f98(self):
        self.f97()

    def f99(self):
        self.f98()

    def f100(self):
        self.f99()

    def f101(self):
        self.f100()

    def f102(self):
        self.f101()

    def f103(self):
        self.f102()

    def f104(self):
        self.f103()

    def f105(self):
        self.f104()

    def f106(self):
        self.f105()

    def f107(self):
        self.f106()

    def f108(self):
        self.f107()

    def f109(self):
        self.f108()

    def f110(self):
        self.f109()

    def f111(self):
        self.f110()

    def f112(self):
        self.f111()

    def f113(self):
        self.f112()

    def f114(self):
        self.f113()

    def f115(self):
        self.f114()

    def f116(self):
        self.f115()

    def f117(self):
        self.f116()

    def f118(self):
        self.f117()

    def f119(self):
        self.f118()

    def f120(self):
        self.f119()

    def f121(self):
        self.f120()

    def f122(self):
        self.f121()

    def f123(self):
        self.f122()

    def f124(self):
        self.f123()

    def f125(self):
        self.f124()

    def f126(self):
        self.f125()

    def f127(self):
        self.f126()

    def f128(self):
        self.f127()

    def f129(self):
        self.f128()

    def f130(self):
        self.f129()

    def f131(self):
        self.f130()

    def f132(self):
        self.f131()

    def f133(self):
        self.f132()

    def f134(self):
        self.f133()

    def f135(self):
        self.f134()

    def f136(self):
        self.f135()

    def f137(self):
        self.f136()

    def f138(self):
        self.f137()

    def f139(self):
        self.f138()

    def f140(self):
        self.f139()

    def f141(self):
        self.f140()

    def f142(self):
        self.f141()

    def f143(self):
        self.f142()

    def f144(self):
        self.f143()

    def f145(self):
        self.f144()

    def f146(self):
        self.f145()

    def f147(self):
        self.f146()

    def f148(self):
        self.f147()

    def f149(self):
        self.f148()

    def f150(self):
        self.f149()

    def f151(self):
        self.f150()

    def f152(self):
        self.f151()

    def f153(self):
        self.f152()

    def f154(self):
        self.f153()

    def f155(self):
        self.f154()

    def f156(self):
        self.f155()

    def f157(self):
        self.f156()

    def f158(self):
        self.f157()

    def f159(self):
        self.f158()

    def f160(self):
        self.f159()

    def f161(self):
        self.f160()

    def f162(self):
        self.f161()

    def f163(self):
        self.f162()

    def f164(self):
        self.f163()

    def f165(self):
        self.f164()

    def f166(self):
        self.f165()

    def f167(self):
        self.f166()

    def f168(self):
        self.f167()

    def f169(self):
        self.f168()

    def f170(self):
        self.f169()

    def f171(self):
        self.f170()

    def f172(self):
        self.f171()

    def f173(self):
        self.f172()

    def f174(self):
        self.f173()

    def f175(self):
        self.f174()

    def f176(self):
        self.f175()

    def f177(self):
        self.f176()

    def f178(self):
        self.f177()

    def f179(self):
        self.f178()

    def f180(self):
        self.f179()

    def f181(self):
        self.f180()

    def f182(self):
        self.f181()

    def f183(self):
        self.f182()

    def f184(self):
        self.f183()

    def f185(self):
        self.f184()

    def f186(self):
        self.f185()

    def f187(self):
        self.f186()

    def f188(self):
        self.f187()

    def f189(self):
        self.f188()

    def f190(self):
        self.f189()

    def f191(self):
        self.f190()

    def f192(self):
        self.f191()

    def f193(self):
        self.f192()

    def f194(self):
        self.f193()

    def f195(self):
        self.f194()

    def f196(self):
        self.f195()

    def f197(self):
        self.f196()

    def f198(self):
        self.f197()

    def f199(self):
        self.f198()

    def f200(self):
        self.f199()

    def f201(self):
        self.f200()

    def f202(self):
        self.f201()

    def f203(self):
        self.f202()

    def f204(self):
        self.f203()

    def f205(self):
        self.f204()

    def f206(self):
        self.f205()

    def f207(self):
        self.f206()

    def f208(self):
        self.f207()

    def f209(self):
        self.f208()

    def f210(self):
        self.f209()

    def f211(self):
        self.f210()

    def f212(self):
        self.f211()

    def f213(self):
        self.f212()

    def f214(self):
        self.f213()

    def f215(self):
        self.f214()

    def f216(self):
        self.f215()

    def f217(self):
        self.f216()

    def f218(self):
        self.f217()

    def f219(self):
        self.f218()

    def f220(self):
        self.f219()

    def f221(self):
        self.f220()

    def f222(self):
        self.f221()

    def f223(self):
        self.f222()

    def f224(self):
        self.f223()

    def f225(self):
        self.f224()

    def f226(self):
        self.f225()

    def f227(self):
        self.f226()

    def f228(self):
        self.f227()

    def f229(self):
        self.f228()

    def f230(self):
        self.f229()

    def f231(self):
        self.f230()

    def f232(self):
        self.f231()

    def f233(self):
        self.f232()

    def f234(self):
        self.f233()

    def f235(self):
        self.f234()

    def f236(self):
        self.f235()

    def f237(self):
        self.f236()

    def f238(self):
        self.f237()

    def f239(self):
        self.f238()

    def f240(self):
        self.f239()

    def f241(self):
        self.f240()

    def f242(self):
        self.f241()

    def f243(self):
        self.f242()

    def f244(self):
        self.f243()

    def f245(self):
        self.f244()

    def f246(self):
        self.f245()

    def f247(self):
        self.f246()

    def f248(self):
        self.f247()

    def f249(self):
        self.f248()

    def f250(self):
        self.f249()

    def f251(self):
        self.f250()

    def f252(self):
        self.f251()

    def f253(self):
        self.f252()

    def f254(self):
        self.f253()

    def f255(self):
        self.f254()

    def f256(self):
        self.f255()

    def f257(self):
        self.f256()

    def f258(self):
        self.f257()

    def f259(self):
        self.f258()

    def f260(self):
        self.f259()

    def f261(self):
        self.f260()

    def f262(self):
        self.f261()

    def f263(self):
        self.f262()

    def f264(self):
        self.f263()

    def f265(self):
        self.f264()

    def f266(self):
        self.f265()

    def f267(self):
        self.f266()

    def f268(self):
        self.f267()

    def f269(self):
        self.f268()

    def f270(self):
        self.f269()

    def f271(self):
        self.f270()

    def f272(self):
        self.f271()

    def f273(self):
        self.f272()

    def f274(self):
        self.f273()

    def f275(self):
        self.f274()

    def f276(self):
        self.f275()

    def f277(self):
        self.f276()

    def f278(self):
        self.f277()

    def f279(self):
        self.f278()

    def f280(self):
        self.f279()

    def f281(self):
        self.f280()

    def f282(self):
        self.f281()

    def f283(self):
        self.f282()

    def f284(self):
        self.f283()

    def f285(self):
        self.f284()

    def f286(self):
        self.f285()

    def f287(self):
        self.f286()

    def f288(self):
        self.f287()

    def f289(self):
        self.f288()

    def f290(self):
        self.f289()

    def f291(self):
        self.f290()

    def f292(self):
        self.f291()

    def f293(self):
        self.f292()

    def f294(self):
        self.f293()

    def f295(self):
        self.f294()

    def f296(self):
        self.f295()

    def f297(self):
        self.f296()

    def f298(self):
        self.f297()

    def f299(self):
        self.f298()

    def f300(self):
        self.f299()

    def f301(self):
        self.f300()

    def f302(self):
        self.f301()

    def f303(self):
        self.f302()

    def f304(self):
        self.f303()

    def f305(self):
        self.f304()

    def f306(self):
        self.f305()

    def f307(self):
        self.f306()

    def f308(self):
        self.f307()

    def f309(self):
        self.f308()

    def f310(self):
        self.f309()

    def f311(self):
        self.f310()

    def f312(self):
        self.f311()

    def f313(self):
        self.f312()

    def f314(self):
        self.f313()

    def f315(self):
        self.f314()

    def f316(self):
        self.f315()

    def f317(self):
        self.f316()

    def f318(self):
        self.f317()

    def f319(self):
        self.f318()

    def f320(self):
        self.f319()

    def f321(self):
        self.f320()

    def f322(self):
        self.f321()

    def f323(self):
        self.f322()

    def f324(self):
        self.f323()

    def f325(self):
        self.f324()

    def f326(self):
        self.f325()

    def f327(self):
        self.f326()

    def f328(self):
        self.f327()

    def f329(self):
        self.f328()

    def f330(self):
        self.f329()

    def f331(self):
        self.f330()

    def f332(self):
        self.f331()

    def f333(self):
        self.f332()

    def f334(self):
        self.f333()

    def f335(self):
        self.f334()

    def f336(self):
        self.f335()

    def f337(self):
        self.f336()

    def f338(self):
        self.f337()

    def f339(self):
        self.f338()

    def f340(self):
        self.f339()

    def f341(self):
        self.f340()

    def f342(self):
        self.f341()

    def f343(self):
        self.f342()

    def f344(self):
        self.f343()

    def f345(self):
        self.f344()

    def f346(self):
        self.f345()

    def f347(self):
        self.f346()

    def f348(self):
        self.f347()

    def f349(self):
        self.f348()

    def f350(self):
        self.f349()

    def f351(self):
        self.f350()

    def f352(self):
        self.f351()

    def f353(self):
        self.f352()

    def f354(self):
        self.f353()

    def f355(self):
        self.f354()

    def f356(self):
        self.f355()

    def f357(self):
        self.f356()

    def f358(self):
        self.f357()

    def f359(self):
        self.f358()

    def f360(self):
        self.f359()

    def f361(self):
        self.f360()

    def f362(self):
        self.f361()

    def f363(self):
        self.f362()

    def f364(self):
        self.f363()

    def f365(self):
        self.f364()

    def f366(self):
        self.f365()

    def f367(self):
        self.f366()

    def f368(self):
        self.f367()

    def f369(self):
        self.f368()

    def f370(self):
        self.f369()

    def f371(self):
        self.f370()

    def f372(self):
        self.f371()

    def f373(self):
        self.f372()

    def f374(self):
        self.f373()

    def f375(self):
        self.f374()

    def f376(self):
        self.f375()

    def f377(self):
        self.f376()

    def f378(self):
        self.f377()

    def f379(self):
        self.f378()

    def f380(self):
        self.f379()

    def f381(self):
        self.f380()

    def f382(self):
        self.f381()

    def f383(self):
        self.f382()

    def f384(self):
        self.f383()

    def f385(self):
        self.f384()

    def f386(self):
        self.f385()

    def f387(self):
        self.f386()

    def f388(self):
        self.f387()

    def f389(self):
        self.f388()

    def f390(self):
        self.f389()

    def f391(self):
        self.f390()

    def f392(self):
        self.f391()

    def f393(self):
        self.f392()

    def f394(self):
        self.f393()

    def f395(self):
        self.f394()

    def f396(self):
        self.f395()

    def f397(self):
        self.f396()

    def f398(self):
        self.f397()

    def f399(self):
        self.f398()

    def f400(self):
        self.f399()

    def f401(self):
        self.f400()

    def f402(self):
        self.f401()

    def f403(self):
        self.f402()

    def f404(self):
        self.f403()

    def f405(self):
        self.f404()

    def f406(self):
        self.f405()

    def f407(self):
        self.f406()

    def f408(self):
        self.f407()

    def f409(self):
        self.f408()

    def f410(self):
        self.f409()

    def f411(self):
        self.f410()

    def f412(self):
        self.f411()

    def f413(self):
        self.f412()

    def f414(self):
        self.f413()

    def f415(self):
        self.f414()

    def f416(self):
        self.f415()

    def f417(self):
        self.f416()

    def f418(self):
        self.f417()

    def f419(self):
        self.f418()

    def f420(self):
        self.f419()

    def f421(self):
        self.f420()

    def f422(self):
        self.f421()

    def f423(self):
        self.f422()

    def f424(self):
        self.f423()

    def f425(self):
        self.f424()

    def f426(self):
        self.f425()

    def f427(self):
        self.f426()

    def f428(self):
        self.f427()

    def f429(self):
        self.f428()

    def f430(self):
        self.f429()

    def f431(self):
        self.f430()

    def f432(self):
        self.f431()

    def f433(self):
        self.f432()

    def f434(self):
        self.f433()

    def f435(self):
        self.f434()

    def f436(self):
        self.f435()

    def f437(self):
        self.f436()

    def f438(self):
        self.f437()

    def f439(self):
        self.f438()

    def f440(self):
        self.f439()

    def f441(self):
        self.f440()

    def f442(self):
        self.f441()

    def f443(self):
        self.f442()

    def f444(self):
        self.f443()

    def f445(self):
        self.f444()

    def f446(self):
        self.f445()

    def f447(self):
        self.f446()

    def f448(self):
        self.f447()

    def f449(self):
        self.f448()

    def f450(self):
        self.f449()

    def f451(self):
        self.f450()

    def f452(self):
        self.f451()

    def f453(self):
        self.f452()

    def f454(self):
        self.f453()

    def f455(self):
        self.f454()

    def f456(self):
        self.f455()

    def f457(self):
        self.f456()

    def f458(self):
        self.f457()

    def f459(self):
        self.f458()

    def f460(self):
        self.f459()

    def f461(self):
        self.f460()

    def f462(self):
        self.f461()

    def f463(self):
        self.f462()

    def f464(self):
        self.f463()

    def f465(self):
        self.f464()

    def f466(self):
        self.f465()

    def f467(self):
        self.f466()

    def f468(self):
        self.f467()

    def f469(self):
        self.f468()

    def f470(self):
        self.f469()

    def f471(self):
        self.f470()

    def f472(self):
        self.f471()

    def f473(self):
        self.f472()

    def f474(self):
        self.f473()

    def f475(self):
        self.f474()

    def f476(self):
        self.f475()

    def f477(self):
        self.f476()

    def f478(self):
        self.f477()

    def f479(self):
        self.f478()

    def f480(self):
        self.f479()

    def f481(self):
        self.f480()

    def f482(self):
        self.f481()

    def f483(self):
        self.f482()

    def f484(self):
        self.f483()

    def f485(self):
        self.f484()

    def f486(self):
        self.f485()

    def f487(self):
        self.f486()

    def f488(self):
        self.f487()

    def f489(self):
        self.f488()

    def f490(self):
        self.f489()

    def f491(self):
        self.f490()

    def f492(self):
        self.f491()

    def f493(self):
        self.f492()

    def f494(self):
        self.f493()

    def f495(self):
        self.f494()

    def f496(self):
        self.f495()

    def f497(self):
        self.f496()

    def f498(self):
        self.f497()

    def f499(self):
        self.f498()

    def f500(self):
        self.f499()

    def f501(self):
        self.f500()

    def f502(self):
        self.f501()

    def f503(self):
        self.f502()

    def f504(self):
        self.f503()

    def f505(self):
        self.f504()

    def f506(self):
        self.f505()

    def f507(self):
        self.f506()

    def f508(self):
        self.f507()

    def f509(self):
        self.f508()

    def f510(self):
        self.f509()

    def f511(self):
        self.f510()

    def f512(self):
        self.f511()

    def f513(self):
        self.f512()

    def f514(self):
        self.f513()

    def f515(self):
        self.f514()

    def f516(self):
        self.f515()

    def f517(self):
        self.f516()

    def f518(self):
        self.f517()

    def f519(self):
        self.f518()

    def f520(self):
        self.f519()

    def f521(self):
        self.f520()

    def f522(self):
        self.f521()

    def f523(self):
        self.f522()

    def f524(self):
        self.f523()

    def f525(self):
        self.f524()

    def f526(self):
        self.f525()

    def f527(self):
        self.f526()

    def f528(self):
        self.f527()

    def f529(self):
        self.f528()

    def f530(self):
        self.f529()

    def f531(self):
        self.f530()

    def f532(self):
        self.f531()

    def f533(self):
        self.f532()

    def f534(self):
        self.f533()

    def f535(self):
        self.f534()

    def f536(self):
        self.f535()

    def f537(self):
        self.f536()

    def f538(self):
        self.f537()

    def f539(self):
        self.f538()

    def f540(self):
        self.f539()

    def f541(self):
        self.f540()

    def f542(self):
        self.f541()

    def f543(self):
        self.f542()

    def f544(self):
        self.f543()

    def f545(self):
        self.f544()

    def f546(self):
        self.f545()

    def f547(self):
        self.f546()

    def f548(self):
        self.f547()

    def f549(self):
        self.f548()

    def f550(self):
        self.f549()

    def f551(self):
        self.f550()

    def f552(self):
        self.f551()

    def f553(self):
        self.f552()

    def f554(self):
        self.f553()

    def f555(self):
        self.f554()

    def f556(self):
        self.f555()

    def f557(self):
        self.f556()

    def f558(self):
        self.f557()

    def f559(self):
        self.f558()

    def f560(self):
        self.f559()

    def f561(self):
        self.f560()

    def f562(self):
        self.f561()

    def f563(self):
        self.f562()

    def f564(self):
        self.f563()

    def f565(self):
        self.f564()

    def f566(self):
        self.f565()

    def f567(self):
        self.f566()

    def f568(self):
        self.f567()

    def f569(self):
        self.f568()

    def f570(self):
        self.f569()

    def f571(self):
        self.f570()

    def f572(self):
        self.f571()

    def f573(self):
        self.f572()

    def f574(self):
        self.f573()

    def f575(self):
        self.f574()

    def f576(self):
        self.f575()

    def f577(self):
        self.f576()

    def f578(self):
        self.f577()

    def f579(self):
        self.f578()

    def f580(self):
        self.f579()

    def f581(self):
        self.f580()

    def f582(self):
        self.f581()

    def f583(self):
        self.f582()

    def f584(self):
        self.f583()

    def f585(self):
        self.f584()

    def f586(self):
        self.f585()

    def f587(self):
        self.f586()

    def f588(self):
        self.f587()

    def f589(self):
        self.f588()

    def f590(self):
        self.f589()

    def f591(self):
        self.f590()

    def f592(self):
        self.f591()

    def f593(self):
        self.f592()

    def f594(self):
        self.f593()

    def f595(self):
        self.f594()

    def f596(self):
        self.f595()

    def f597(self):
        self.f596()

    def f598(self):
        self.f597()

    def f599(self):
        self.f598()

    def f600(self):
        self.f599()
