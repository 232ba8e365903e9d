package processwide

var current *Conf
