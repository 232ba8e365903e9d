# 600 methods, each calling the next: their summaries nest 600 deep.
import threading


class C:
    def __init__(self):
        self._lock = threading.Lock()
        self.d = {}

    def f0(self):
        self.d['a'] = 0
        self.f1()

    def f1(self):
        self.d['a'] = 1
        self.f2()

    def f2(self):
        self.d['a'] = 2
        self.f3()

    def f3(self):
        self.d['a'] = 3
        self.f4()

    def f4(self):
        self.d['a'] = 4
        self.f5()

    def f5(self):
        self.d['a'] = 5
        self.f6()

    def f6(self):
        self.d['a'] = 6
        self.f7()

    def f7(self):
        self.d['a'] = 7
        self.f8()

    def f8(self):
        self.d['a'] = 8
        self.f9()

    def f9(self):
        self.d['a'] = 9
        self.f10()

    def f10(self):
        self.d['a'] = 10
        self.f11()

    def f11(self):
        self.d['a'] = 11
        self.f12()

    def f12(self):
        self.d['a'] = 12
        self.f13()

    def f13(self):
        self.d['a'] = 13
        self.f14()

    def f14(self):
        self.d['a'] = 14
        self.f15()

    def f15(self):
        self.d['a'] = 15
        self.f16()

    def f16(self):
        self.d['a'] = 16
        self.f17()

    def f17(self):
        self.d['a'] = 17
        self.f18()

    def f18(self):
        self.d['a'] = 18
        self.f19()

    def f19(self):
        self.d['a'] = 19
        self.f20()

    def f20(self):
        self.d['a'] = 20
        self.f21()

    def f21(self):
        self.d['a'] = 21
        self.f22()

    def f22(self):
        self.d['a'] = 22
        self.f23()

    def f23(self):
        self.d['a'] = 23
        self.f24()

    def f24(self):
        self.d['a'] = 24
        self.f25()

    def f25(self):
        self.d['a'] = 25
        self.f26()

    def f26(self):
        self.d['a'] = 26
        self.f27()

    def f27(self):
        self.d['a'] = 27
        self.f28()

    def f28(self):
        self.d['a'] = 28
        self.f29()

    def f29(self):
        self.d['a'] = 29
        self.f30()

    def f30(self):
        self.d['a'] = 30
        self.f31()

    def f31(self):
        self.d['a'] = 31
        self.f32()

    def f32(self):
        self.d['a'] = 32
        self.f33()

    def f33(self):
        self.d['a'] = 33
        self.f34()

    def f34(self):
        self.d['a'] = 34
        self.f35()

    def f35(self):
        self.d['a'] = 35
        self.f36()

    def f36(self):
        self.d['a'] = 36
        self.f37()

    def f37(self):
        self.d['a'] = 37
        self.f38()

    def f38(self):
        self.d['a'] = 38
        self.f39()

    def f39(self):
        self.d['a'] = 39
        self.f40()

    def f40(self):
        self.d['a'] = 40
        self.f41()

    def f41(self):
        self.d['a'] = 41
        self.f42()

    def f42(self):
        self.d['a'] = 42
        self.f43()

    def f43(self):
        self.d['a'] = 43
        self.f44()

    def f44(self):
        self.d['a'] = 44
        self.f45()

    def f45(self):
        self.d['a'] = 45
        self.f46()

    def f46(self):
        self.d['a'] = 46
        self.f47()

    def f47(self):
        self.d['a'] = 47
        self.f48()

    def f48(self):
        self.d['a'] = 48
        self.f49()

    def f49(self):
        self.d['a'] = 49
        self.f50()

    def f50(self):
        self.d['a'] = 50
        self.f51()

    def f51(self):
        self.d['a'] = 51
        self.f52()

    def f52(self):
        self.d['a'] = 52
        self.f53()

    def f53(self):
        self.d['a'] = 53
        self.f54()

    def f54(self):
        self.d['a'] = 54
        self.f55()

    def f55(self):
        self.d['a'] = 55
        self.f56()

    def f56(self):
        self.d['a'] = 56
        self.f57()

    def f57(self):
        self.d['a'] = 57
        self.f58()

    def f58(self):
        self.d['a'] = 58
        self.f59()

    def f59(self):
        self.d['a'] = 59
        self.f60()

    def f60(self):
        self.d['a'] = 60
        self.f61()

    def f61(self):
        self.d['a'] = 61
        self.f62()

    def f62(self):
        self.d['a'] = 62
        self.f63()

    def f63(self):
        self.d['a'] = 63
        self.f64()

    def f64(self):
        self.d['a'] = 64
        self.f65()

    def f65(self):
        self.d['a'] = 65
        self.f66()

    def f66(self):
        self.d['a'] = 66
        self.f67()

    def f67(self):
        self.d['a'] = 67
        self.f68()

    def f68(self):
        self.d['a'] = 68
        self.f69()

    def f69(self):
        self.d['a'] = 69
        self.f70()

    def f70(self):
        self.d['a'] = 70
        self.f71()

    def f71(self):
        self.d['a'] = 71
        self.f72()

    def f72(self):
        self.d['a'] = 72
        self.f73()

    def f73(self):
        self.d['a'] = 73
        self.f74()

    def f74(self):
        self.d['a'] = 74
        self.f75()

    def f75(self):
        self.d['a'] = 75
        self.f76()

    def f76(self):
        self.d['a'] = 76
        self.f77()

    def f77(self):
        self.d['a'] = 77
        self.f78()

    def f78(self):
        self.d['a'] = 78
        self.f79()

    def f79(self):
        self.d['a'] = 79
        self.f80()

    def f80(self):
        self.d['a'] = 80
        self.f81()

    def f81(self):
        self.d['a'] = 81
        self.f82()

    def f82(self):
        self.d['a'] = 82
        self.f83()

    def f83(self):
        self.d['a'] = 83
        self.f84()

    def f84(self):
        self.d['a'] = 84
        self.f85()

    def f85(self):
        self.d['a'] = 85
        self.f86()

    def f86(self):
        self.d['a'] = 86
        self.f87()

    def f87(self):
        self.d['a'] = 87
        self.f88()

    def f88(self):
        self.d['a'] = 88
        self.f89()

    def f89(self):
        self.d['a'] = 89
        self.f90()

    def f90(self):
        self.d['a'] = 90
        self.f91()

    def f91(self):
        self.d['a'] = 91
        self.f92()

    def f92(self):
        self.d['a'] = 92
        self.f93()

    def f93(self):
        self.d['a'] = 93
        self.f94()

    def f94(self):
        self.d['a'] = 94
        self.f95()

    def f95(self):
        self.d['a'] = 95
        self.f96()

    def f96(self):
        self.d['a'] = 96
        self.f97()

    def f97(self):
        self.d['a'] = 97
        self.f98()

    def f98(self):
        self.d['a'] = 98
        self.f99()

    def f99(self):
        self.d['a'] = 99
        self.f100()

    def f100(self):
        self.d['a'] = 100
        self.f101()

    def f101(self):
        self.d['a'] = 101
        self.f102()

    def f102(self):
        self.d['a'] = 102
        self.f103()

    def f103(self):
        self.d['a'] = 103
        self.f104()

    def f104(self):
        self.d['a'] = 104
        self.f105()

    def f105(self):
        self.d['a'] = 105
        self.f106()

    def f106(self):
        self.d['a'] = 106
        self.f107()

    def f107(self):
        self.d['a'] = 107
        self.f108()

    def f108(self):
        self.d['a'] = 108
        self.f109()

    def f109(self):
        self.d['a'] = 109
        self.f110()

    def f110(self):
        self.d['a'] = 110
        self.f111()

    def f111(self):
        self.d['a'] = 111
        self.f112()

    def f112(self):
        self.d['a'] = 112
        self.f113()

    def f113(self):
        self.d['a'] = 113
        self.f114()

    def f114(self):
        self.d['a'] = 114
        self.f115()

    def f115(self):
        self.d['a'] = 115
        self.f116()

    def f116(self):
        self.d['a'] = 116
        self.f117()

    def f117(self):
        self.d['a'] = 117
        self.f118()

    def f118(self):
        self.d['a'] = 118
        self.f119()

    def f119(self):
        self.d['a'] = 119
        self.f120()

    def f120(self):
        self.d['a'] = 120
        self.f121()

    def f121(self):
        self.d['a'] = 121
        self.f122()

    def f122(self):
        self.d['a'] = 122
        self.f123()

    def f123(self):
        self.d['a'] = 123
        self.f124()

    def f124(self):
        self.d['a'] = 124
        self.f125()

    def f125(self):
        self.d['a'] = 125
        self.f126()

    def f126(self):
        self.d['a'] = 126
        self.f127()

    def f127(self):
        self.d['a'] = 127
        self.f128()

    def f128(self):
        self.d['a'] = 128
        self.f129()

    def f129(self):
        self.d['a'] = 129
        self.f130()

    def f130(self):
        self.d['a'] = 130
        self.f131()

    def f131(self):
        self.d['a'] = 131
        self.f132()

    def f132(self):
        self.d['a'] = 132
        self.f133()

    def f133(self):
        self.d['a'] = 133
        self.f134()

    def f134(self):
        self.d['a'] = 134
        self.f135()

    def f135(self):
        self.d['a'] = 135
        self.f136()

    def f136(self):
        self.d['a'] = 136
        self.f137()

    def f137(self):
        self.d['a'] = 137
        self.f138()

    def f138(self):
        self.d['a'] = 138
        self.f139()

    def f139(self):
        self.d['a'] = 139
        self.f140()

    def f140(self):
        self.d['a'] = 140
        self.f141()

    def f141(self):
        self.d['a'] = 141
        self.f142()

    def f142(self):
        self.d['a'] = 142
        self.f143()

    def f143(self):
        self.d['a'] = 143
        self.f144()

    def f144(self):
        self.d['a'] = 144
        self.f145()

    def f145(self):
        self.d['a'] = 145
        self.f146()

    def f146(self):
        self.d['a'] = 146
        self.f147()

    def f147(self):
        self.d['a'] = 147
        self.f148()

    def f148(self):
        self.d['a'] = 148
        self.f149()

    def f149(self):
        self.d['a'] = 149
        self.f150()

    def f150(self):
        self.d['a'] = 150
        self.f151()

    def f151(self):
        self.d['a'] = 151
        self.f152()

    def f152(self):
        self.d['a'] = 152
        self.f153()

    def f153(self):
        self.d['a'] = 153
        self.f154()

    def f154(self):
        self.d['a'] = 154
        self.f155()

    def f155(self):
        self.d['a'] = 155
        self.f156()

    def f156(self):
        self.d['a'] = 156
        self.f157()

    def f157(self):
        self.d['a'] = 157
        self.f158()

    def f158(self):
        self.d['a'] = 158
        self.f159()

    def f159(self):
        self.d['a'] = 159
        self.f160()

    def f160(self):
        self.d['a'] = 160
        self.f161()

    def f161(self):
        self.d['a'] = 161
        self.f162()

    def f162(self):
        self.d['a'] = 162
        self.f163()

    def f163(self):
        self.d['a'] = 163
        self.f164()

    def f164(self):
        self.d['a'] = 164
        self.f165()

    def f165(self):
        self.d['a'] = 165
        self.f166()

    def f166(self):
        self.d['a'] = 166
        self.f167()

    def f167(self):
        self.d['a'] = 167
        self.f168()

    def f168(self):
        self.d['a'] = 168
        self.f169()

    def f169(self):
        self.d['a'] = 169
        self.f170()

    def f170(self):
        self.d['a'] = 170
        self.f171()

    def f171(self):
        self.d['a'] = 171
        self.f172()

    def f172(self):
        self.d['a'] = 172
        self.f173()

    def f173(self):
        self.d['a'] = 173
        self.f174()

    def f174(self):
        self.d['a'] = 174
        self.f175()

    def f175(self):
        self.d['a'] = 175
        self.f176()

    def f176(self):
        self.d['a'] = 176
        self.f177()

    def f177(self):
        self.d['a'] = 177
        self.f178()

    def f178(self):
        self.d['a'] = 178
        self.f179()

    def f179(self):
        self.d['a'] = 179
        self.f180()

    def f180(self):
        self.d['a'] = 180
        self.f181()

    def f181(self):
        self.d['a'] = 181
        self.f182()

    def f182(self):
        self.d['a'] = 182
        self.f183()

    def f183(self):
        self.d['a'] = 183
        self.f184()

    def f184(self):
        self.d['a'] = 184
        self.f185()

    def f185(self):
        self.d['a'] = 185
        self.f186()

    def f186(self):
        self.d['a'] = 186
        self.f187()

    def f187(self):
        self.d['a'] = 187
        self.f188()

    def f188(self):
        self.d['a'] = 188
        self.f189()

    def f189(self):
        self.d['a'] = 189
        self.f190()

    def f190(self):
        self.d['a'] = 190
        self.f191()

    def f191(self):
        self.d['a'] = 191
        self.f192()

    def f192(self):
        self.d['a'] = 192
        self.f193()

    def f193(self):
        self.d['a'] = 193
        self.f194()

    def f194(self):
        self.d['a'] = 194
        self.f195()

    def f195(self):
        self.d['a'] = 195
        self.f196()

    def f196(self):
        self.d['a'] = 196
        self.f197()

    def f197(self):
        self.d['a'] = 197
        self.f198()

    def f198(self):
        self.d['a'] = 198
        self.f199()

    def f199(self):
        self.d['a'] = 199
        self.f200()

    def f200(self):
        self.d['a'] = 200
        self.f201()

    def f201(self):
        self.d['a'] = 201
        self.f202()

    def f202(self):
        self.d['a'] = 202
        self.f203()

    def f203(self):
        self.d['a'] = 203
        self.f204()

    def f204(self):
        self.d['a'] = 204
        self.f205()

    def f205(self):
        self.d['a'] = 205
        self.f206()

    def f206(self):
        self.d['a'] = 206
        self.f207()

    def f207(self):
        self.d['a'] = 207
        self.f208()

    def f208(self):
        self.d['a'] = 208
        self.f209()

    def f209(self):
        self.d['a'] = 209
        self.f210()

    def f210(self):
        self.d['a'] = 210
        self.f211()

    def f211(self):
        self.d['a'] = 211
        self.f212()

    def f212(self):
        self.d['a'] = 212
        self.f213()

    def f213(self):
        self.d['a'] = 213
        self.f214()

    def f214(self):
        self.d['a'] = 214
        self.f215()

    def f215(self):
        self.d['a'] = 215
        self.f216()

    def f216(self):
        self.d['a'] = 216
        self.f217()

    def f217(self):
        self.d['a'] = 217
        self.f218()

    def f218(self):
        self.d['a'] = 218
        self.f219()

    def f219(self):
        self.d['a'] = 219
        self.f220()

    def f220(self):
        self.d['a'] = 220
        self.f221()

    def f221(self):
        self.d['a'] = 221
        self.f222()

    def f222(self):
        self.d['a'] = 222
        self.f223()

    def f223(self):
        self.d['a'] = 223
        self.f224()

    def f224(self):
        self.d['a'] = 224
        self.f225()

    def f225(self):
        self.d['a'] = 225
        self.f226()

    def f226(self):
        self.d['a'] = 226
        self.f227()

    def f227(self):
        self.d['a'] = 227
        self.f228()

    def f228(self):
        self.d['a'] = 228
        self.f229()

    def f229(self):
        self.d['a'] = 229
        self.f230()

    def f230(self):
        self.d['a'] = 230
        self.f231()

    def f231(self):
        self.d['a'] = 231
        self.f232()

    def f232(self):
        self.d['a'] = 232
        self.f233()

    def f233(self):
        self.d['a'] = 233
        self.f234()

    def f234(self):
        self.d['a'] = 234
        self.f235()

    def f235(self):
        self.d['a'] = 235
        self.f236()

    def f236(self):
        self.d['a'] = 236
        self.f237()

    def f237(self):
        self.d['a'] = 237
        self.f238()

    def f238(self):
        self.d['a'] = 238
        self.f239()

    def f239(self):
        self.d['a'] = 239
        self.f240()

    def f240(self):
        self.d['a'] = 240
        self.f241()

    def f241(self):
        self.d['a'] = 241
        self.f242()

    def f242(self):
        self.d['a'] = 242
        self.f243()

    def f243(self):
        self.d['a'] = 243
        self.f244()

    def f244(self):
        self.d['a'] = 244
        self.f245()

    def f245(self):
        self.d['a'] = 245
        self.f246()

    def f246(self):
        self.d['a'] = 246
        self.f247()

    def f247(self):
        self.d['a'] = 247
        self.f248()

    def f248(self):
        self.d['a'] = 248
        self.f249()

    def f249(self):
        self.d['a'] = 249
        self.f250()

    def f250(self):
        self.d['a'] = 250
        self.f251()

    def f251(self):
        self.d['a'] = 251
        self.f252()

    def f252(self):
        self.d['a'] = 252
        self.f253()

    def f253(self):
        self.d['a'] = 253
        self.f254()

    def f254(self):
        self.d['a'] = 254
        self.f255()

    def f255(self):
        self.d['a'] = 255
        self.f256()

    def f256(self):
        self.d['a'] = 256
        self.f257()

    def f257(self):
        self.d['a'] = 257
        self.f258()

    def f258(self):
        self.d['a'] = 258
        self.f259()

    def f259(self):
        self.d['a'] = 259
        self.f260()

    def f260(self):
        self.d['a'] = 260
        self.f261()

    def f261(self):
        self.d['a'] = 261
        self.f262()

    def f262(self):
        self.d['a'] = 262
        self.f263()

    def f263(self):
        self.d['a'] = 263
        self.f264()

    def f264(self):
        self.d['a'] = 264
        self.f265()

    def f265(self):
        self.d['a'] = 265
        self.f266()

    def f266(self):
        self.d['a'] = 266
        self.f267()

    def f267(self):
        self.d['a'] = 267
        self.f268()

    def f268(self):
        self.d['a'] = 268
        self.f269()

    def f269(self):
        self.d['a'] = 269
        self.f270()

    def f270(self):
        self.d['a'] = 270
        self.f271()

    def f271(self):
        self.d['a'] = 271
        self.f272()

    def f272(self):
        self.d['a'] = 272
        self.f273()

    def f273(self):
        self.d['a'] = 273
        self.f274()

    def f274(self):
        self.d['a'] = 274
        self.f275()

    def f275(self):
        self.d['a'] = 275
        self.f276()

    def f276(self):
        self.d['a'] = 276
        self.f277()

    def f277(self):
        self.d['a'] = 277
        self.f278()

    def f278(self):
        self.d['a'] = 278
        self.f279()

    def f279(self):
        self.d['a'] = 279
        self.f280()

    def f280(self):
        self.d['a'] = 280
        self.f281()

    def f281(self):
        self.d['a'] = 281
        self.f282()

    def f282(self):
        self.d['a'] = 282
        self.f283()

    def f283(self):
        self.d['a'] = 283
        self.f284()

    def f284(self):
        self.d['a'] = 284
        self.f285()

    def f285(self):
        self.d['a'] = 285
        self.f286()

    def f286(self):
        self.d['a'] = 286
        self.f287()

    def f287(self):
        self.d['a'] = 287
        self.f288()

    def f288(self):
        self.d['a'] = 288
        self.f289()

    def f289(self):
        self.d['a'] = 289
        self.f290()

    def f290(self):
        self.d['a'] = 290
        self.f291()

    def f291(self):
        self.d['a'] = 291
        self.f292()

    def f292(self):
        self.d['a'] = 292
        self.f293()

    def f293(self):
        self.d['a'] = 293
        self.f294()

    def f294(self):
        self.d['a'] = 294
        self.f295()

    def f295(self):
        self.d['a'] = 295
        self.f296()

    def f296(self):
        self.d['a'] = 296
        self.f297()

    def f297(self):
        self.d['a'] = 297
        self.f298()

    def f298(self):
        self.d['a'] = 298
        self.f299()

    def f299(self):
        self.d['a'] = 299
        self.f300()

    def f300(self):
        self.d['a'] = 300
        self.f301()

    def f301(self):
        self.d['a'] = 301
        self.f302()

    def f302(self):
        self.d['a'] = 302
        self.f303()

    def f303(self):
        self.d['a'] = 303
        self.f304()

    def f304(self):
        self.d['a'] = 304
        self.f305()

    def f305(self):
        self.d['a'] = 305
        self.f306()

    def f306(self):
        self.d['a'] = 306
        self.f307()

    def f307(self):
        self.d['a'] = 307
        self.f308()

    def f308(self):
        self.d['a'] = 308
        self.f309()

    def f309(self):
        self.d['a'] = 309
        self.f310()

    def f310(self):
        self.d['a'] = 310
        self.f311()

    def f311(self):
        self.d['a'] = 311
        self.f312()

    def f312(self):
        self.d['a'] = 312
        self.f313()

    def f313(self):
        self.d['a'] = 313
        self.f314()

    def f314(self):
        self.d['a'] = 314
        self.f315()

    def f315(self):
        self.d['a'] = 315
        self.f316()

    def f316(self):
        self.d['a'] = 316
        self.f317()

    def f317(self):
        self.d['a'] = 317
        self.f318()

    def f318(self):
        self.d['a'] = 318
        self.f319()

    def f319(self):
        self.d['a'] = 319
        self.f320()

    def f320(self):
        self.d['a'] = 320
        self.f321()

    def f321(self):
        self.d['a'] = 321
        self.f322()

    def f322(self):
        self.d['a'] = 322
        self.f323()

    def f323(self):
        self.d['a'] = 323
        self.f324()

    def f324(self):
        self.d['a'] = 324
        self.f325()

    def f325(self):
        self.d['a'] = 325
        self.f326()

    def f326(self):
        self.d['a'] = 326
        self.f327()

    def f327(self):
        self.d['a'] = 327
        self.f328()

    def f328(self):
        self.d['a'] = 328
        self.f329()

    def f329(self):
        self.d['a'] = 329
        self.f330()

    def f330(self):
        self.d['a'] = 330
        self.f331()

    def f331(self):
        self.d['a'] = 331
        self.f332()

    def f332(self):
        self.d['a'] = 332
        self.f333()

    def f333(self):
        self.d['a'] = 333
        self.f334()

    def f334(self):
        self.d['a'] = 334
        self.f335()

    def f335(self):
        self.d['a'] = 335
        self.f336()

    def f336(self):
        self.d['a'] = 336
        self.f337()

    def f337(self):
        self.d['a'] = 337
        self.f338()

    def f338(self):
        self.d['a'] = 338
        self.f339()

    def f339(self):
        self.d['a'] = 339
        self.f340()

    def f340(self):
        self.d['a'] = 340
        self.f341()

    def f341(self):
        self.d['a'] = 341
        self.f342()

    def f342(self):
        self.d['a'] = 342
        self.f343()

    def f343(self):
        self.d['a'] = 343
        self.f344()

    def f344(self):
        self.d['a'] = 344
        self.f345()

    def f345(self):
        self.d['a'] = 345
        self.f346()

    def f346(self):
        self.d['a'] = 346
        self.f347()

    def f347(self):
        self.d['a'] = 347
        self.f348()

    def f348(self):
        self.d['a'] = 348
        self.f349()

    def f349(self):
        self.d['a'] = 349
        self.f350()

    def f350(self):
        self.d['a'] = 350
        self.f351()

    def f351(self):
        self.d['a'] = 351
        self.f352()

    def f352(self):
        self.d['a'] = 352
        self.f353()

    def f353(self):
        self.d['a'] = 353
        self.f354()

    def f354(self):
        self.d['a'] = 354
        self.f355()

    def f355(self):
        self.d['a'] = 355
        self.f356()

    def f356(self):
        self.d['a'] = 356
        self.f357()

    def f357(self):
        self.d['a'] = 357
        self.f358()

    def f358(self):
        self.d['a'] = 358
        self.f359()

    def f359(self):
        self.d['a'] = 359
        self.f360()

    def f360(self):
        self.d['a'] = 360
        self.f361()

    def f361(self):
        self.d['a'] = 361
        self.f362()

    def f362(self):
        self.d['a'] = 362
        self.f363()

    def f363(self):
        self.d['a'] = 363
        self.f364()

    def f364(self):
        self.d['a'] = 364
        self.f365()

    def f365(self):
        self.d['a'] = 365
        self.f366()

    def f366(self):
        self.d['a'] = 366
        self.f367()

    def f367(self):
        self.d['a'] = 367
        self.f368()

    def f368(self):
        self.d['a'] = 368
        self.f369()

    def f369(self):
        self.d['a'] = 369
        self.f370()

    def f370(self):
        self.d['a'] = 370
        self.f371()

    def f371(self):
        self.d['a'] = 371
        self.f372()

    def f372(self):
        self.d['a'] = 372
        self.f373()

    def f373(self):
        self.d['a'] = 373
        self.f374()

    def f374(self):
        self.d['a'] = 374
        self.f375()

    def f375(self):
        self.d['a'] = 375
        self.f376()

    def f376(self):
        self.d['a'] = 376
        self.f377()

    def f377(self):
        self.d['a'] = 377
        self.f378()

    def f378(self):
        self.d['a'] = 378
        self.f379()

    def f379(self):
        self.d['a'] = 379
        self.f380()

    def f380(self):
        self.d['a'] = 380
        self.f381()

    def f381(self):
        self.d['a'] = 381
        self.f382()

    def f382(self):
        self.d['a'] = 382
        self.f383()

    def f383(self):
        self.d['a'] = 383
        self.f384()

    def f384(self):
        self.d['a'] = 384
        self.f385()

    def f385(self):
        self.d['a'] = 385
        self.f386()

    def f386(self):
        self.d['a'] = 386
        self.f387()

    def f387(self):
        self.d['a'] = 387
        self.f388()

    def f388(self):
        self.d['a'] = 388
        self.f389()

    def f389(self):
        self.d['a'] = 389
        self.f390()

    def f390(self):
        self.d['a'] = 390
        self.f391()

    def f391(self):
        self.d['a'] = 391
        self.f392()

    def f392(self):
        self.d['a'] = 392
        self.f393()

    def f393(self):
        self.d['a'] = 393
        self.f394()

    def f394(self):
        self.d['a'] = 394
        self.f395()

    def f395(self):
        self.d['a'] = 395
        self.f396()

    def f396(self):
        self.d['a'] = 396
        self.f397()

    def f397(self):
        self.d['a'] = 397
        self.f398()

    def f398(self):
        self.d['a'] = 398
        self.f399()

    def f399(self):
        self.d['a'] = 399
        self.f400()

    def f400(self):
        self.d['a'] = 400
        self.f401()

    def f401(self):
        self.d['a'] = 401
        self.f402()

    def f402(self):
        self.d['a'] = 402
        self.f403()

    def f403(self):
        self.d['a'] = 403
        self.f404()

    def f404(self):
        self.d['a'] = 404
        self.f405()

    def f405(self):
        self.d['a'] = 405
        self.f406()

    def f406(self):
        self.d['a'] = 406
        self.f407()

    def f407(self):
        self.d['a'] = 407
        self.f408()

    def f408(self):
        self.d['a'] = 408
        self.f409()

    def f409(self):
        self.d['a'] = 409
        self.f410()

    def f410(self):
        self.d['a'] = 410
        self.f411()

    def f411(self):
        self.d['a'] = 411
        self.f412()

    def f412(self):
        self.d['a'] = 412
        self.f413()

    def f413(self):
        self.d['a'] = 413
        self.f414()

    def f414(self):
        self.d['a'] = 414
        self.f415()

    def f415(self):
        self.d['a'] = 415
        self.f416()

    def f416(self):
        self.d['a'] = 416
        self.f417()

    def f417(self):
        self.d['a'] = 417
        self.f418()

    def f418(self):
        self.d['a'] = 418
        self.f419()

    def f419(self):
        self.d['a'] = 419
        self.f420()

    def f420(self):
        self.d['a'] = 420
        self.f421()

    def f421(self):
        self.d['a'] = 421
        self.f422()

    def f422(self):
        self.d['a'] = 422
        self.f423()

    def f423(self):
        self.d['a'] = 423
        self.f424()

    def f424(self):
        self.d['a'] = 424
        self.f425()

    def f425(self):
        self.d['a'] = 425
        self.f426()

    def f426(self):
        self.d['a'] = 426
        self.f427()

    def f427(self):
        self.d['a'] = 427
        self.f428()

    def f428(self):
        self.d['a'] = 428
        self.f429()

    def f429(self):
        self.d['a'] = 429
        self.f430()

    def f430(self):
        self.d['a'] = 430
        self.f431()

    def f431(self):
        self.d['a'] = 431
        self.f432()

    def f432(self):
        self.d['a'] = 432
        self.f433()

    def f433(self):
        self.d['a'] = 433
        self.f434()

    def f434(self):
        self.d['a'] = 434
        self.f435()

    def f435(self):
        self.d['a'] = 435
        self.f436()

    def f436(self):
        self.d['a'] = 436
        self.f437()

    def f437(self):
        self.d['a'] = 437
        self.f438()

    def f438(self):
        self.d['a'] = 438
        self.f439()

    def f439(self):
        self.d['a'] = 439
        self.f440()

    def f440(self):
        self.d['a'] = 440
        self.f441()

    def f441(self):
        self.d['a'] = 441
        self.f442()

    def f442(self):
        self.d['a'] = 442
        self.f443()

    def f443(self):
        self.d['a'] = 443
        self.f444()

    def f444(self):
        self.d['a'] = 444
        self.f445()

    def f445(self):
        self.d['a'] = 445
        self.f446()

    def f446(self):
        self.d['a'] = 446
        self.f447()

    def f447(self):
        self.d['a'] = 447
        self.f448()

    def f448(self):
        self.d['a'] = 448
        self.f449()

    def f449(self):
        self.d['a'] = 449
        self.f450()

    def f450(self):
        self.d['a'] = 450
        self.f451()

    def f451(self):
        self.d['a'] = 451
        self.f452()

    def f452(self):
        self.d['a'] = 452
        self.f453()

    def f453(self):
        self.d['a'] = 453
        self.f454()

    def f454(self):
        self.d['a'] = 454
        self.f455()

    def f455(self):
        self.d['a'] = 455
        self.f456()

    def f456(self):
        self.d['a'] = 456
        self.f457()

    def f457(self):
        self.d['a'] = 457
        self.f458()

    def f458(self):
        self.d['a'] = 458
        self.f459()

    def f459(self):
        self.d['a'] = 459
        self.f460()

    def f460(self):
        self.d['a'] = 460
        self.f461()

    def f461(self):
        self.d['a'] = 461
        self.f462()

    def f462(self):
        self.d['a'] = 462
        self.f463()

    def f463(self):
        self.d['a'] = 463
        self.f464()

    def f464(self):
        self.d['a'] = 464
        self.f465()

    def f465(self):
        self.d['a'] = 465
        self.f466()

    def f466(self):
        self.d['a'] = 466
        self.f467()

    def f467(self):
        self.d['a'] = 467
        self.f468()

    def f468(self):
        self.d['a'] = 468
        self.f469()

    def f469(self):
        self.d['a'] = 469
        self.f470()

    def f470(self):
        self.d['a'] = 470
        self.f471()

    def f471(self):
        self.d['a'] = 471
        self.f472()

    def f472(self):
        self.d['a'] = 472
        self.f473()

    def f473(self):
        self.d['a'] = 473
        self.f474()

    def f474(self):
        self.d['a'] = 474
        self.f475()

    def f475(self):
        self.d['a'] = 475
        self.f476()

    def f476(self):
        self.d['a'] = 476
        self.f477()

    def f477(self):
        self.d['a'] = 477
        self.f478()

    def f478(self):
        self.d['a'] = 478
        self.f479()

    def f479(self):
        self.d['a'] = 479
        self.f480()

    def f480(self):
        self.d['a'] = 480
        self.f481()

    def f481(self):
        self.d['a'] = 481
        self.f482()

    def f482(self):
        self.d['a'] = 482
        self.f483()

    def f483(self):
        self.d['a'] = 483
        self.f484()

    def f484(self):
        self.d['a'] = 484
        self.f485()

    def f485(self):
        self.d['a'] = 485
        self.f486()

    def f486(self):
        self.d['a'] = 486
        self.f487()

    def f487(self):
        self.d['a'] = 487
        self.f488()

    def f488(self):
        self.d['a'] = 488
        self.f489()

    def f489(self):
        self.d['a'] = 489
        self.f490()

    def f490(self):
        self.d['a'] = 490
        self.f491()

    def f491(self):
        self.d['a'] = 491
        self.f492()

    def f492(self):
        self.d['a'] = 492
        self.f493()

    def f493(self):
        self.d['a'] = 493
        self.f494()

    def f494(self):
        self.d['a'] = 494
        self.f495()

    def f495(self):
        self.d['a'] = 495
        self.f496()

    def f496(self):
        self.d['a'] = 496
        self.f497()

    def f497(self):
        self.d['a'] = 497
        self.f498()

    def f498(self):
        self.d['a'] = 498
        self.f499()

    def f499(self):
        self.d['a'] = 499
        self.f500()

    def f500(self):
        self.d['a'] = 500
        self.f501()

    def f501(self):
        self.d['a'] = 501
        self.f502()

    def f502(self):
        self.d['a'] = 502
        self.f503()

    def f503(self):
        self.d['a'] = 503
        self.f504()

    def f504(self):
        self.d['a'] = 504
        self.f505()

    def f505(self):
        self.d['a'] = 505
        self.f506()

    def f506(self):
        self.d['a'] = 506
        self.f507()

    def f507(self):
        self.d['a'] = 507
        self.f508()

    def f508(self):
        self.d['a'] = 508
        self.f509()

    def f509(self):
        self.d['a'] = 509
        self.f510()

    def f510(self):
        self.d['a'] = 510
        self.f511()

    def f511(self):
        self.d['a'] = 511
        self.f512()

    def f512(self):
        self.d['a'] = 512
        self.f513()

    def f513(self):
        self.d['a'] = 513
        self.f514()

    def f514(self):
        self.d['a'] = 514
        self.f515()

    def f515(self):
        self.d['a'] = 515
        self.f516()

    def f516(self):
        self.d['a'] = 516
        self.f517()

    def f517(self):
        self.d['a'] = 517
        self.f518()

    def f518(self):
        self.d['a'] = 518
        self.f519()

    def f519(self):
        self.d['a'] = 519
        self.f520()

    def f520(self):
        self.d['a'] = 520
        self.f521()

    def f521(self):
        self.d['a'] = 521
        self.f522()

    def f522(self):
        self.d['a'] = 522
        self.f523()

    def f523(self):
        self.d['a'] = 523
        self.f524()

    def f524(self):
        self.d['a'] = 524
        self.f525()

    def f525(self):
        self.d['a'] = 525
        self.f526()

    def f526(self):
        self.d['a'] = 526
        self.f527()

    def f527(self):
        self.d['a'] = 527
        self.f528()

    def f528(self):
        self.d['a'] = 528
        self.f529()

    def f529(self):
        self.d['a'] = 529
        self.f530()

    def f530(self):
        self.d['a'] = 530
        self.f531()

    def f531(self):
        self.d['a'] = 531
        self.f532()

    def f532(self):
        self.d['a'] = 532
        self.f533()

    def f533(self):
        self.d['a'] = 533
        self.f534()

    def f534(self):
        self.d['a'] = 534
        self.f535()

    def f535(self):
        self.d['a'] = 535
        self.f536()

    def f536(self):
        self.d['a'] = 536
        self.f537()

    def f537(self):
        self.d['a'] = 537
        self.f538()

    def f538(self):
        self.d['a'] = 538
        self.f539()

    def f539(self):
        self.d['a'] = 539
        self.f540()

    def f540(self):
        self.d['a'] = 540
        self.f541()

    def f541(self):
        self.d['a'] = 541
        self.f542()

    def f542(self):
        self.d['a'] = 542
        self.f543()

    def f543(self):
        self.d['a'] = 543
        self.f544()

    def f544(self):
        self.d['a'] = 544
        self.f545()

    def f545(self):
        self.d['a'] = 545
        self.f546()

    def f546(self):
        self.d['a'] = 546
        self.f547()

    def f547(self):
        self.d['a'] = 547
        self.f548()

    def f548(self):
        self.d['a'] = 548
        self.f549()

    def f549(self):
        self.d['a'] = 549
        self.f550()

    def f550(self):
        self.d['a'] = 550
        self.f551()

    def f551(self):
        self.d['a'] = 551
        self.f552()

    def f552(self):
        self.d['a'] = 552
        self.f553()

    def f553(self):
        self.d['a'] = 553
        self.f554()

    def f554(self):
        self.d['a'] = 554
        self.f555()

    def f555(self):
        self.d['a'] = 555
        self.f556()

    def f556(self):
        self.d['a'] = 556
        self.f557()

    def f557(self):
        self.d['a'] = 557
        self.f558()

    def f558(self):
        self.d['a'] = 558
        self.f559()

    def f559(self):
        self.d['a'] = 559
        self.f560()

    def f560(self):
        self.d['a'] = 560
        self.f561()

    def f561(self):
        self.d['a'] = 561
        self.f562()

    def f562(self):
        self.d['a'] = 562
        self.f563()

    def f563(self):
        self.d['a'] = 563
        self.f564()

    def f564(self):
        self.d['a'] = 564
        self.f565()

    def f565(self):
        self.d['a'] = 565
        self.f566()

    def f566(self):
        self.d['a'] = 566
        self.f567()

    def f567(self):
        self.d['a'] = 567
        self.f568()

    def f568(self):
        self.d['a'] = 568
        self.f569()

    def f569(self):
        self.d['a'] = 569
        self.f570()

    def f570(self):
        self.d['a'] = 570
        self.f571()

    def f571(self):
        self.d['a'] = 571
        self.f572()

    def f572(self):
        self.d['a'] = 572
        self.f573()

    def f573(self):
        self.d['a'] = 573
        self.f574()

    def f574(self):
        self.d['a'] = 574
        self.f575()

    def f575(self):
        self.d['a'] = 575
        self.f576()

    def f576(self):
        self.d['a'] = 576
        self.f577()

    def f577(self):
        self.d['a'] = 577
        self.f578()

    def f578(self):
        self.d['a'] = 578
        self.f579()

    def f579(self):
        self.d['a'] = 579
        self.f580()

    def f580(self):
        self.d['a'] = 580
        self.f581()

    def f581(self):
        self.d['a'] = 581
        self.f582()

    def f582(self):
        self.d['a'] = 582
        self.f583()

    def f583(self):
        self.d['a'] = 583
        self.f584()

    def f584(self):
        self.d['a'] = 584
        self.f585()

    def f585(self):
        self.d['a'] = 585
        self.f586()

    def f586(self):
        self.d['a'] = 586
        self.f587()

    def f587(self):
        self.d['a'] = 587
        self.f588()

    def f588(self):
        self.d['a'] = 588
        self.f589()

    def f589(self):
        self.d['a'] = 589
        self.f590()

    def f590(self):
        self.d['a'] = 590
        self.f591()

    def f591(self):
        self.d['a'] = 591
        self.f592()

    def f592(self):
        self.d['a'] = 592
        self.f593()

    def f593(self):
        self.d['a'] = 593
        self.f594()

    def f594(self):
        self.d['a'] = 594
        self.f595()

    def f595(self):
        self.d['a'] = 595
        self.f596()

    def f596(self):
        self.d['a'] = 596
        self.f597()

    def f597(self):
        self.d['a'] = 597
        self.f598()

    def f598(self):
        self.d['a'] = 598
        self.f599()

    def f599(self):
        self.d['a'] = 599
        self.f600()

    def f600(self):
        if 'a' not in self.d:
            self.d['a'] = 1
