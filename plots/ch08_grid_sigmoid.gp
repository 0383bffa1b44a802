# ch08_grid_sigmoid.gp, written by redes. Redraw ch08_grid_sigmoid.png from its data with: gnuplot ch08_grid_sigmoid.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch08_grid_sigmoid.png'
set datafile separator ','
set title 'Hyperparameters: grid search, validation risk R̂_{val}, σ = sigmoid'
set xlabel 'width N_ℓ of every hidden layer'
set ylabel 'hidden layers H'
set grid
unset key
set xrange [-0.5:4.5]
set yrange [-0.5:2.5]
set cblabel 'R̂_{val} (J = quadratic)' offset 1.5,0
set palette defined (0 '#440154', 0.25 '#3b528b', 0.5 '#21918c', 0.75 '#5ec962', 1 '#fde725')
set label '0.772' at 0,0 center front textcolor rgb 'black'
set label '0.623' at 1,0 center front textcolor rgb 'black'
set label '0.401' at 2,0 center front textcolor rgb 'white'
set label '0.325' at 3,0 center front textcolor rgb 'white'
set label '0.277' at 4,0 center front textcolor rgb 'white'
set label '0.785' at 0,1 center front textcolor rgb 'black'
set label '0.707' at 1,1 center front textcolor rgb 'black'
set label '0.540' at 2,1 center front textcolor rgb 'white'
set label '0.245' at 3,1 center front textcolor rgb 'white'
set label '0.201' at 4,1 center front textcolor rgb 'white'
set label '0.824' at 0,2 center front textcolor rgb 'black'
set label '0.792' at 1,2 center front textcolor rgb 'black'
set label '0.643' at 2,2 center front textcolor rgb 'black'
set label '0.330' at 3,2 center front textcolor rgb 'white'
set label '0.158' at 4,2 center front textcolor rgb 'white'
set xtics ('2' 0, '4' 1, '8' 2, '16' 3, '32' 4)
set ytics ('1 (L = 2)' 0, '2 (L = 3)' 1, '3 (L = 4)' 2)
unset grid
set cbrange [0.138963:0.924822]
plot 'ch08_grid_sigmoid.csv' index 0 using 1:2:3 with image notitle
set output
