package p

import "sync"

// 600 methods, each calling the next: their summaries nest 600 deep.
type T struct {
	mu sync.Mutex
	m  map[string]int
}

func (t *T) f0() {
	t.m["a"] = 0
	t.f1()
}

func (t *T) f1() {
	t.m["a"] = 1
	t.f2()
}

func (t *T) f2() {
	t.m["a"] = 2
	t.f3()
}

func (t *T) f3() {
	t.m["a"] = 3
	t.f4()
}

func (t *T) f4() {
	t.m["a"] = 4
	t.f5()
}

func (t *T) f5() {
	t.m["a"] = 5
	t.f6()
}

func (t *T) f6() {
	t.m["a"] = 6
	t.f7()
}

func (t *T) f7() {
	t.m["a"] = 7
	t.f8()
}

func (t *T) f8() {
	t.m["a"] = 8
	t.f9()
}

func (t *T) f9() {
	t.m["a"] = 9
	t.f10()
}

func (t *T) f10() {
	t.m["a"] = 10
	t.f11()
}

func (t *T) f11() {
	t.m["a"] = 11
	t.f12()
}

func (t *T) f12() {
	t.m["a"] = 12
	t.f13()
}

func (t *T) f13() {
	t.m["a"] = 13
	t.f14()
}

func (t *T) f14() {
	t.m["a"] = 14
	t.f15()
}

func (t *T) f15() {
	t.m["a"] = 15
	t.f16()
}

func (t *T) f16() {
	t.m["a"] = 16
	t.f17()
}

func (t *T) f17() {
	t.m["a"] = 17
	t.f18()
}

func (t *T) f18() {
	t.m["a"] = 18
	t.f19()
}

func (t *T) f19() {
	t.m["a"] = 19
	t.f20()
}

func (t *T) f20() {
	t.m["a"] = 20
	t.f21()
}

func (t *T) f21() {
	t.m["a"] = 21
	t.f22()
}

func (t *T) f22() {
	t.m["a"] = 22
	t.f23()
}

func (t *T) f23() {
	t.m["a"] = 23
	t.f24()
}

func (t *T) f24() {
	t.m["a"] = 24
	t.f25()
}

func (t *T) f25() {
	t.m["a"] = 25
	t.f26()
}

func (t *T) f26() {
	t.m["a"] = 26
	t.f27()
}

func (t *T) f27() {
	t.m["a"] = 27
	t.f28()
}

func (t *T) f28() {
	t.m["a"] = 28
	t.f29()
}

func (t *T) f29() {
	t.m["a"] = 29
	t.f30()
}

func (t *T) f30() {
	t.m["a"] = 30
	t.f31()
}

func (t *T) f31() {
	t.m["a"] = 31
	t.f32()
}

func (t *T) f32() {
	t.m["a"] = 32
	t.f33()
}

func (t *T) f33() {
	t.m["a"] = 33
	t.f34()
}

func (t *T) f34() {
	t.m["a"] = 34
	t.f35()
}

func (t *T) f35() {
	t.m["a"] = 35
	t.f36()
}

func (t *T) f36() {
	t.m["a"] = 36
	t.f37()
}

func (t *T) f37() {
	t.m["a"] = 37
	t.f38()
}

func (t *T) f38() {
	t.m["a"] = 38
	t.f39()
}

func (t *T) f39() {
	t.m["a"] = 39
	t.f40()
}

func (t *T) f40() {
	t.m["a"] = 40
	t.f41()
}

func (t *T) f41() {
	t.m["a"] = 41
	t.f42()
}

func (t *T) f42() {
	t.m["a"] = 42
	t.f43()
}

func (t *T) f43() {
	t.m["a"] = 43
	t.f44()
}

func (t *T) f44() {
	t.m["a"] = 44
	t.f45()
}

func (t *T) f45() {
	t.m["a"] = 45
	t.f46()
}

func (t *T) f46() {
	t.m["a"] = 46
	t.f47()
}

func (t *T) f47() {
	t.m["a"] = 47
	t.f48()
}

func (t *T) f48() {
	t.m["a"] = 48
	t.f49()
}

func (t *T) f49() {
	t.m["a"] = 49
	t.f50()
}

func (t *T) f50() {
	t.m["a"] = 50
	t.f51()
}

func (t *T) f51() {
	t.m["a"] = 51
	t.f52()
}

func (t *T) f52() {
	t.m["a"] = 52
	t.f53()
}

func (t *T) f53() {
	t.m["a"] = 53
	t.f54()
}

func (t *T) f54() {
	t.m["a"] = 54
	t.f55()
}

func (t *T) f55() {
	t.m["a"] = 55
	t.f56()
}

func (t *T) f56() {
	t.m["a"] = 56
	t.f57()
}

func (t *T) f57() {
	t.m["a"] = 57
	t.f58()
}

func (t *T) f58() {
	t.m["a"] = 58
	t.f59()
}

func (t *T) f59() {
	t.m["a"] = 59
	t.f60()
}

func (t *T) f60() {
	t.m["a"] = 60
	t.f61()
}

func (t *T) f61() {
	t.m["a"] = 61
	t.f62()
}

func (t *T) f62() {
	t.m["a"] = 62
	t.f63()
}

func (t *T) f63() {
	t.m["a"] = 63
	t.f64()
}

func (t *T) f64() {
	t.m["a"] = 64
	t.f65()
}

func (t *T) f65() {
	t.m["a"] = 65
	t.f66()
}

func (t *T) f66() {
	t.m["a"] = 66
	t.f67()
}

func (t *T) f67() {
	t.m["a"] = 67
	t.f68()
}

func (t *T) f68() {
	t.m["a"] = 68
	t.f69()
}

func (t *T) f69() {
	t.m["a"] = 69
	t.f70()
}

func (t *T) f70() {
	t.m["a"] = 70
	t.f71()
}

func (t *T) f71() {
	t.m["a"] = 71
	t.f72()
}

func (t *T) f72() {
	t.m["a"] = 72
	t.f73()
}

func (t *T) f73() {
	t.m["a"] = 73
	t.f74()
}

func (t *T) f74() {
	t.m["a"] = 74
	t.f75()
}

func (t *T) f75() {
	t.m["a"] = 75
	t.f76()
}

func (t *T) f76() {
	t.m["a"] = 76
	t.f77()
}

func (t *T) f77() {
	t.m["a"] = 77
	t.f78()
}

func (t *T) f78() {
	t.m["a"] = 78
	t.f79()
}

func (t *T) f79() {
	t.m["a"] = 79
	t.f80()
}

func (t *T) f80() {
	t.m["a"] = 80
	t.f81()
}

func (t *T) f81() {
	t.m["a"] = 81
	t.f82()
}

func (t *T) f82() {
	t.m["a"] = 82
	t.f83()
}

func (t *T) f83() {
	t.m["a"] = 83
	t.f84()
}

func (t *T) f84() {
	t.m["a"] = 84
	t.f85()
}

func (t *T) f85() {
	t.m["a"] = 85
	t.f86()
}

func (t *T) f86() {
	t.m["a"] = 86
	t.f87()
}

func (t *T) f87() {
	t.m["a"] = 87
	t.f88()
}

func (t *T) f88() {
	t.m["a"] = 88
	t.f89()
}

func (t *T) f89() {
	t.m["a"] = 89
	t.f90()
}

func (t *T) f90() {
	t.m["a"] = 90
	t.f91()
}

func (t *T) f91() {
	t.m["a"] = 91
	t.f92()
}

func (t *T) f92() {
	t.m["a"] = 92
	t.f93()
}

func (t *T) f93() {
	t.m["a"] = 93
	t.f94()
}

func (t *T) f94() {
	t.m["a"] = 94
	t.f95()
}

func (t *T) f95() {
	t.m["a"] = 95
	t.f96()
}

func (t *T) f96() {
	t.m["a"] = 96
	t.f97()
}

func (t *T) f97() {
	t.m["a"] = 97
	t.f98()
}

func (t *T) f98() {
	t.m["a"] = 98
	t.f99()
}

func (t *T) f99() {
	t.m["a"] = 99
	t.f100()
}

func (t *T) f100() {
	t.m["a"] = 100
	t.f101()
}

func (t *T) f101() {
	t.m["a"] = 101
	t.f102()
}

func (t *T) f102() {
	t.m["a"] = 102
	t.f103()
}

func (t *T) f103() {
	t.m["a"] = 103
	t.f104()
}

func (t *T) f104() {
	t.m["a"] = 104
	t.f105()
}

func (t *T) f105() {
	t.m["a"] = 105
	t.f106()
}

func (t *T) f106() {
	t.m["a"] = 106
	t.f107()
}

func (t *T) f107() {
	t.m["a"] = 107
	t.f108()
}

func (t *T) f108() {
	t.m["a"] = 108
	t.f109()
}

func (t *T) f109() {
	t.m["a"] = 109
	t.f110()
}

func (t *T) f110() {
	t.m["a"] = 110
	t.f111()
}

func (t *T) f111() {
	t.m["a"] = 111
	t.f112()
}

func (t *T) f112() {
	t.m["a"] = 112
	t.f113()
}

func (t *T) f113() {
	t.m["a"] = 113
	t.f114()
}

func (t *T) f114() {
	t.m["a"] = 114
	t.f115()
}

func (t *T) f115() {
	t.m["a"] = 115
	t.f116()
}

func (t *T) f116() {
	t.m["a"] = 116
	t.f117()
}

func (t *T) f117() {
	t.m["a"] = 117
	t.f118()
}

func (t *T) f118() {
	t.m["a"] = 118
	t.f119()
}

func (t *T) f119() {
	t.m["a"] = 119
	t.f120()
}

func (t *T) f120() {
	t.m["a"] = 120
	t.f121()
}

func (t *T) f121() {
	t.m["a"] = 121
	t.f122()
}

func (t *T) f122() {
	t.m["a"] = 122
	t.f123()
}

func (t *T) f123() {
	t.m["a"] = 123
	t.f124()
}

func (t *T) f124() {
	t.m["a"] = 124
	t.f125()
}

func (t *T) f125() {
	t.m["a"] = 125
	t.f126()
}

func (t *T) f126() {
	t.m["a"] = 126
	t.f127()
}

func (t *T) f127() {
	t.m["a"] = 127
	t.f128()
}

func (t *T) f128() {
	t.m["a"] = 128
	t.f129()
}

func (t *T) f129() {
	t.m["a"] = 129
	t.f130()
}

func (t *T) f130() {
	t.m["a"] = 130
	t.f131()
}

func (t *T) f131() {
	t.m["a"] = 131
	t.f132()
}

func (t *T) f132() {
	t.m["a"] = 132
	t.f133()
}

func (t *T) f133() {
	t.m["a"] = 133
	t.f134()
}

func (t *T) f134() {
	t.m["a"] = 134
	t.f135()
}

func (t *T) f135() {
	t.m["a"] = 135
	t.f136()
}

func (t *T) f136() {
	t.m["a"] = 136
	t.f137()
}

func (t *T) f137() {
	t.m["a"] = 137
	t.f138()
}

func (t *T) f138() {
	t.m["a"] = 138
	t.f139()
}

func (t *T) f139() {
	t.m["a"] = 139
	t.f140()
}

func (t *T) f140() {
	t.m["a"] = 140
	t.f141()
}

func (t *T) f141() {
	t.m["a"] = 141
	t.f142()
}

func (t *T) f142() {
	t.m["a"] = 142
	t.f143()
}

func (t *T) f143() {
	t.m["a"] = 143
	t.f144()
}

func (t *T) f144() {
	t.m["a"] = 144
	t.f145()
}

func (t *T) f145() {
	t.m["a"] = 145
	t.f146()
}

func (t *T) f146() {
	t.m["a"] = 146
	t.f147()
}

func (t *T) f147() {
	t.m["a"] = 147
	t.f148()
}

func (t *T) f148() {
	t.m["a"] = 148
	t.f149()
}

func (t *T) f149() {
	t.m["a"] = 149
	t.f150()
}

func (t *T) f150() {
	t.m["a"] = 150
	t.f151()
}

func (t *T) f151() {
	t.m["a"] = 151
	t.f152()
}

func (t *T) f152() {
	t.m["a"] = 152
	t.f153()
}

func (t *T) f153() {
	t.m["a"] = 153
	t.f154()
}

func (t *T) f154() {
	t.m["a"] = 154
	t.f155()
}

func (t *T) f155() {
	t.m["a"] = 155
	t.f156()
}

func (t *T) f156() {
	t.m["a"] = 156
	t.f157()
}

func (t *T) f157() {
	t.m["a"] = 157
	t.f158()
}

func (t *T) f158() {
	t.m["a"] = 158
	t.f159()
}

func (t *T) f159() {
	t.m["a"] = 159
	t.f160()
}

func (t *T) f160() {
	t.m["a"] = 160
	t.f161()
}

func (t *T) f161() {
	t.m["a"] = 161
	t.f162()
}

func (t *T) f162() {
	t.m["a"] = 162
	t.f163()
}

func (t *T) f163() {
	t.m["a"] = 163
	t.f164()
}

func (t *T) f164() {
	t.m["a"] = 164
	t.f165()
}

func (t *T) f165() {
	t.m["a"] = 165
	t.f166()
}

func (t *T) f166() {
	t.m["a"] = 166
	t.f167()
}

func (t *T) f167() {
	t.m["a"] = 167
	t.f168()
}

func (t *T) f168() {
	t.m["a"] = 168
	t.f169()
}

func (t *T) f169() {
	t.m["a"] = 169
	t.f170()
}

func (t *T) f170() {
	t.m["a"] = 170
	t.f171()
}

func (t *T) f171() {
	t.m["a"] = 171
	t.f172()
}

func (t *T) f172() {
	t.m["a"] = 172
	t.f173()
}

func (t *T) f173() {
	t.m["a"] = 173
	t.f174()
}

func (t *T) f174() {
	t.m["a"] = 174
	t.f175()
}

func (t *T) f175() {
	t.m["a"] = 175
	t.f176()
}

func (t *T) f176() {
	t.m["a"] = 176
	t.f177()
}

func (t *T) f177() {
	t.m["a"] = 177
	t.f178()
}

func (t *T) f178() {
	t.m["a"] = 178
	t.f179()
}

func (t *T) f179() {
	t.m["a"] = 179
	t.f180()
}

func (t *T) f180() {
	t.m["a"] = 180
	t.f181()
}

func (t *T) f181() {
	t.m["a"] = 181
	t.f182()
}

func (t *T) f182() {
	t.m["a"] = 182
	t.f183()
}

func (t *T) f183() {
	t.m["a"] = 183
	t.f184()
}

func (t *T) f184() {
	t.m["a"] = 184
	t.f185()
}

func (t *T) f185() {
	t.m["a"] = 185
	t.f186()
}

func (t *T) f186() {
	t.m["a"] = 186
	t.f187()
}

func (t *T) f187() {
	t.m["a"] = 187
	t.f188()
}

func (t *T) f188() {
	t.m["a"] = 188
	t.f189()
}

func (t *T) f189() {
	t.m["a"] = 189
	t.f190()
}

func (t *T) f190() {
	t.m["a"] = 190
	t.f191()
}

func (t *T) f191() {
	t.m["a"] = 191
	t.f192()
}

func (t *T) f192() {
	t.m["a"] = 192
	t.f193()
}

func (t *T) f193() {
	t.m["a"] = 193
	t.f194()
}

func (t *T) f194() {
	t.m["a"] = 194
	t.f195()
}

func (t *T) f195() {
	t.m["a"] = 195
	t.f196()
}

func (t *T) f196() {
	t.m["a"] = 196
	t.f197()
}

func (t *T) f197() {
	t.m["a"] = 197
	t.f198()
}

func (t *T) f198() {
	t.m["a"] = 198
	t.f199()
}

func (t *T) f199() {
	t.m["a"] = 199
	t.f200()
}

func (t *T) f200() {
	t.m["a"] = 200
	t.f201()
}

func (t *T) f201() {
	t.m["a"] = 201
	t.f202()
}

func (t *T) f202() {
	t.m["a"] = 202
	t.f203()
}

func (t *T) f203() {
	t.m["a"] = 203
	t.f204()
}

func (t *T) f204() {
	t.m["a"] = 204
	t.f205()
}

func (t *T) f205() {
	t.m["a"] = 205
	t.f206()
}

func (t *T) f206() {
	t.m["a"] = 206
	t.f207()
}

func (t *T) f207() {
	t.m["a"] = 207
	t.f208()
}

func (t *T) f208() {
	t.m["a"] = 208
	t.f209()
}

func (t *T) f209() {
	t.m["a"] = 209
	t.f210()
}

func (t *T) f210() {
	t.m["a"] = 210
	t.f211()
}

func (t *T) f211() {
	t.m["a"] = 211
	t.f212()
}

func (t *T) f212() {
	t.m["a"] = 212
	t.f213()
}

func (t *T) f213() {
	t.m["a"] = 213
	t.f214()
}

func (t *T) f214() {
	t.m["a"] = 214
	t.f215()
}

func (t *T) f215() {
	t.m["a"] = 215
	t.f216()
}

func (t *T) f216() {
	t.m["a"] = 216
	t.f217()
}

func (t *T) f217() {
	t.m["a"] = 217
	t.f218()
}

func (t *T) f218() {
	t.m["a"] = 218
	t.f219()
}

func (t *T) f219() {
	t.m["a"] = 219
	t.f220()
}

func (t *T) f220() {
	t.m["a"] = 220
	t.f221()
}

func (t *T) f221() {
	t.m["a"] = 221
	t.f222()
}

func (t *T) f222() {
	t.m["a"] = 222
	t.f223()
}

func (t *T) f223() {
	t.m["a"] = 223
	t.f224()
}

func (t *T) f224() {
	t.m["a"] = 224
	t.f225()
}

func (t *T) f225() {
	t.m["a"] = 225
	t.f226()
}

func (t *T) f226() {
	t.m["a"] = 226
	t.f227()
}

func (t *T) f227() {
	t.m["a"] = 227
	t.f228()
}

func (t *T) f228() {
	t.m["a"] = 228
	t.f229()
}

func (t *T) f229() {
	t.m["a"] = 229
	t.f230()
}

func (t *T) f230() {
	t.m["a"] = 230
	t.f231()
}

func (t *T) f231() {
	t.m["a"] = 231
	t.f232()
}

func (t *T) f232() {
	t.m["a"] = 232
	t.f233()
}

func (t *T) f233() {
	t.m["a"] = 233
	t.f234()
}

func (t *T) f234() {
	t.m["a"] = 234
	t.f235()
}

func (t *T) f235() {
	t.m["a"] = 235
	t.f236()
}

func (t *T) f236() {
	t.m["a"] = 236
	t.f237()
}

func (t *T) f237() {
	t.m["a"] = 237
	t.f238()
}

func (t *T) f238() {
	t.m["a"] = 238
	t.f239()
}

func (t *T) f239() {
	t.m["a"] = 239
	t.f240()
}

func (t *T) f240() {
	t.m["a"] = 240
	t.f241()
}

func (t *T) f241() {
	t.m["a"] = 241
	t.f242()
}

func (t *T) f242() {
	t.m["a"] = 242
	t.f243()
}

func (t *T) f243() {
	t.m["a"] = 243
	t.f244()
}

func (t *T) f244() {
	t.m["a"] = 244
	t.f245()
}

func (t *T) f245() {
	t.m["a"] = 245
	t.f246()
}

func (t *T) f246() {
	t.m["a"] = 246
	t.f247()
}

func (t *T) f247() {
	t.m["a"] = 247
	t.f248()
}

func (t *T) f248() {
	t.m["a"] = 248
	t.f249()
}

func (t *T) f249() {
	t.m["a"] = 249
	t.f250()
}

func (t *T) f250() {
	t.m["a"] = 250
	t.f251()
}

func (t *T) f251() {
	t.m["a"] = 251
	t.f252()
}

func (t *T) f252() {
	t.m["a"] = 252
	t.f253()
}

func (t *T) f253() {
	t.m["a"] = 253
	t.f254()
}

func (t *T) f254() {
	t.m["a"] = 254
	t.f255()
}

func (t *T) f255() {
	t.m["a"] = 255
	t.f256()
}

func (t *T) f256() {
	t.m["a"] = 256
	t.f257()
}

func (t *T) f257() {
	t.m["a"] = 257
	t.f258()
}

func (t *T) f258() {
	t.m["a"] = 258
	t.f259()
}

func (t *T) f259() {
	t.m["a"] = 259
	t.f260()
}

func (t *T) f260() {
	t.m["a"] = 260
	t.f261()
}

func (t *T) f261() {
	t.m["a"] = 261
	t.f262()
}

func (t *T) f262() {
	t.m["a"] = 262
	t.f263()
}

func (t *T) f263() {
	t.m["a"] = 263
	t.f264()
}

func (t *T) f264() {
	t.m["a"] = 264
	t.f265()
}

func (t *T) f265() {
	t.m["a"] = 265
	t.f266()
}

func (t *T) f266() {
	t.m["a"] = 266
	t.f267()
}

func (t *T) f267() {
	t.m["a"] = 267
	t.f268()
}

func (t *T) f268() {
	t.m["a"] = 268
	t.f269()
}

func (t *T) f269() {
	t.m["a"] = 269
	t.f270()
}

func (t *T) f270() {
	t.m["a"] = 270
	t.f271()
}

func (t *T) f271() {
	t.m["a"] = 271
	t.f272()
}

func (t *T) f272() {
	t.m["a"] = 272
	t.f273()
}

func (t *T) f273() {
	t.m["a"] = 273
	t.f274()
}

func (t *T) f274() {
	t.m["a"] = 274
	t.f275()
}

func (t *T) f275() {
	t.m["a"] = 275
	t.f276()
}

func (t *T) f276() {
	t.m["a"] = 276
	t.f277()
}

func (t *T) f277() {
	t.m["a"] = 277
	t.f278()
}

func (t *T) f278() {
	t.m["a"] = 278
	t.f279()
}

func (t *T) f279() {
	t.m["a"] = 279
	t.f280()
}

func (t *T) f280() {
	t.m["a"] = 280
	t.f281()
}

func (t *T) f281() {
	t.m["a"] = 281
	t.f282()
}

func (t *T) f282() {
	t.m["a"] = 282
	t.f283()
}

func (t *T) f283() {
	t.m["a"] = 283
	t.f284()
}

func (t *T) f284() {
	t.m["a"] = 284
	t.f285()
}

func (t *T) f285() {
	t.m["a"] = 285
	t.f286()
}

func (t *T) f286() {
	t.m["a"] = 286
	t.f287()
}

func (t *T) f287() {
	t.m["a"] = 287
	t.f288()
}

func (t *T) f288() {
	t.m["a"] = 288
	t.f289()
}

func (t *T) f289() {
	t.m["a"] = 289
	t.f290()
}

func (t *T) f290() {
	t.m["a"] = 290
	t.f291()
}

func (t *T) f291() {
	t.m["a"] = 291
	t.f292()
}

func (t *T) f292() {
	t.m["a"] = 292
	t.f293()
}

func (t *T) f293() {
	t.m["a"] = 293
	t.f294()
}

func (t *T) f294() {
	t.m["a"] = 294
	t.f295()
}

func (t *T) f295() {
	t.m["a"] = 295
	t.f296()
}

func (t *T) f296() {
	t.m["a"] = 296
	t.f297()
}

func (t *T) f297() {
	t.m["a"] = 297
	t.f298()
}

func (t *T) f298() {
	t.m["a"] = 298
	t.f299()
}

func (t *T) f299() {
	t.m["a"] = 299
	t.f300()
}

func (t *T) f300() {
	t.m["a"] = 300
	t.f301()
}

func (t *T) f301() {
	t.m["a"] = 301
	t.f302()
}

func (t *T) f302() {
	t.m["a"] = 302
	t.f303()
}

func (t *T) f303() {
	t.m["a"] = 303
	t.f304()
}

func (t *T) f304() {
	t.m["a"] = 304
	t.f305()
}

func (t *T) f305() {
	t.m["a"] = 305
	t.f306()
}

func (t *T) f306() {
	t.m["a"] = 306
	t.f307()
}

func (t *T) f307() {
	t.m["a"] = 307
	t.f308()
}

func (t *T) f308() {
	t.m["a"] = 308
	t.f309()
}

func (t *T) f309() {
	t.m["a"] = 309
	t.f310()
}

func (t *T) f310() {
	t.m["a"] = 310
	t.f311()
}

func (t *T) f311() {
	t.m["a"] = 311
	t.f312()
}

func (t *T) f312() {
	t.m["a"] = 312
	t.f313()
}

func (t *T) f313() {
	t.m["a"] = 313
	t.f314()
}

func (t *T) f314() {
	t.m["a"] = 314
	t.f315()
}

func (t *T) f315() {
	t.m["a"] = 315
	t.f316()
}

func (t *T) f316() {
	t.m["a"] = 316
	t.f317()
}

func (t *T) f317() {
	t.m["a"] = 317
	t.f318()
}

func (t *T) f318() {
	t.m["a"] = 318
	t.f319()
}

func (t *T) f319() {
	t.m["a"] = 319
	t.f320()
}

func (t *T) f320() {
	t.m["a"] = 320
	t.f321()
}

func (t *T) f321() {
	t.m["a"] = 321
	t.f322()
}

func (t *T) f322() {
	t.m["a"] = 322
	t.f323()
}

func (t *T) f323() {
	t.m["a"] = 323
	t.f324()
}

func (t *T) f324() {
	t.m["a"] = 324
	t.f325()
}

func (t *T) f325() {
	t.m["a"] = 325
	t.f326()
}

func (t *T) f326() {
	t.m["a"] = 326
	t.f327()
}

func (t *T) f327() {
	t.m["a"] = 327
	t.f328()
}

func (t *T) f328() {
	t.m["a"] = 328
	t.f329()
}

func (t *T) f329() {
	t.m["a"] = 329
	t.f330()
}

func (t *T) f330() {
	t.m["a"] = 330
	t.f331()
}

func (t *T) f331() {
	t.m["a"] = 331
	t.f332()
}

func (t *T) f332() {
	t.m["a"] = 332
	t.f333()
}

func (t *T) f333() {
	t.m["a"] = 333
	t.f334()
}

func (t *T) f334() {
	t.m["a"] = 334
	t.f335()
}

func (t *T) f335() {
	t.m["a"] = 335
	t.f336()
}

func (t *T) f336() {
	t.m["a"] = 336
	t.f337()
}

func (t *T) f337() {
	t.m["a"] = 337
	t.f338()
}

func (t *T) f338() {
	t.m["a"] = 338
	t.f339()
}

func (t *T) f339() {
	t.m["a"] = 339
	t.f340()
}

func (t *T) f340() {
	t.m["a"] = 340
	t.f341()
}

func (t *T) f341() {
	t.m["a"] = 341
	t.f342()
}

func (t *T) f342() {
	t.m["a"] = 342
	t.f343()
}

func (t *T) f343() {
	t.m["a"] = 343
	t.f344()
}

func (t *T) f344() {
	t.m["a"] = 344
	t.f345()
}

func (t *T) f345() {
	t.m["a"] = 345
	t.f346()
}

func (t *T) f346() {
	t.m["a"] = 346
	t.f347()
}

func (t *T) f347() {
	t.m["a"] = 347
	t.f348()
}

func (t *T) f348() {
	t.m["a"] = 348
	t.f349()
}

func (t *T) f349() {
	t.m["a"] = 349
	t.f350()
}

func (t *T) f350() {
	t.m["a"] = 350
	t.f351()
}

func (t *T) f351() {
	t.m["a"] = 351
	t.f352()
}

func (t *T) f352() {
	t.m["a"] = 352
	t.f353()
}

func (t *T) f353() {
	t.m["a"] = 353
	t.f354()
}

func (t *T) f354() {
	t.m["a"] = 354
	t.f355()
}

func (t *T) f355() {
	t.m["a"] = 355
	t.f356()
}

func (t *T) f356() {
	t.m["a"] = 356
	t.f357()
}

func (t *T) f357() {
	t.m["a"] = 357
	t.f358()
}

func (t *T) f358() {
	t.m["a"] = 358
	t.f359()
}

func (t *T) f359() {
	t.m["a"] = 359
	t.f360()
}

func (t *T) f360() {
	t.m["a"] = 360
	t.f361()
}

func (t *T) f361() {
	t.m["a"] = 361
	t.f362()
}

func (t *T) f362() {
	t.m["a"] = 362
	t.f363()
}

func (t *T) f363() {
	t.m["a"] = 363
	t.f364()
}

func (t *T) f364() {
	t.m["a"] = 364
	t.f365()
}

func (t *T) f365() {
	t.m["a"] = 365
	t.f366()
}

func (t *T) f366() {
	t.m["a"] = 366
	t.f367()
}

func (t *T) f367() {
	t.m["a"] = 367
	t.f368()
}

func (t *T) f368() {
	t.m["a"] = 368
	t.f369()
}

func (t *T) f369() {
	t.m["a"] = 369
	t.f370()
}

func (t *T) f370() {
	t.m["a"] = 370
	t.f371()
}

func (t *T) f371() {
	t.m["a"] = 371
	t.f372()
}

func (t *T) f372() {
	t.m["a"] = 372
	t.f373()
}

func (t *T) f373() {
	t.m["a"] = 373
	t.f374()
}

func (t *T) f374() {
	t.m["a"] = 374
	t.f375()
}

func (t *T) f375() {
	t.m["a"] = 375
	t.f376()
}

func (t *T) f376() {
	t.m["a"] = 376
	t.f377()
}

func (t *T) f377() {
	t.m["a"] = 377
	t.f378()
}

func (t *T) f378() {
	t.m["a"] = 378
	t.f379()
}

func (t *T) f379() {
	t.m["a"] = 379
	t.f380()
}

func (t *T) f380() {
	t.m["a"] = 380
	t.f381()
}

func (t *T) f381() {
	t.m["a"] = 381
	t.f382()
}

func (t *T) f382() {
	t.m["a"] = 382
	t.f383()
}

func (t *T) f383() {
	t.m["a"] = 383
	t.f384()
}

func (t *T) f384() {
	t.m["a"] = 384
	t.f385()
}

func (t *T) f385() {
	t.m["a"] = 385
	t.f386()
}

func (t *T) f386() {
	t.m["a"] = 386
	t.f387()
}

func (t *T) f387() {
	t.m["a"] = 387
	t.f388()
}

func (t *T) f388() {
	t.m["a"] = 388
	t.f389()
}

func (t *T) f389() {
	t.m["a"] = 389
	t.f390()
}

func (t *T) f390() {
	t.m["a"] = 390
	t.f391()
}

func (t *T) f391() {
	t.m["a"] = 391
	t.f392()
}

func (t *T) f392() {
	t.m["a"] = 392
	t.f393()
}

func (t *T) f393() {
	t.m["a"] = 393
	t.f394()
}

func (t *T) f394() {
	t.m["a"] = 394
	t.f395()
}

func (t *T) f395() {
	t.m["a"] = 395
	t.f396()
}

func (t *T) f396() {
	t.m["a"] = 396
	t.f397()
}

func (t *T) f397() {
	t.m["a"] = 397
	t.f398()
}

func (t *T) f398() {
	t.m["a"] = 398
	t.f399()
}

func (t *T) f399() {
	t.m["a"] = 399
	t.f400()
}

func (t *T) f400() {
	t.m["a"] = 400
	t.f401()
}

func (t *T) f401() {
	t.m["a"] = 401
	t.f402()
}

func (t *T) f402() {
	t.m["a"] = 402
	t.f403()
}

func (t *T) f403() {
	t.m["a"] = 403
	t.f404()
}

func (t *T) f404() {
	t.m["a"] = 404
	t.f405()
}

func (t *T) f405() {
	t.m["a"] = 405
	t.f406()
}

func (t *T) f406() {
	t.m["a"] = 406
	t.f407()
}

func (t *T) f407() {
	t.m["a"] = 407
	t.f408()
}

func (t *T) f408() {
	t.m["a"] = 408
	t.f409()
}

func (t *T) f409() {
	t.m["a"] = 409
	t.f410()
}

func (t *T) f410() {
	t.m["a"] = 410
	t.f411()
}

func (t *T) f411() {
	t.m["a"] = 411
	t.f412()
}

func (t *T) f412() {
	t.m["a"] = 412
	t.f413()
}

func (t *T) f413() {
	t.m["a"] = 413
	t.f414()
}

func (t *T) f414() {
	t.m["a"] = 414
	t.f415()
}

func (t *T) f415() {
	t.m["a"] = 415
	t.f416()
}

func (t *T) f416() {
	t.m["a"] = 416
	t.f417()
}

func (t *T) f417() {
	t.m["a"] = 417
	t.f418()
}

func (t *T) f418() {
	t.m["a"] = 418
	t.f419()
}

func (t *T) f419() {
	t.m["a"] = 419
	t.f420()
}

func (t *T) f420() {
	t.m["a"] = 420
	t.f421()
}

func (t *T) f421() {
	t.m["a"] = 421
	t.f422()
}

func (t *T) f422() {
	t.m["a"] = 422
	t.f423()
}

func (t *T) f423() {
	t.m["a"] = 423
	t.f424()
}

func (t *T) f424() {
	t.m["a"] = 424
	t.f425()
}

func (t *T) f425() {
	t.m["a"] = 425
	t.f426()
}

func (t *T) f426() {
	t.m["a"] = 426
	t.f427()
}

func (t *T) f427() {
	t.m["a"] = 427
	t.f428()
}

func (t *T) f428() {
	t.m["a"] = 428
	t.f429()
}

func (t *T) f429() {
	t.m["a"] = 429
	t.f430()
}

func (t *T) f430() {
	t.m["a"] = 430
	t.f431()
}

func (t *T) f431() {
	t.m["a"] = 431
	t.f432()
}

func (t *T) f432() {
	t.m["a"] = 432
	t.f433()
}

func (t *T) f433() {
	t.m["a"] = 433
	t.f434()
}

func (t *T) f434() {
	t.m["a"] = 434
	t.f435()
}

func (t *T) f435() {
	t.m["a"] = 435
	t.f436()
}

func (t *T) f436() {
	t.m["a"] = 436
	t.f437()
}

func (t *T) f437() {
	t.m["a"] = 437
	t.f438()
}

func (t *T) f438() {
	t.m["a"] = 438
	t.f439()
}

func (t *T) f439() {
	t.m["a"] = 439
	t.f440()
}

func (t *T) f440() {
	t.m["a"] = 440
	t.f441()
}

func (t *T) f441() {
	t.m["a"] = 441
	t.f442()
}

func (t *T) f442() {
	t.m["a"] = 442
	t.f443()
}

func (t *T) f443() {
	t.m["a"] = 443
	t.f444()
}

func (t *T) f444() {
	t.m["a"] = 444
	t.f445()
}

func (t *T) f445() {
	t.m["a"] = 445
	t.f446()
}

func (t *T) f446() {
	t.m["a"] = 446
	t.f447()
}

func (t *T) f447() {
	t.m["a"] = 447
	t.f448()
}

func (t *T) f448() {
	t.m["a"] = 448
	t.f449()
}

func (t *T) f449() {
	t.m["a"] = 449
	t.f450()
}

func (t *T) f450() {
	t.m["a"] = 450
	t.f451()
}

func (t *T) f451() {
	t.m["a"] = 451
	t.f452()
}

func (t *T) f452() {
	t.m["a"] = 452
	t.f453()
}

func (t *T) f453() {
	t.m["a"] = 453
	t.f454()
}

func (t *T) f454() {
	t.m["a"] = 454
	t.f455()
}

func (t *T) f455() {
	t.m["a"] = 455
	t.f456()
}

func (t *T) f456() {
	t.m["a"] = 456
	t.f457()
}

func (t *T) f457() {
	t.m["a"] = 457
	t.f458()
}

func (t *T) f458() {
	t.m["a"] = 458
	t.f459()
}

func (t *T) f459() {
	t.m["a"] = 459
	t.f460()
}

func (t *T) f460() {
	t.m["a"] = 460
	t.f461()
}

func (t *T) f461() {
	t.m["a"] = 461
	t.f462()
}

func (t *T) f462() {
	t.m["a"] = 462
	t.f463()
}

func (t *T) f463() {
	t.m["a"] = 463
	t.f464()
}

func (t *T) f464() {
	t.m["a"] = 464
	t.f465()
}

func (t *T) f465() {
	t.m["a"] = 465
	t.f466()
}

func (t *T) f466() {
	t.m["a"] = 466
	t.f467()
}

func (t *T) f467() {
	t.m["a"] = 467
	t.f468()
}

func (t *T) f468() {
	t.m["a"] = 468
	t.f469()
}

func (t *T) f469() {
	t.m["a"] = 469
	t.f470()
}

func (t *T) f470() {
	t.m["a"] = 470
	t.f471()
}

func (t *T) f471() {
	t.m["a"] = 471
	t.f472()
}

func (t *T) f472() {
	t.m["a"] = 472
	t.f473()
}

func (t *T) f473() {
	t.m["a"] = 473
	t.f474()
}

func (t *T) f474() {
	t.m["a"] = 474
	t.f475()
}

func (t *T) f475() {
	t.m["a"] = 475
	t.f476()
}

func (t *T) f476() {
	t.m["a"] = 476
	t.f477()
}

func (t *T) f477() {
	t.m["a"] = 477
	t.f478()
}

func (t *T) f478() {
	t.m["a"] = 478
	t.f479()
}

func (t *T) f479() {
	t.m["a"] = 479
	t.f480()
}

func (t *T) f480() {
	t.m["a"] = 480
	t.f481()
}

func (t *T) f481() {
	t.m["a"] = 481
	t.f482()
}

func (t *T) f482() {
	t.m["a"] = 482
	t.f483()
}

func (t *T) f483() {
	t.m["a"] = 483
	t.f484()
}

func (t *T) f484() {
	t.m["a"] = 484
	t.f485()
}

func (t *T) f485() {
	t.m["a"] = 485
	t.f486()
}

func (t *T) f486() {
	t.m["a"] = 486
	t.f487()
}

func (t *T) f487() {
	t.m["a"] = 487
	t.f488()
}

func (t *T) f488() {
	t.m["a"] = 488
	t.f489()
}

func (t *T) f489() {
	t.m["a"] = 489
	t.f490()
}

func (t *T) f490() {
	t.m["a"] = 490
	t.f491()
}

func (t *T) f491() {
	t.m["a"] = 491
	t.f492()
}

func (t *T) f492() {
	t.m["a"] = 492
	t.f493()
}

func (t *T) f493() {
	t.m["a"] = 493
	t.f494()
}

func (t *T) f494() {
	t.m["a"] = 494
	t.f495()
}

func (t *T) f495() {
	t.m["a"] = 495
	t.f496()
}

func (t *T) f496() {
	t.m["a"] = 496
	t.f497()
}

func (t *T) f497() {
	t.m["a"] = 497
	t.f498()
}

func (t *T) f498() {
	t.m["a"] = 498
	t.f499()
}

func (t *T) f499() {
	t.m["a"] = 499
	t.f500()
}

func (t *T) f500() {
	t.m["a"] = 500
	t.f501()
}

func (t *T) f501() {
	t.m["a"] = 501
	t.f502()
}

func (t *T) f502() {
	t.m["a"] = 502
	t.f503()
}

func (t *T) f503() {
	t.m["a"] = 503
	t.f504()
}

func (t *T) f504() {
	t.m["a"] = 504
	t.f505()
}

func (t *T) f505() {
	t.m["a"] = 505
	t.f506()
}

func (t *T) f506() {
	t.m["a"] = 506
	t.f507()
}

func (t *T) f507() {
	t.m["a"] = 507
	t.f508()
}

func (t *T) f508() {
	t.m["a"] = 508
	t.f509()
}

func (t *T) f509() {
	t.m["a"] = 509
	t.f510()
}

func (t *T) f510() {
	t.m["a"] = 510
	t.f511()
}

func (t *T) f511() {
	t.m["a"] = 511
	t.f512()
}

func (t *T) f512() {
	t.m["a"] = 512
	t.f513()
}

func (t *T) f513() {
	t.m["a"] = 513
	t.f514()
}

func (t *T) f514() {
	t.m["a"] = 514
	t.f515()
}

func (t *T) f515() {
	t.m["a"] = 515
	t.f516()
}

func (t *T) f516() {
	t.m["a"] = 516
	t.f517()
}

func (t *T) f517() {
	t.m["a"] = 517
	t.f518()
}

func (t *T) f518() {
	t.m["a"] = 518
	t.f519()
}

func (t *T) f519() {
	t.m["a"] = 519
	t.f520()
}

func (t *T) f520() {
	t.m["a"] = 520
	t.f521()
}

func (t *T) f521() {
	t.m["a"] = 521
	t.f522()
}

func (t *T) f522() {
	t.m["a"] = 522
	t.f523()
}

func (t *T) f523() {
	t.m["a"] = 523
	t.f524()
}

func (t *T) f524() {
	t.m["a"] = 524
	t.f525()
}

func (t *T) f525() {
	t.m["a"] = 525
	t.f526()
}

func (t *T) f526() {
	t.m["a"] = 526
	t.f527()
}

func (t *T) f527() {
	t.m["a"] = 527
	t.f528()
}

func (t *T) f528() {
	t.m["a"] = 528
	t.f529()
}

func (t *T) f529() {
	t.m["a"] = 529
	t.f530()
}

func (t *T) f530() {
	t.m["a"] = 530
	t.f531()
}

func (t *T) f531() {
	t.m["a"] = 531
	t.f532()
}

func (t *T) f532() {
	t.m["a"] = 532
	t.f533()
}

func (t *T) f533() {
	t.m["a"] = 533
	t.f534()
}

func (t *T) f534() {
	t.m["a"] = 534
	t.f535()
}

func (t *T) f535() {
	t.m["a"] = 535
	t.f536()
}

func (t *T) f536() {
	t.m["a"] = 536
	t.f537()
}

func (t *T) f537() {
	t.m["a"] = 537
	t.f538()
}

func (t *T) f538() {
	t.m["a"] = 538
	t.f539()
}

func (t *T) f539() {
	t.m["a"] = 539
	t.f540()
}

func (t *T) f540() {
	t.m["a"] = 540
	t.f541()
}

func (t *T) f541() {
	t.m["a"] = 541
	t.f542()
}

func (t *T) f542() {
	t.m["a"] = 542
	t.f543()
}

func (t *T) f543() {
	t.m["a"] = 543
	t.f544()
}

func (t *T) f544() {
	t.m["a"] = 544
	t.f545()
}

func (t *T) f545() {
	t.m["a"] = 545
	t.f546()
}

func (t *T) f546() {
	t.m["a"] = 546
	t.f547()
}

func (t *T) f547() {
	t.m["a"] = 547
	t.f548()
}

func (t *T) f548() {
	t.m["a"] = 548
	t.f549()
}

func (t *T) f549() {
	t.m["a"] = 549
	t.f550()
}

func (t *T) f550() {
	t.m["a"] = 550
	t.f551()
}

func (t *T) f551() {
	t.m["a"] = 551
	t.f552()
}

func (t *T) f552() {
	t.m["a"] = 552
	t.f553()
}

func (t *T) f553() {
	t.m["a"] = 553
	t.f554()
}

func (t *T) f554() {
	t.m["a"] = 554
	t.f555()
}

func (t *T) f555() {
	t.m["a"] = 555
	t.f556()
}

func (t *T) f556() {
	t.m["a"] = 556
	t.f557()
}

func (t *T) f557() {
	t.m["a"] = 557
	t.f558()
}

func (t *T) f558() {
	t.m["a"] = 558
	t.f559()
}

func (t *T) f559() {
	t.m["a"] = 559
	t.f560()
}

func (t *T) f560() {
	t.m["a"] = 560
	t.f561()
}

func (t *T) f561() {
	t.m["a"] = 561
	t.f562()
}

func (t *T) f562() {
	t.m["a"] = 562
	t.f563()
}

func (t *T) f563() {
	t.m["a"] = 563
	t.f564()
}

func (t *T) f564() {
	t.m["a"] = 564
	t.f565()
}

func (t *T) f565() {
	t.m["a"] = 565
	t.f566()
}

func (t *T) f566() {
	t.m["a"] = 566
	t.f567()
}

func (t *T) f567() {
	t.m["a"] = 567
	t.f568()
}

func (t *T) f568() {
	t.m["a"] = 568
	t.f569()
}

func (t *T) f569() {
	t.m["a"] = 569
	t.f570()
}

func (t *T) f570() {
	t.m["a"] = 570
	t.f571()
}

func (t *T) f571() {
	t.m["a"] = 571
	t.f572()
}

func (t *T) f572() {
	t.m["a"] = 572
	t.f573()
}

func (t *T) f573() {
	t.m["a"] = 573
	t.f574()
}

func (t *T) f574() {
	t.m["a"] = 574
	t.f575()
}

func (t *T) f575() {
	t.m["a"] = 575
	t.f576()
}

func (t *T) f576() {
	t.m["a"] = 576
	t.f577()
}

func (t *T) f577() {
	t.m["a"] = 577
	t.f578()
}

func (t *T) f578() {
	t.m["a"] = 578
	t.f579()
}

func (t *T) f579() {
	t.m["a"] = 579
	t.f580()
}

func (t *T) f580() {
	t.m["a"] = 580
	t.f581()
}

func (t *T) f581() {
	t.m["a"] = 581
	t.f582()
}

func (t *T) f582() {
	t.m["a"] = 582
	t.f583()
}

func (t *T) f583() {
	t.m["a"] = 583
	t.f584()
}

func (t *T) f584() {
	t.m["a"] = 584
	t.f585()
}

func (t *T) f585() {
	t.m["a"] = 585
	t.f586()
}

func (t *T) f586() {
	t.m["a"] = 586
	t.f587()
}

func (t *T) f587() {
	t.m["a"] = 587
	t.f588()
}

func (t *T) f588() {
	t.m["a"] = 588
	t.f589()
}

func (t *T) f589() {
	t.m["a"] = 589
	t.f590()
}

func (t *T) f590() {
	t.m["a"] = 590
	t.f591()
}

func (t *T) f591() {
	t.m["a"] = 591
	t.f592()
}

func (t *T) f592() {
	t.m["a"] = 592
	t.f593()
}

func (t *T) f593() {
	t.m["a"] = 593
	t.f594()
}

func (t *T) f594() {
	t.m["a"] = 594
	t.f595()
}

func (t *T) f595() {
	t.m["a"] = 595
	t.f596()
}

func (t *T) f596() {
	t.m["a"] = 596
	t.f597()
}

func (t *T) f597() {
	t.m["a"] = 597
	t.f598()
}

func (t *T) f598() {
	t.m["a"] = 598
	t.f599()
}

func (t *T) f599() {
	t.m["a"] = 599
	t.f600()
}

func (t *T) f600() {
	if _, ok := t.m["a"]; !ok {
		t.m["a"] = 1
	}
}
