package p

import "sync"

// 600 methods, each calling the one before: their callers' models nest 600 deep.
type T struct {
	mu sync.Mutex
	m  map[string]int
}

func (t *T) f0() {
	if _, ok := t.m["a"]; !ok {
		t.m["a"] = 1
	}
}

func (t *T) f1() {
	t.f0()
}

func (t *T) f2() {
	t.f1()
}

func (t *T) f3() {
	t.f2()
}

func (t *T) f4() {
	t.f3()
}

func (t *T) f5() {
	t.f4()
}

func (t *T) f6() {
	t.f5()
}

func (t *T) f7() {
	t.f6()
}

func (t *T) f8() {
	t.f7()
}

func (t *T) f9() {
	t.f8()
}

func (t *T) f10() {
	t.f9()
}

func (t *T) f11() {
	t.f10()
}

func (t *T) f12() {
	t.f11()
}

func (t *T) f13() {
	t.f12()
}

func (t *T) f14() {
	t.f13()
}

func (t *T) f15() {
	t.f14()
}

func (t *T) f16() {
	t.f15()
}

func (t *T) f17() {
	t.f16()
}

func (t *T) f18() {
	t.f17()
}

func (t *T) f19() {
	t.f18()
}

func (t *T) f20() {
	t.f19()
}

func (t *T) f21() {
	t.f20()
}

func (t *T) f22() {
	t.f21()
}

func (t *T) f23() {
	t.f22()
}

func (t *T) f24() {
	t.f23()
}

func (t *T) f25() {
	t.f24()
}

func (t *T) f26() {
	t.f25()
}

func (t *T) f27() {
	t.f26()
}

func (t *T) f28() {
	t.f27()
}

func (t *T) f29() {
	t.f28()
}

func (t *T) f30() {
	t.f29()
}

func (t *T) f31() {
	t.f30()
}

func (t *T) f32() {
	t.f31()
}

func (t *T) f33() {
	t.f32()
}

func (t *T) f34() {
	t.f33()
}

func (t *T) f35() {
	t.f34()
}

func (t *T) f36() {
	t.f35()
}

func (t *T) f37() {
	t.f36()
}

func (t *T) f38() {
	t.f37()
}

func (t *T) f39() {
	t.f38()
}

func (t *T) f40() {
	t.f39()
}

func (t *T) f41() {
	t.f40()
}

func (t *T) f42() {
	t.f41()
}

func (t *T) f43() {
	t.f42()
}

func (t *T) f44() {
	t.f43()
}

func (t *T) f45() {
	t.f44()
}

func (t *T) f46() {
	t.f45()
}

func (t *T) f47() {
	t.f46()
}

func (t *T) f48() {
	t.f47()
}

func (t *T) f49() {
	t.f48()
}

func (t *T) f50() {
	t.f49()
}

func (t *T) f51() {
	t.f50()
}

func (t *T) f52() {
	t.f51()
}

func (t *T) f53() {
	t.f52()
}

func (t *T) f54() {
	t.f53()
}

func (t *T) f55() {
	t.f54()
}

func (t *T) f56() {
	t.f55()
}

func (t *T) f57() {
	t.f56()
}

func (t *T) f58() {
	t.f57()
}

func (t *T) f59() {
	t.f58()
}

func (t *T) f60() {
	t.f59()
}

func (t *T) f61() {
	t.f60()
}

func (t *T) f62() {
	t.f61()
}

func (t *T) f63() {
	t.f62()
}

func (t *T) f64() {
	t.f63()
}

func (t *T) f65() {
	t.f64()
}

func (t *T) f66() {
	t.f65()
}

func (t *T) f67() {
	t.f66()
}

func (t *T) f68() {
	t.f67()
}

func (t *T) f69() {
	t.f68()
}

func (t *T) f70() {
	t.f69()
}

func (t *T) f71() {
	t.f70()
}

func (t *T) f72() {
	t.f71()
}

func (t *T) f73() {
	t.f72()
}

func (t *T) f74() {
	t.f73()
}

func (t *T) f75() {
	t.f74()
}

func (t *T) f76() {
	t.f75()
}

func (t *T) f77() {
	t.f76()
}

func (t *T) f78() {
	t.f77()
}

func (t *T) f79() {
	t.f78()
}

func (t *T) f80() {
	t.f79()
}

func (t *T) f81() {
	t.f80()
}

func (t *T) f82() {
	t.f81()
}

func (t *T) f83() {
	t.f82()
}

func (t *T) f84() {
	t.f83()
}

func (t *T) f85() {
	t.f84()
}

func (t *T) f86() {
	t.f85()
}

func (t *T) f87() {
	t.f86()
}

func (t *T) f88() {
	t.f87()
}

func (t *T) f89() {
	t.f88()
}

func (t *T) f90() {
	t.f89()
}

func (t *T) f91() {
	t.f90()
}

func (t *T) f92() {
	t.f91()
}

func (t *T) f93() {
	t.f92()
}

func (t *T) f94() {
	t.f93()
}

func (t *T) f95() {
	t.f94()
}

func (t *T) f96() {
	t.f95()
}

func (t *T) f97() {
	t.f96()
}

func (t *T) f98() {
	t.f97()
}

func (t *T) f99() {
	t.f98()
}

func (t *T) f100() {
	t.f99()
}

func (t *T) f101() {
	t.f100()
}

func (t *T) f102() {
	t.f101()
}

func (t *T) f103() {
	t.f102()
}

func (t *T) f104() {
	t.f103()
}

func (t *T) f105() {
	t.f104()
}

func (t *T) f106() {
	t.f105()
}

func (t *T) f107() {
	t.f106()
}

func (t *T) f108() {
	t.f107()
}

func (t *T) f109() {
	t.f108()
}

func (t *T) f110() {
	t.f109()
}

func (t *T) f111() {
	t.f110()
}

func (t *T) f112() {
	t.f111()
}

func (t *T) f113() {
	t.f112()
}

func (t *T) f114() {
	t.f113()
}

func (t *T) f115() {
	t.f114()
}

func (t *T) f116() {
	t.f115()
}

func (t *T) f117() {
	t.f116()
}

func (t *T) f118() {
	t.f117()
}

func (t *T) f119() {
	t.f118()
}

func (t *T) f120() {
	t.f119()
}

func (t *T) f121() {
	t.f120()
}

func (t *T) f122() {
	t.f121()
}

func (t *T) f123() {
	t.f122()
}

func (t *T) f124() {
	t.f123()
}

func (t *T) f125() {
	t.f124()
}

func (t *T) f126() {
	t.f125()
}

func (t *T) f127() {
	t.f126()
}

func (t *T) f128() {
	t.f127()
}

func (t *T) f129() {
	t.f128()
}

func (t *T) f130() {
	t.f129()
}

func (t *T) f131() {
	t.f130()
}

func (t *T) f132() {
	t.f131()
}

func (t *T) f133() {
	t.f132()
}

func (t *T) f134() {
	t.f133()
}

func (t *T) f135() {
	t.f134()
}

func (t *T) f136() {
	t.f135()
}

func (t *T) f137() {
	t.f136()
}

func (t *T) f138() {
	t.f137()
}

func (t *T) f139() {
	t.f138()
}

func (t *T) f140() {
	t.f139()
}

func (t *T) f141() {
	t.f140()
}

func (t *T) f142() {
	t.f141()
}

func (t *T) f143() {
	t.f142()
}

func (t *T) f144() {
	t.f143()
}

func (t *T) f145() {
	t.f144()
}

func (t *T) f146() {
	t.f145()
}

func (t *T) f147() {
	t.f146()
}

func (t *T) f148() {
	t.f147()
}

func (t *T) f149() {
	t.f148()
}

func (t *T) f150() {
	t.f149()
}

func (t *T) f151() {
	t.f150()
}

func (t *T) f152() {
	t.f151()
}

func (t *T) f153() {
	t.f152()
}

func (t *T) f154() {
	t.f153()
}

func (t *T) f155() {
	t.f154()
}

func (t *T) f156() {
	t.f155()
}

func (t *T) f157() {
	t.f156()
}

func (t *T) f158() {
	t.f157()
}

func (t *T) f159() {
	t.f158()
}

func (t *T) f160() {
	t.f159()
}

func (t *T) f161() {
	t.f160()
}

func (t *T) f162() {
	t.f161()
}

func (t *T) f163() {
	t.f162()
}

func (t *T) f164() {
	t.f163()
}

func (t *T) f165() {
	t.f164()
}

func (t *T) f166() {
	t.f165()
}

func (t *T) f167() {
	t.f166()
}

func (t *T) f168() {
	t.f167()
}

func (t *T) f169() {
	t.f168()
}

func (t *T) f170() {
	t.f169()
}

func (t *T) f171() {
	t.f170()
}

func (t *T) f172() {
	t.f171()
}

func (t *T) f173() {
	t.f172()
}

func (t *T) f174() {
	t.f173()
}

func (t *T) f175() {
	t.f174()
}

func (t *T) f176() {
	t.f175()
}

func (t *T) f177() {
	t.f176()
}

func (t *T) f178() {
	t.f177()
}

func (t *T) f179() {
	t.f178()
}

func (t *T) f180() {
	t.f179()
}

func (t *T) f181() {
	t.f180()
}

func (t *T) f182() {
	t.f181()
}

func (t *T) f183() {
	t.f182()
}

func (t *T) f184() {
	t.f183()
}

func (t *T) f185() {
	t.f184()
}

func (t *T) f186() {
	t.f185()
}

func (t *T) f187() {
	t.f186()
}

func (t *T) f188() {
	t.f187()
}

func (t *T) f189() {
	t.f188()
}

func (t *T) f190() {
	t.f189()
}

func (t *T) f191() {
	t.f190()
}

func (t *T) f192() {
	t.f191()
}

func (t *T) f193() {
	t.f192()
}

func (t *T) f194() {
	t.f193()
}

func (t *T) f195() {
	t.f194()
}

func (t *T) f196() {
	t.f195()
}

func (t *T) f197() {
	t.f196()
}

func (t *T) f198() {
	t.f197()
}

func (t *T) f199() {
	t.f198()
}

func (t *T) f200() {
	t.f199()
}

func (t *T) f201() {
	t.f200()
}

func (t *T) f202() {
	t.f201()
}

func (t *T) f203() {
	t.f202()
}

func (t *T) f204() {
	t.f203()
}

func (t *T) f205() {
	t.f204()
}

func (t *T) f206() {
	t.f205()
}

func (t *T) f207() {
	t.f206()
}

func (t *T) f208() {
	t.f207()
}

func (t *T) f209() {
	t.f208()
}

func (t *T) f210() {
	t.f209()
}

func (t *T) f211() {
	t.f210()
}

func (t *T) f212() {
	t.f211()
}

func (t *T) f213() {
	t.f212()
}

func (t *T) f214() {
	t.f213()
}

func (t *T) f215() {
	t.f214()
}

func (t *T) f216() {
	t.f215()
}

func (t *T) f217() {
	t.f216()
}

func (t *T) f218() {
	t.f217()
}

func (t *T) f219() {
	t.f218()
}

func (t *T) f220() {
	t.f219()
}

func (t *T) f221() {
	t.f220()
}

func (t *T) f222() {
	t.f221()
}

func (t *T) f223() {
	t.f222()
}

func (t *T) f224() {
	t.f223()
}

func (t *T) f225() {
	t.f224()
}

func (t *T) f226() {
	t.f225()
}

func (t *T) f227() {
	t.f226()
}

func (t *T) f228() {
	t.f227()
}

func (t *T) f229() {
	t.f228()
}

func (t *T) f230() {
	t.f229()
}

func (t *T) f231() {
	t.f230()
}

func (t *T) f232() {
	t.f231()
}

func (t *T) f233() {
	t.f232()
}

func (t *T) f234() {
	t.f233()
}

func (t *T) f235() {
	t.f234()
}

func (t *T) f236() {
	t.f235()
}

func (t *T) f237() {
	t.f236()
}

func (t *T) f238() {
	t.f237()
}

func (t *T) f239() {
	t.f238()
}

func (t *T) f240() {
	t.f239()
}

func (t *T) f241() {
	t.f240()
}

func (t *T) f242() {
	t.f241()
}

func (t *T) f243() {
	t.f242()
}

func (t *T) f244() {
	t.f243()
}

func (t *T) f245() {
	t.f244()
}

func (t *T) f246() {
	t.f245()
}

func (t *T) f247() {
	t.f246()
}

func (t *T) f248() {
	t.f247()
}

func (t *T) f249() {
	t.f248()
}

func (t *T) f250() {
	t.f249()
}

func (t *T) f251() {
	t.f250()
}

func (t *T) f252() {
	t.f251()
}

func (t *T) f253() {
	t.f252()
}

func (t *T) f254() {
	t.f253()
}

func (t *T) f255() {
	t.f254()
}

func (t *T) f256() {
	t.f255()
}

func (t *T) f257() {
	t.f256()
}

func (t *T) f258() {
	t.f257()
}

func (t *T) f259() {
	t.f258()
}

func (t *T) f260() {
	t.f259()
}

func (t *T) f261() {
	t.f260()
}

func (t *T) f262() {
	t.f261()
}

func (t *T) f263() {
	t.f262()
}

func (t *T) f264() {
	t.f263()
}

func (t *T) f265() {
	t.f264()
}

func (t *T) f266() {
	t.f265()
}

func (t *T) f267() {
	t.f266()
}

func (t *T) f268() {
	t.f267()
}

func (t *T) f269() {
	t.f268()
}

func (t *T) f270() {
	t.f269()
}

func (t *T) f271() {
	t.f270()
}

func (t *T) f272() {
	t.f271()
}

func (t *T) f273() {
	t.f272()
}

func (t *T) f274() {
	t.f273()
}

func (t *T) f275() {
	t.f274()
}

func (t *T) f276() {
	t.f275()
}

func (t *T) f277() {
	t.f276()
}

func (t *T) f278() {
	t.f277()
}

func (t *T) f279() {
	t.f278()
}

func (t *T) f280() {
	t.f279()
}

func (t *T) f281() {
	t.f280()
}

func (t *T) f282() {
	t.f281()
}

func (t *T) f283() {
	t.f282()
}

func (t *T) f284() {
	t.f283()
}

func (t *T) f285() {
	t.f284()
}

func (t *T) f286() {
	t.f285()
}

func (t *T) f287() {
	t.f286()
}

func (t *T) f288() {
	t.f287()
}

func (t *T) f289() {
	t.f288()
}

func (t *T) f290() {
	t.f289()
}

func (t *T) f291() {
	t.f290()
}

func (t *T) f292() {
	t.f291()
}

func (t *T) f293() {
	t.f292()
}

func (t *T) f294() {
	t.f293()
}

func (t *T) f295() {
	t.f294()
}

func (t *T) f296() {
	t.f295()
}

func (t *T) f297() {
	t.f296()
}

func (t *T) f298() {
	t.f297()
}

func (t *T) f299() {
	t.f298()
}

func (t *T) f300() {
	t.f299()
}

func (t *T) f301() {
	t.f300()
}

func (t *T) f302() {
	t.f301()
}

func (t *T) f303() {
	t.f302()
}

func (t *T) f304() {
	t.f303()
}

func (t *T) f305() {
	t.f304()
}

func (t *T) f306() {
	t.f305()
}

func (t *T) f307() {
	t.f306()
}

func (t *T) f308() {
	t.f307()
}

func (t *T) f309() {
	t.f308()
}

func (t *T) f310() {
	t.f309()
}

func (t *T) f311() {
	t.f310()
}

func (t *T) f312() {
	t.f311()
}

func (t *T) f313() {
	t.f312()
}

func (t *T) f314() {
	t.f313()
}

func (t *T) f315() {
	t.f314()
}

func (t *T) f316() {
	t.f315()
}

func (t *T) f317() {
	t.f316()
}

func (t *T) f318() {
	t.f317()
}

func (t *T) f319() {
	t.f318()
}

func (t *T) f320() {
	t.f319()
}

func (t *T) f321() {
	t.f320()
}

func (t *T) f322() {
	t.f321()
}

func (t *T) f323() {
	t.f322()
}

func (t *T) f324() {
	t.f323()
}

func (t *T) f325() {
	t.f324()
}

func (t *T) f326() {
	t.f325()
}

func (t *T) f327() {
	t.f326()
}

func (t *T) f328() {
	t.f327()
}

func (t *T) f329() {
	t.f328()
}

func (t *T) f330() {
	t.f329()
}

func (t *T) f331() {
	t.f330()
}

func (t *T) f332() {
	t.f331()
}

func (t *T) f333() {
	t.f332()
}

func (t *T) f334() {
	t.f333()
}

func (t *T) f335() {
	t.f334()
}

func (t *T) f336() {
	t.f335()
}

func (t *T) f337() {
	t.f336()
}

func (t *T) f338() {
	t.f337()
}

func (t *T) f339() {
	t.f338()
}

func (t *T) f340() {
	t.f339()
}

func (t *T) f341() {
	t.f340()
}

func (t *T) f342() {
	t.f341()
}

func (t *T) f343() {
	t.f342()
}

func (t *T) f344() {
	t.f343()
}

func (t *T) f345() {
	t.f344()
}

func (t *T) f346() {
	t.f345()
}

func (t *T) f347() {
	t.f346()
}

func (t *T) f348() {
	t.f347()
}

func (t *T) f349() {
	t.f348()
}

func (t *T) f350() {
	t.f349()
}

func (t *T) f351() {
	t.f350()
}

func (t *T) f352() {
	t.f351()
}

func (t *T) f353() {
	t.f352()
}

func (t *T) f354() {
	t.f353()
}

func (t *T) f355() {
	t.f354()
}

func (t *T) f356() {
	t.f355()
}

func (t *T) f357() {
	t.f356()
}

func (t *T) f358() {
	t.f357()
}

func (t *T) f359() {
	t.f358()
}

func (t *T) f360() {
	t.f359()
}

func (t *T) f361() {
	t.f360()
}

func (t *T) f362() {
	t.f361()
}

func (t *T) f363() {
	t.f362()
}

func (t *T) f364() {
	t.f363()
}

func (t *T) f365() {
	t.f364()
}

func (t *T) f366() {
	t.f365()
}

func (t *T) f367() {
	t.f366()
}

func (t *T) f368() {
	t.f367()
}

func (t *T) f369() {
	t.f368()
}

func (t *T) f370() {
	t.f369()
}

func (t *T) f371() {
	t.f370()
}

func (t *T) f372() {
	t.f371()
}

func (t *T) f373() {
	t.f372()
}

func (t *T) f374() {
	t.f373()
}

func (t *T) f375() {
	t.f374()
}

func (t *T) f376() {
	t.f375()
}

func (t *T) f377() {
	t.f376()
}

func (t *T) f378() {
	t.f377()
}

func (t *T) f379() {
	t.f378()
}

func (t *T) f380() {
	t.f379()
}

func (t *T) f381() {
	t.f380()
}

func (t *T) f382() {
	t.f381()
}

func (t *T) f383() {
	t.f382()
}

func (t *T) f384() {
	t.f383()
}

func (t *T) f385() {
	t.f384()
}

func (t *T) f386() {
	t.f385()
}

func (t *T) f387() {
	t.f386()
}

func (t *T) f388() {
	t.f387()
}

func (t *T) f389() {
	t.f388()
}

func (t *T) f390() {
	t.f389()
}

func (t *T) f391() {
	t.f390()
}

func (t *T) f392() {
	t.f391()
}

func (t *T) f393() {
	t.f392()
}

func (t *T) f394() {
	t.f393()
}

func (t *T) f395() {
	t.f394()
}

func (t *T) f396() {
	t.f395()
}

func (t *T) f397() {
	t.f396()
}

func (t *T) f398() {
	t.f397()
}

func (t *T) f399() {
	t.f398()
}

func (t *T) f400() {
	t.f399()
}

func (t *T) f401() {
	t.f400()
}

func (t *T) f402() {
	t.f401()
}

func (t *T) f403() {
	t.f402()
}

func (t *T) f404() {
	t.f403()
}

func (t *T) f405() {
	t.f404()
}

func (t *T) f406() {
	t.f405()
}

func (t *T) f407() {
	t.f406()
}

func (t *T) f408() {
	t.f407()
}

func (t *T) f409() {
	t.f408()
}

func (t *T) f410() {
	t.f409()
}

func (t *T) f411() {
	t.f410()
}

func (t *T) f412() {
	t.f411()
}

func (t *T) f413() {
	t.f412()
}

func (t *T) f414() {
	t.f413()
}

func (t *T) f415() {
	t.f414()
}

func (t *T) f416() {
	t.f415()
}

func (t *T) f417() {
	t.f416()
}

func (t *T) f418() {
	t.f417()
}

func (t *T) f419() {
	t.f418()
}

func (t *T) f420() {
	t.f419()
}

func (t *T) f421() {
	t.f420()
}

func (t *T) f422() {
	t.f421()
}

func (t *T) f423() {
	t.f422()
}

func (t *T) f424() {
	t.f423()
}

func (t *T) f425() {
	t.f424()
}

func (t *T) f426() {
	t.f425()
}

func (t *T) f427() {
	t.f426()
}

func (t *T) f428() {
	t.f427()
}

func (t *T) f429() {
	t.f428()
}

func (t *T) f430() {
	t.f429()
}

func (t *T) f431() {
	t.f430()
}

func (t *T) f432() {
	t.f431()
}

func (t *T) f433() {
	t.f432()
}

func (t *T) f434() {
	t.f433()
}

func (t *T) f435() {
	t.f434()
}

func (t *T) f436() {
	t.f435()
}

func (t *T) f437() {
	t.f436()
}

func (t *T) f438() {
	t.f437()
}

func (t *T) f439() {
	t.f438()
}

func (t *T) f440() {
	t.f439()
}

func (t *T) f441() {
	t.f440()
}

func (t *T) f442() {
	t.f441()
}

func (t *T) f443() {
	t.f442()
}

func (t *T) f444() {
	t.f443()
}

func (t *T) f445() {
	t.f444()
}

func (t *T) f446() {
	t.f445()
}

func (t *T) f447() {
	t.f446()
}

func (t *T) f448() {
	t.f447()
}

func (t *T) f449() {
	t.f448()
}

func (t *T) f450() {
	t.f449()
}

func (t *T) f451() {
	t.f450()
}

func (t *T) f452() {
	t.f451()
}

func (t *T) f453() {
	t.f452()
}

func (t *T) f454() {
	t.f453()
}

func (t *T) f455() {
	t.f454()
}

func (t *T) f456() {
	t.f455()
}

func (t *T) f457() {
	t.f456()
}

func (t *T) f458() {
	t.f457()
}

func (t *T) f459() {
	t.f458()
}

func (t *T) f460() {
	t.f459()
}

func (t *T) f461() {
	t.f460()
}

func (t *T) f462() {
	t.f461()
}

func (t *T) f463() {
	t.f462()
}

func (t *T) f464() {
	t.f463()
}

func (t *T) f465() {
	t.f464()
}

func (t *T) f466() {
	t.f465()
}

func (t *T) f467() {
	t.f466()
}

func (t *T) f468() {
	t.f467()
}

func (t *T) f469() {
	t.f468()
}

func (t *T) f470() {
	t.f469()
}

func (t *T) f471() {
	t.f470()
}

func (t *T) f472() {
	t.f471()
}

func (t *T) f473() {
	t.f472()
}

func (t *T) f474() {
	t.f473()
}

func (t *T) f475() {
	t.f474()
}

func (t *T) f476() {
	t.f475()
}

func (t *T) f477() {
	t.f476()
}

func (t *T) f478() {
	t.f477()
}

func (t *T) f479() {
	t.f478()
}

func (t *T) f480() {
	t.f479()
}

func (t *T) f481() {
	t.f480()
}

func (t *T) f482() {
	t.f481()
}

func (t *T) f483() {
	t.f482()
}

func (t *T) f484() {
	t.f483()
}

func (t *T) f485() {
	t.f484()
}

func (t *T) f486() {
	t.f485()
}

func (t *T) f487() {
	t.f486()
}

func (t *T) f488() {
	t.f487()
}

func (t *T) f489() {
	t.f488()
}

func (t *T) f490() {
	t.f489()
}

func (t *T) f491() {
	t.f490()
}

func (t *T) f492() {
	t.f491()
}

func (t *T) f493() {
	t.f492()
}

func (t *T) f494() {
	t.f493()
}

func (t *T) f495() {
	t.f494()
}

func (t *T) f496() {
	t.f495()
}

func (t *T) f497() {
	t.f496()
}

func (t *T) f498() {
	t.f497()
}

func (t *T) f499() {
	t.f498()
}

func (t *T) f500() {
	t.f499()
}

func (t *T) f501() {
	t.f500()
}

func (t *T) f502() {
	t.f501()
}

func (t *T) f503() {
	t.f502()
}

func (t *T) f504() {
	t.f503()
}

func (t *T) f505() {
	t.f504()
}

func (t *T) f506() {
	t.f505()
}

func (t *T) f507() {
	t.f506()
}

func (t *T) f508() {
	t.f507()
}

func (t *T) f509() {
	t.f508()
}

func (t *T) f510() {
	t.f509()
}

func (t *T) f511() {
	t.f510()
}

func (t *T) f512() {
	t.f511()
}

func (t *T) f513() {
	t.f512()
}

func (t *T) f514() {
	t.f513()
}

func (t *T) f515() {
	t.f514()
}

func (t *T) f516() {
	t.f515()
}

func (t *T) f517() {
	t.f516()
}

func (t *T) f518() {
	t.f517()
}

func (t *T) f519() {
	t.f518()
}

func (t *T) f520() {
	t.f519()
}

func (t *T) f521() {
	t.f520()
}

func (t *T) f522() {
	t.f521()
}

func (t *T) f523() {
	t.f522()
}

func (t *T) f524() {
	t.f523()
}

func (t *T) f525() {
	t.f524()
}

func (t *T) f526() {
	t.f525()
}

func (t *T) f527() {
	t.f526()
}

func (t *T) f528() {
	t.f527()
}

func (t *T) f529() {
	t.f528()
}

func (t *T) f530() {
	t.f529()
}

func (t *T) f531() {
	t.f530()
}

func (t *T) f532() {
	t.f531()
}

func (t *T) f533() {
	t.f532()
}

func (t *T) f534() {
	t.f533()
}

func (t *T) f535() {
	t.f534()
}

func (t *T) f536() {
	t.f535()
}

func (t *T) f537() {
	t.f536()
}

func (t *T) f538() {
	t.f537()
}

func (t *T) f539() {
	t.f538()
}

func (t *T) f540() {
	t.f539()
}

func (t *T) f541() {
	t.f540()
}

func (t *T) f542() {
	t.f541()
}

func (t *T) f543() {
	t.f542()
}

func (t *T) f544() {
	t.f543()
}

func (t *T) f545() {
	t.f544()
}

func (t *T) f546() {
	t.f545()
}

func (t *T) f547() {
	t.f546()
}

func (t *T) f548() {
	t.f547()
}

func (t *T) f549() {
	t.f548()
}

func (t *T) f550() {
	t.f549()
}

func (t *T) f551() {
	t.f550()
}

func (t *T) f552() {
	t.f551()
}

func (t *T) f553() {
	t.f552()
}

func (t *T) f554() {
	t.f553()
}

func (t *T) f555() {
	t.f554()
}

func (t *T) f556() {
	t.f555()
}

func (t *T) f557() {
	t.f556()
}

func (t *T) f558() {
	t.f557()
}

func (t *T) f559() {
	t.f558()
}

func (t *T) f560() {
	t.f559()
}

func (t *T) f561() {
	t.f560()
}

func (t *T) f562() {
	t.f561()
}

func (t *T) f563() {
	t.f562()
}

func (t *T) f564() {
	t.f563()
}

func (t *T) f565() {
	t.f564()
}

func (t *T) f566() {
	t.f565()
}

func (t *T) f567() {
	t.f566()
}

func (t *T) f568() {
	t.f567()
}

func (t *T) f569() {
	t.f568()
}

func (t *T) f570() {
	t.f569()
}

func (t *T) f571() {
	t.f570()
}

func (t *T) f572() {
	t.f571()
}

func (t *T) f573() {
	t.f572()
}

func (t *T) f574() {
	t.f573()
}

func (t *T) f575() {
	t.f574()
}

func (t *T) f576() {
	t.f575()
}

func (t *T) f577() {
	t.f576()
}

func (t *T) f578() {
	t.f577()
}

func (t *T) f579() {
	t.f578()
}

func (t *T) f580() {
	t.f579()
}

func (t *T) f581() {
	t.f580()
}

func (t *T) f582() {
	t.f581()
}

func (t *T) f583() {
	t.f582()
}

func (t *T) f584() {
	t.f583()
}

func (t *T) f585() {
	t.f584()
}

func (t *T) f586() {
	t.f585()
}

func (t *T) f587() {
	t.f586()
}

func (t *T) f588() {
	t.f587()
}

func (t *T) f589() {
	t.f588()
}

func (t *T) f590() {
	t.f589()
}

func (t *T) f591() {
	t.f590()
}

func (t *T) f592() {
	t.f591()
}

func (t *T) f593() {
	t.f592()
}

func (t *T) f594() {
	t.f593()
}

func (t *T) f595() {
	t.f594()
}

func (t *T) f596() {
	t.f595()
}

func (t *T) f597() {
	t.f596()
}

func (t *T) f598() {
	t.f597()
}

func (t *T) f599() {
	t.f598()
}

func (t *T) f600() {
	t.f599()
}

