# ch18_digits_confusion.gp, written by redes. Redraw ch18_digits_confusion.png from its data with: gnuplot ch18_digits_confusion.gp
set encoding utf8
set terminal pngcairo size 860,760 enhanced font 'DejaVu Sans,11'
set output 'ch18_digits_confusion.png'
set datafile separator ','
set title 'Digits: confusion matrix on the test part (accuracy 97.8 %)'
set xlabel 'predicted class ŷ'
set ylabel 'true class y'
set grid
unset key
set xrange [-0.5:9.5]
set yrange [9.5:-0.5]
set cblabel 'share of the true class, C(k, j) / Σ_j C(k, j)' offset 1.5,0
set palette defined (0 '#440154', 0.25 '#3b528b', 0.5 '#21918c', 0.75 '#5ec962', 1 '#fde725')
unset grid
set cbrange [0:1]
set size ratio -1
set xtics ('0' 0, '1' 1, '2' 2, '3' 3, '4' 4, '5' 5, '6' 6, '7' 7, '8' 8, '9' 9)
set ytics ('0' 0, '1' 1, '2' 2, '3' 3, '4' 4, '5' 5, '6' 6, '7' 7, '8' 8, '9' 9)
set label '36' at 0,0 center front font ',9' textcolor rgb 'black'
set label '35' at 1,1 center front font ',9' textcolor rgb 'black'
set label '1' at 8,1 center front font ',9' textcolor rgb 'white'
set label '35' at 2,2 center front font ',9' textcolor rgb 'black'
set label '35' at 3,3 center front font ',9' textcolor rgb 'black'
set label '1' at 7,3 center front font ',9' textcolor rgb 'white'
set label '1' at 8,3 center front font ',9' textcolor rgb 'white'
set label '1' at 1,4 center front font ',9' textcolor rgb 'white'
set label '35' at 4,4 center front font ',9' textcolor rgb 'black'
set label '36' at 5,5 center front font ',9' textcolor rgb 'black'
set label '1' at 0,6 center front font ',9' textcolor rgb 'white'
set label '35' at 6,6 center front font ',9' textcolor rgb 'black'
set label '35' at 7,7 center front font ',9' textcolor rgb 'black'
set label '1' at 9,7 center front font ',9' textcolor rgb 'white'
set label '34' at 8,8 center front font ',9' textcolor rgb 'black'
set label '1' at 9,8 center front font ',9' textcolor rgb 'white'
set label '1' at 1,9 center front font ',9' textcolor rgb 'white'
set label '35' at 9,9 center front font ',9' textcolor rgb 'black'
plot 'ch18_digits_confusion.csv' index 0 using 1:2:3 with image notitle
set output
