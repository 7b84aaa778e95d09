package dates

// zones maps zone abbreviations to fixed offsets in minutes east of UTC.
// Where an abbreviation is shared, the reading news pages mean most often
// wins and the others are listed here:
//
//   - CST is US Central Standard Time (-06:00), not China (+08:00) or Cuba.
//   - IST is India Standard Time (+05:30), not Irish (+01:00) or Israel (+02:00).
//   - BST is British Summer Time (+01:00), not Bangladesh.
//   - AST is Atlantic Standard Time (-04:00), not Arabia (+03:00).
//   - GST is Gulf Standard Time (+04:00).
//   - MSK is Moscow Time at its offset since 2014 (+03:00).
//
// ET, CT, MT and PT name a US zone without saying standard or daylight:
// the offset follows the US rules for the date and wall-clock time given
// (since 2007: second Sunday of March 02:00 to first Sunday of November
// 02:00; 1987-2006: first Sunday of April to last Sunday of October;
// earlier years: last Sunday of April to last Sunday of October). The
// repeated hour when clocks go back is read as daylight time.
var zones = []struct {
	name   string
	offset int16
	flags  uint32
}{
	{"utc,gmt,ut,z,zulu", 0, fZoneUTC},
	{"wet", 0, 0}, {"west", 60, 0},
	{"bst", 60, 0},
	{"cet,met,mez", 60, 0}, {"cest,mest,mesz", 120, 0},
	{"eet,oez", 120, 0}, {"eest,oesz", 180, 0},
	{"msk,мск", 180, 0}, {"trt", 180, 0},
	{"wat", 60, 0}, {"cat,sast", 120, 0}, {"eat", 180, 0},
	{"ast", -240, 0}, {"adt", -180, 0},
	{"est", -300, 0}, {"edt", -240, 0},
	{"cst", -360, 0}, {"cdt", -300, 0},
	{"mst", -420, 0}, {"mdt", -360, 0},
	{"pst", -480, 0}, {"pdt", -420, 0},
	{"akst", -540, 0}, {"akdt", -480, 0},
	{"hst", -600, 0},
	{"nst", -210, 0}, {"ndt", -150, 0},
	{"et", -300, fZoneUS}, {"ct", -360, fZoneUS}, {"mt", -420, fZoneUS}, {"pt", -480, fZoneUS},
	{"brt", -180, 0}, {"art", -180, 0},
	{"gst", 240, 0}, {"pkt", 300, 0},
	{"ist", 330, 0}, {"npt", 345, 0},
	{"ict,wib", 420, 0},
	{"hkt,sgt,pht,awst,wita", 480, 0},
	{"jst,kst,wit", 540, 0},
	{"acst", 570, 0}, {"acdt", 630, 0},
	{"aest", 600, 0}, {"aedt", 660, 0},
	{"nzst", 720, 0}, {"nzdt", 780, 0},
}

// usDST reports whether the US daylight-saving rules put the wall-clock
// time y-m-d h:00 in daylight time.
func usDST(y, m, d, h int) bool {
	var startM, startD, endM, endD int
	switch {
	case y >= 2007:
		startM, startD = 3, nthSunday(y, 3, 2)
		endM, endD = 11, nthSunday(y, 11, 1)
	case y >= 1987:
		startM, startD = 4, nthSunday(y, 4, 1)
		endM, endD = 10, lastSunday(y, 10)
	default:
		startM, startD = 4, lastSunday(y, 4)
		endM, endD = 10, lastSunday(y, 10)
	}
	key := func(m, d, h int) int { return (m*32+d)*24 + h }
	k := key(m, d, h)
	return k >= key(startM, startD, 2) && k < key(endM, endD, 2)
}

// weekday returns 0 for Sunday .. 6 for Saturday (Sakamoto's method).
func weekday(y, m, d int) int {
	t := [...]int{0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4}
	if m < 3 {
		y--
	}
	return (y + y/4 - y/100 + y/400 + t[m-1] + d) % 7
}

func nthSunday(y, m, n int) int {
	first := 1 + (7-weekday(y, m, 1))%7
	return first + 7*(n-1)
}

func lastSunday(y, m int) int {
	last := daysIn(y, m)
	return last - weekday(y, m, last)
}
