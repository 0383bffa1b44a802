# ch07_G_sigma_prime.gp, written by redes. Redraw ch07_G_sigma_prime.png from its data with: gnuplot ch07_G_sigma_prime.gp
set encoding utf8
set terminal pngcairo size 700,640 enhanced font 'DejaVu Sans,11'
set output 'ch07_G_sigma_prime.png'
set datafile separator ','
set title 'G_σ′(z) = ∂σ(z)/∂z for σ = tanh: diagonal, diag(σ′(z))'
set xlabel 'j (column: z_j)'
set ylabel 'i (row: σ(z)_i)'
set grid
unset key
set xrange [0.5:6.5]
set yrange [6.5:0.5]
set size ratio -1
set cblabel '[G_σ′(z)]_{ij}' offset 1.5,0
set palette defined (0 '#440154', 0.25 '#3b528b', 0.5 '#21918c', 0.75 '#5ec962', 1 '#fde725')
set xtics 1
set ytics 1
unset grid
set label '0.997' at 1,1 center front textcolor rgb 'black'
set label '0' at 2,1 center front textcolor rgb 'white'
set label '0' at 3,1 center front textcolor rgb 'white'
set label '0' at 4,1 center front textcolor rgb 'white'
set label '0' at 5,1 center front textcolor rgb 'white'
set label '0' at 6,1 center front textcolor rgb 'white'
set label '0' at 1,2 center front textcolor rgb 'white'
set label '0.727' at 2,2 center front textcolor rgb 'black'
set label '0' at 3,2 center front textcolor rgb 'white'
set label '0' at 4,2 center front textcolor rgb 'white'
set label '0' at 5,2 center front textcolor rgb 'white'
set label '0' at 6,2 center front textcolor rgb 'white'
set label '0' at 1,3 center front textcolor rgb 'white'
set label '0' at 2,3 center front textcolor rgb 'white'
set label '0.873' at 3,3 center front textcolor rgb 'black'
set label '0' at 4,3 center front textcolor rgb 'white'
set label '0' at 5,3 center front textcolor rgb 'white'
set label '0' at 6,3 center front textcolor rgb 'white'
set label '0' at 1,4 center front textcolor rgb 'white'
set label '0' at 2,4 center front textcolor rgb 'white'
set label '0' at 3,4 center front textcolor rgb 'white'
set label '0.401' at 4,4 center front textcolor rgb 'white'
set label '0' at 5,4 center front textcolor rgb 'white'
set label '0' at 6,4 center front textcolor rgb 'white'
set label '0' at 1,5 center front textcolor rgb 'white'
set label '0' at 2,5 center front textcolor rgb 'white'
set label '0' at 3,5 center front textcolor rgb 'white'
set label '0' at 4,5 center front textcolor rgb 'white'
set label '0.993' at 5,5 center front textcolor rgb 'black'
set label '0' at 6,5 center front textcolor rgb 'white'
set label '0' at 1,6 center front textcolor rgb 'white'
set label '0' at 2,6 center front textcolor rgb 'white'
set label '0' at 3,6 center front textcolor rgb 'white'
set label '0' at 4,6 center front textcolor rgb 'white'
set label '0' at 5,6 center front textcolor rgb 'white'
set label '0.309' at 6,6 center front textcolor rgb 'white'
plot 'ch07_G_sigma_prime.csv' index 0 using 1:2:3 with image notitle
set output
